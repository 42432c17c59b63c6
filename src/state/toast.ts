import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** Offer "Ongedaan maken" for the latest undoable change. */
  undo: boolean;
  /** A way out offered beside the message, e.g. "Back-up maken" when the disk is full. */
  action?: ToastAction;
}

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface ToastOptions {
  tone?: Toast['tone'];
  undo?: boolean;
  action?: ToastAction;
}

interface ToastState {
  toasts: Toast[];
  show: (message: string, options?: ToastOptions) => void;
  dismiss: (id: number) => void;
}

let next = 1;

export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  show: (message, options = {}) =>
    set((s) => ({
      toasts: [
        ...s.toasts.slice(-2),
        {
          id: next++,
          message,
          tone: options.tone ?? 'info',
          undo: options.undo ?? false,
          ...(options.action ? { action: options.action } : {}),
        },
      ],
    })),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
