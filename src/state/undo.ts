import type { ParseKeys } from 'i18next';
import { create } from 'zustand';
import type { Sprint, Task } from '../domain/types';

/** A task's version to put back: null means the task must not exist (undo of a creation). */
export interface TaskVersion {
  id: string;
  version: Task | null;
}

export interface UndoEntry {
  /** i18n key describing the change, e.g. 'undo.move'. */
  label: ParseKeys;
  undo: TaskVersion[];
  redo: TaskVersion[];
  /** Sprint rows to put back (a sprint goal, a sprint close), written with the tasks at once. */
  sprintUndo?: Sprint[];
  sprintRedo?: Sprint[];
}

interface UndoState {
  past: UndoEntry[];
  future: UndoEntry[];
  record: (entry: UndoEntry) => void;
  /** Takes the entry to undo off the stack; the caller stores it and calls `pushFuture`. */
  popPast: () => UndoEntry | undefined;
  popFuture: () => UndoEntry | undefined;
  pushFuture: (entry: UndoEntry) => void;
  pushPast: (entry: UndoEntry) => void;
}

const LIMIT = 100;

export const useUndo = create<UndoState>()((set, get) => ({
  past: [],
  future: [],
  record: (entry) => set((s) => ({ past: [...s.past.slice(-(LIMIT - 1)), entry], future: [] })),
  popPast: () => {
    const entry = get().past.at(-1);
    if (entry) set((s) => ({ past: s.past.slice(0, -1) }));
    return entry;
  },
  popFuture: () => {
    const entry = get().future.at(-1);
    if (entry) set((s) => ({ future: s.future.slice(0, -1) }));
    return entry;
  },
  pushFuture: (entry) => set((s) => ({ future: [...s.future, entry] })),
  pushPast: (entry) => set((s) => ({ past: [...s.past, entry] })),
}));

/** The undo entry for an edit that turned `before` into `after` (either may be null). */
export function undoEntry(label: ParseKeys, before: Task | null, after: Task | null): UndoEntry {
  const id = (before ?? after)?.id ?? '';
  return { label, undo: [{ id, version: before }], redo: [{ id, version: after }] };
}
