import i18next, { type ParseKeys } from 'i18next';
import type { CloseDecision } from '../domain/close';
import type { Sprint, Task } from '../domain/types';
import { useToasts, type ToastAction } from '../state/toast';
import { undoEntry, useUndo, type UndoEntry } from '../state/undo';
import { downloadBackup } from './backupFile';
import { updateSprint } from './commands/plans';
import { type SprintCloseResult, closeSprint } from './commands/sprintClose';
import { type NewTask, createTask, deleteTask, moveTask, updateTask } from './commands/tasks';
import { applyVersions } from './commands/versions';
import { errorCode } from './errors';

// The bridge between writes and the view: every board change is recorded for undo, and a
// refused or failed write is told to the user instead of being swallowed.

// When the browser cannot store, the user's way out is a copy of everything on disk.
const OFFER_BACKUP = new Set(['quota', 'write-failed']);

function backupAction(): ToastAction {
  return {
    label: i18next.t('toast.backup', { ns: 'storage' }),
    run: () => {
      downloadBackup().then(
        (file) => useToasts.getState().show(i18next.t('toast.backupDone', { ns: 'storage', file })),
        () =>
          useToasts
            .getState()
            .show(i18next.t('toast.backupFailed', { ns: 'storage' }), { tone: 'error' }),
      );
    },
  };
}

export function reportError(error: unknown): void {
  const code = errorCode(error);
  useToasts.getState().show(i18next.t(`errors.${code}`), {
    tone: 'error',
    ...(OFFER_BACKUP.has(code) ? { action: backupAction() } : {}),
  });
}

/** Runs a write; on failure shows the Dutch message and resolves to null. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    reportError(error);
    return null;
  }
}

export async function editTask(
  id: string,
  patch: Partial<Task>,
  label: ParseKeys = 'undo.edit',
): Promise<Task | null> {
  const result = await attempt(() => updateTask(id, patch));
  if (!result) return null;
  useUndo.getState().record(undoEntry(label, result.before, result.after));
  return result.after;
}

export async function moveTaskUndoable(
  id: string,
  patch: Partial<Task>,
  reranked: ReadonlyArray<{ id: string; rank: number }> = [],
): Promise<Task | null> {
  const result = await attempt(() => moveTask(id, patch, reranked));
  if (!result) return null;
  useUndo.getState().record(undoEntry('undo.move', result.before, result.after));
  useToasts.getState().show(i18next.t('undo.moved', { title: result.after.title }), { undo: true });
  return result.after;
}

export async function createTaskUndoable(input: NewTask): Promise<Task | null> {
  const task = await attempt(() => createTask(input));
  if (task) useUndo.getState().record(undoEntry('undo.create', null, task));
  return task;
}

export async function deleteTaskUndoable(id: string): Promise<boolean> {
  const removed = await attempt(() => deleteTask(id));
  if (!removed) return false;
  useUndo.getState().record(undoEntry('undo.delete', removed, null));
  useToasts.getState().show(i18next.t('undo.deleted', { title: removed.title }), { undo: true });
  return true;
}

/** Sets a sprint's goal; undoable like any change on the board. */
export async function setSprintGoal(sprint: Sprint, goal: string): Promise<Sprint | null> {
  const after = await attempt(() => updateSprint(sprint.id, { goal }));
  if (after)
    useUndo.getState().record({
      label: 'undo.goal',
      undo: [],
      redo: [],
      sprintUndo: [sprint],
      sprintRedo: [after],
    });
  return after;
}

/** Closes a sprint; one undo opens it again and puts every moved task back. */
export async function closeSprintUndoable(
  sprintId: string,
  decisions: Readonly<Record<string, CloseDecision>>,
): Promise<SprintCloseResult | null> {
  const result = await attempt(() => closeSprint(sprintId, decisions));
  if (!result) return null;
  useUndo.getState().record({
    label: 'undo.close',
    undo: result.moved.map((m) => ({ id: m.before.id, version: m.before })),
    redo: result.moved.map((m) => ({ id: m.after.id, version: m.after })),
    sprintUndo: [{ ...result.sprint, closedAt: null, snapshot: null }],
    sprintRedo: [result.sprint],
  });
  return result;
}

async function replay(entry: UndoEntry, direction: 'undo' | 'redo'): Promise<boolean> {
  const ok = await attempt(() =>
    direction === 'undo'
      ? applyVersions(entry.undo, entry.sprintUndo)
      : applyVersions(entry.redo, entry.sprintRedo),
  );
  return ok !== null;
}

export async function undo(): Promise<boolean> {
  const store = useUndo.getState();
  const entry = store.popPast();
  if (!entry) return false;
  if (await replay(entry, 'undo')) {
    useUndo.getState().pushFuture(entry);
    useToasts.getState().show(i18next.t('undo.undone', { what: i18next.t(entry.label) }));
    return true;
  }
  useUndo.getState().pushPast(entry);
  return false;
}

export async function redo(): Promise<boolean> {
  const store = useUndo.getState();
  const entry = store.popFuture();
  if (!entry) return false;
  if (await replay(entry, 'redo')) {
    useUndo.getState().pushPast(entry);
    useToasts.getState().show(i18next.t('undo.redone', { what: i18next.t(entry.label) }));
    return true;
  }
  useUndo.getState().pushFuture(entry);
  return false;
}
