import { useEffect } from 'react';
import { usePlanReadOnly } from './usePlanAccess';
import { redo, undo } from './writes';

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo board changes, except while typing and on a
 * plan opened with a read-only link (where the browser's own undo is left alone too).
 */
export function useUndoShortcuts(planId: string | null | undefined): void {
  const readOnly = usePlanReadOnly(planId);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (readOnly || !(e.ctrlKey || e.metaKey) || typingIn(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly]);
}

export type Overlay = 'palette' | 'shortcuts';

/**
 * Ctrl+K (⌘K on a Mac) opens the command palette, also while typing; "?" lists the shortcuts,
 * except while typing (where it is just a question mark). Neither opens over another dialog.
 */
export function useOverlayShortcuts(open: (overlay: Overlay) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      const palette = (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k';
      const help = e.key === '?' && !e.ctrlKey && !e.metaKey && !typingIn(e.target);
      if (!palette && !help) return;
      // Ctrl+K is the browser's web search otherwise; it does nothing over a dialog.
      if (palette) e.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      open(palette ? 'palette' : 'shortcuts');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
