import i18next, { type ParseKeys } from 'i18next';
import type { CloseDecision } from '../domain/close';
import type { ChecklistItem, Sprint, Task } from '../domain/types';
import { downloadBackup } from '../db/backupFile';
import { updateSprint } from '../db/commands/plans';
import { closeSprint, type SprintCloseResult } from '../db/commands/sprintClose';
import {
  addChecklistItem,
  addNote,
  createTask,
  deleteNote,
  deleteTask,
  keepCopyOfTask,
  moveTask,
  setChecklist,
  updateTask,
  type NewTask,
  type TaskChange,
} from '../db/commands/tasks';
import { connectPlan, disconnectPlan, replacePlanToken } from '../db/commands/sync';
import { applyVersions } from '../db/commands/versions';
import type { SyncSettings } from '../domain/syncConfig';
import type { TokenKind } from '../domain/syncShare';
import { DISK_PROBLEMS, settle, type ErrorCode, type WriteResult } from '../db/errors';
import { activePlanId } from '../db/queries';
import { useToasts, type ToastAction } from '../state/toast';
import { undoEntry, useUndo, type UndoEntry } from '../state/undo';

// The one write path of the app: every change goes through here, comes back as a WriteResult,
// is recorded for undo in the plan it was made in, and a refusal is told to the user once.

export interface WriteOptions {
  /**
   * The caller shows a refusal next to the field itself, so no toast repeats it. A full or broken
   * disk is toasted all the same: its way out, the backup, is bigger than one field.
   */
  inline?: boolean;
}

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

/** Tells the user, in their language, why a write was refused or failed. */
export function reportError(code: ErrorCode): void {
  useToasts.getState().show(i18next.t(`errors.${code}`), {
    tone: 'error',
    ...(DISK_PROBLEMS.has(code) ? { action: backupAction() } : {}),
  });
}

/** Runs a write that is not undone with Ctrl+Z (settings, import, restore); a refusal is told. */
export async function runWrite<T>(
  work: () => Promise<T>,
  options: WriteOptions = {},
): Promise<WriteResult<T>> {
  const result = await settle(work);
  if (!result.ok && (!options.inline || DISK_PROBLEMS.has(result.code))) reportError(result.code);
  return result;
}

async function undoable(
  label: ParseKeys,
  work: () => Promise<TaskChange>,
  options: WriteOptions = {},
): Promise<WriteResult<Task>> {
  const result = await runWrite(work, options);
  if (!result.ok) return result;
  useUndo.getState().record(undoEntry(label, result.value.before, result.value.after));
  return { ok: true, value: result.value.after };
}

export function editTask(
  id: string,
  patch: Partial<Task>,
  label: ParseKeys = 'undo.edit',
): Promise<WriteResult<Task>> {
  return undoable(label, () => updateTask(id, patch));
}

export async function moveTaskUndoable(
  id: string,
  patch: Partial<Task>,
  reranked: ReadonlyArray<{ id: string; rank: number }> = [],
): Promise<WriteResult<Task>> {
  const result = await undoable('undo.move', () => moveTask(id, patch, reranked));
  if (result.ok)
    useToasts.getState().show(i18next.t('undo.moved', { title: result.value.title }), {
      undo: true,
    });
  return result;
}

export function createTaskUndoable(
  input: NewTask,
  options: WriteOptions = {},
): Promise<WriteResult<Task>> {
  return undoable(
    'undo.create',
    async () => ({ before: null, after: await createTask(input) }),
    options,
  );
}

/** Puts back a task deleted elsewhere while it was open here, as a new task (undo removes it). */
export function keepCopyUndoable(seen: Task): Promise<WriteResult<Task>> {
  return undoable('undo.create', async () => ({ before: null, after: await keepCopyOfTask(seen) }));
}

export async function deleteTaskUndoable(id: string): Promise<WriteResult<Task>> {
  const result = await runWrite(() => deleteTask(id));
  if (!result.ok) return result;
  useUndo.getState().record(undoEntry('undo.delete', result.value, null));
  useToasts.getState().show(i18next.t('undo.deleted', { title: result.value.title }), {
    undo: true,
  });
  return result;
}

export function addChecklistItemUndoable(
  taskId: string,
  title: string,
  options: WriteOptions = {},
): Promise<WriteResult<Task>> {
  return undoable('undo.edit', () => addChecklistItem(taskId, title), options);
}

export function setChecklistUndoable(
  taskId: string,
  checklist: ChecklistItem[],
): Promise<WriteResult<Task>> {
  return undoable('undo.edit', () => setChecklist(taskId, checklist));
}

export function addNoteUndoable(
  taskId: string,
  text: string,
  options: WriteOptions = {},
): Promise<WriteResult<Task>> {
  return undoable('undo.edit', () => addNote(taskId, text), options);
}

export function deleteNoteUndoable(taskId: string, noteId: string): Promise<WriteResult<Task>> {
  return undoable('undo.edit', () => deleteNote(taskId, noteId));
}

/** Sets a sprint's goal; undoable like any change on the board. */
export async function setSprintGoal(sprint: Sprint, goal: string): Promise<WriteResult<Sprint>> {
  const result = await runWrite(() => updateSprint(sprint.id, { goal }));
  if (result.ok)
    useUndo.getState().record({
      planId: sprint.planId,
      label: 'undo.goal',
      undo: [],
      redo: [],
      sprintUndo: [sprint],
      sprintRedo: [result.value],
    });
  return result;
}

/** Closes a sprint; one undo opens it again and puts every moved task back. */
export async function closeSprintUndoable(
  sprintId: string,
  decisions: Readonly<Record<string, CloseDecision>>,
): Promise<WriteResult<SprintCloseResult>> {
  const result = await runWrite(() => closeSprint(sprintId, decisions));
  if (!result.ok) return result;
  const { sprint, moved } = result.value;
  useUndo.getState().record({
    planId: sprint.planId,
    label: 'undo.close',
    undo: moved.map((m) => ({ id: m.before.id, version: m.before })),
    redo: moved.map((m) => ({ id: m.after.id, version: m.after })),
    sprintUndo: [{ ...sprint, closedAt: null, snapshot: null }],
    sprintRedo: [sprint],
  });
  return result;
}

/**
 * Undo and redo only reach the changes made in the plan that is open now. A change whose plan is
 * gone is refused by the command and dropped, so it can never write rows of a deleted plan.
 */
async function replay(direction: 'undo' | 'redo'): Promise<WriteResult<UndoEntry>> {
  const planId = await activePlanId();
  const store = useUndo.getState();
  const entry = planId
    ? direction === 'undo'
      ? store.popPast(planId)
      : store.popFuture(planId)
    : undefined;
  if (!entry) {
    const code = direction === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo';
    useToasts.getState().show(i18next.t(`errors.${code}`));
    return { ok: false, code };
  }
  const result = await settle(() =>
    direction === 'undo'
      ? applyVersions(entry.planId, entry.undo, entry.sprintUndo, entry.redo)
      : applyVersions(entry.planId, entry.redo, entry.sprintRedo, entry.undo),
  );
  if (!result.ok) {
    // A change that can never be replayed must not block the ones before it.
    if (result.code !== 'plan-missing') {
      if (direction === 'undo') useUndo.getState().pushPast(entry);
      else useUndo.getState().pushFuture(entry);
    }
    reportError(result.code);
    return result;
  }
  if (direction === 'undo') useUndo.getState().pushFuture(entry);
  else useUndo.getState().pushPast(entry);
  useToasts.getState().show(
    i18next.t(direction === 'undo' ? 'undo.undone' : 'undo.redone', {
      what: i18next.t(entry.label),
    }),
  );
  return { ok: true, value: entry };
}

export function undo(): Promise<WriteResult<UndoEntry>> {
  return replay('undo');
}

export function redo(): Promise<WriteResult<UndoEntry>> {
  return replay('redo');
}

/** After a restore or a reset nothing recorded before still describes the rows. */
export function forgetUndo(): void {
  useUndo.getState().clear();
}

/** Shares a plan through a sync server; `open` shows it (a join link for a plan not here yet). */
export function connectSync(
  settings: SyncSettings & { editToken?: string; readToken?: string; access?: TokenKind },
  open = false,
): Promise<WriteResult<void>> {
  return runWrite(() => connectPlan(settings, open));
}

/** Keeps a token that replaced one on the server (the old link stopped working). */
export function replaceSyncToken(
  planId: string,
  kind: TokenKind,
  oldToken: string,
  token: string,
): Promise<WriteResult<void>> {
  return runWrite(() => replacePlanToken(planId, kind, oldToken, token));
}

export function disconnectSync(planId: string): Promise<WriteResult<void>> {
  return runWrite(() => disconnectPlan(planId));
}
