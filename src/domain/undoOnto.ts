import type { Task } from './types';

// Undo stays local: Ctrl+Z takes back your own change, never a teammate's. A recorded change is
// "from → to" of one task; replayed, it touches only the fields it changed, on the task as it is
// now, so a field a teammate changed meanwhile keeps the teammate's value.

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The task after replaying the change `from → to` (undo passes after → before) onto `current`.
 * null = the task must not exist. A task that is gone, or a change that creates it, is the
 * whole `to` row.
 */
export function replayOnto(current: Task | null, from: Task | null, to: Task | null): Task | null {
  if (to === null) return null;
  if (current === null || from === null) return to;
  const out: Record<string, unknown> = { ...current };
  for (const key of Object.keys(to) as Array<keyof Task>) {
    if (!same(from[key], to[key])) out[key] = to[key];
  }
  return out as unknown as Task;
}
