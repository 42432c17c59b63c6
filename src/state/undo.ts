import type { ParseKeys } from 'i18next';
import { create } from 'zustand';
import type { Sprint, Task } from '../domain/types';

/** A task's version to put back: null means the task must not exist (undo of a creation). */
export interface TaskVersion {
  id: string;
  version: Task | null;
}

export interface UndoEntry {
  /** The plan the change was made in: undo never reaches into another plan. */
  planId: string;
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
  /** Records a change; the redo steps of its plan are gone, those of other plans stay. */
  record: (entry: UndoEntry) => void;
  /** Takes the latest entry of `planId` to undo off the stack; the caller pushes it to the future. */
  popPast: (planId: string) => UndoEntry | undefined;
  popFuture: (planId: string) => UndoEntry | undefined;
  pushFuture: (entry: UndoEntry) => void;
  pushPast: (entry: UndoEntry) => void;
  clear: () => void;
}

const LIMIT = 100;

function takeLast(
  list: UndoEntry[],
  planId: string,
): { entry: UndoEntry | undefined; rest: UndoEntry[] } {
  const i = list.findLastIndex((e) => e.planId === planId);
  if (i < 0) return { entry: undefined, rest: list };
  return { entry: list[i], rest: [...list.slice(0, i), ...list.slice(i + 1)] };
}

export const useUndo = create<UndoState>()((set, get) => ({
  past: [],
  future: [],
  record: (entry) =>
    set((s) => ({
      past: [...s.past.slice(-(LIMIT - 1)), entry],
      future: s.future.filter((e) => e.planId !== entry.planId),
    })),
  popPast: (planId) => {
    const { entry, rest } = takeLast(get().past, planId);
    if (entry) set({ past: rest });
    return entry;
  },
  popFuture: (planId) => {
    const { entry, rest } = takeLast(get().future, planId);
    if (entry) set({ future: rest });
    return entry;
  },
  pushFuture: (entry) => set((s) => ({ future: [...s.future, entry] })),
  pushPast: (entry) => set((s) => ({ past: [...s.past, entry] })),
  clear: () => set({ past: [], future: [] }),
}));

/** The undo entry for an edit that turned `before` into `after` (either may be null). */
export function undoEntry(label: ParseKeys, before: Task | null, after: Task | null): UndoEntry {
  const task = before ?? after;
  if (!task) throw new Error('An undo entry needs the task before or after the change.');
  return {
    planId: task.planId,
    label,
    undo: [{ id: task.id, version: before }],
    redo: [{ id: task.id, version: after }],
  };
}
