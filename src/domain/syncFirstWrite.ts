import type { BackupRows, BackupTable } from './backup';
import { planToday } from './planTime';
import { resolveSprintChoice } from './sprints';
import type { RemoteApply } from './syncApply';
import type { IsoDate, Plan, Sprint } from './types';

// A teammate joining a 10,000-task plan waited for IndexedDB to write every row (2.3 s of a
// 6.6 s join, measured with bench:sync) before the board showed anything, while the board needs
// only the sprint it opens on. So a large remote apply is written in two steps: first what the
// first screen shows (and every change to a row the device already has), then the new rows off
// that screen, in small transactions the board's own work can go between.

/** A new row kept for a later transaction. */
export interface LaterRow {
  table: BackupTable;
  row: { id: string };
}

export interface FirstWrite extends RemoteApply {
  /** New rows written after the first screen, in this order; empty when all goes at once. */
  later: LaterRow[];
}

/** Fewer new rows off the first screen than this are written with the rest (one transaction). */
export const DEFER_AT_LEAST = 500;

export interface FirstWriteInput {
  /** The plan's rows as the device has them now (what `apply` was decided against). */
  local: BackupRows;
  /** The board's `sprint` URL value (a number, or null or 'backlog' for the opening sprint). */
  choice: string | null;
  /** The clock's date; a plan with a story day (the demo) opens on that day instead. */
  clockToday: IsoDate;
}

/** The plan's sprints once `apply` is stored, and its day for the board. */
function afterApply(apply: RemoteApply, local: BackupRows, clockToday: IsoDate) {
  const sprints = new Map<string, Sprint>(local.sprints.map((s) => [s.id, s]));
  for (const s of apply.put.sprints as Sprint[]) sprints.set(s.id, s);
  for (const id of apply.remove.sprints) sprints.delete(id);
  const plan = (apply.put.plans[0] ?? local.plans[0]) as Plan | undefined;
  return { sprints: [...sprints.values()], today: planToday(plan ?? {}, clockToday) };
}

const taskSprint = (row: { id: string }) => (row as { sprintId?: unknown }).sprintId ?? null;
const historyTask = (row: { id: string }) => (row as { taskId?: unknown }).taskId;

/**
 * Splits `apply` into what is written first and the new rows written later: new tasks outside
 * the sprint the board opens on, and history lines of those tasks. Deletes and changes to stored
 * rows always go first, so a later row never hides a change; the later rows are only ever added
 * where the device has none (syncStore.applyLater).
 */
export function planFirstWrite(apply: RemoteApply, input: FirstWriteInput): FirstWrite {
  // As the board reads it (Board.tsx): an old 'backlog' link opens the planning view on the
  // opening sprint.
  const choice = input.choice === 'backlog' ? null : input.choice;
  const { sprints, today } = afterApply(apply, input.local, input.clockToday);
  const shown = resolveSprintChoice(sprints, choice, today);
  const storedIds = (table: BackupTable) =>
    new Set((input.local[table] as ReadonlyArray<{ id: string }>).map((row) => row.id));
  const storedTasks = storedIds('tasks');
  const storedHistory = storedIds('history');
  const shownId = shown?.id ?? null;
  const laterTasks: LaterRow[] = [];
  const firstTasks: Array<{ id: string }> = [];
  for (const row of apply.put.tasks) {
    if (!storedTasks.has(row.id) && taskSprint(row) !== shownId)
      laterTasks.push({ table: 'tasks', row });
    else firstTasks.push(row);
  }
  const deferred = new Set(laterTasks.map(({ row }) => row.id));
  const laterHistory: LaterRow[] = [];
  const firstHistory: Array<{ id: string }> = [];
  for (const row of apply.put.history) {
    const taskId = historyTask(row);
    if (typeof taskId === 'string' && deferred.has(taskId) && !storedHistory.has(row.id))
      laterHistory.push({ table: 'history', row });
    else firstHistory.push(row);
  }
  const later = [...laterTasks, ...laterHistory];
  if (later.length < DEFER_AT_LEAST) return { ...apply, later: [] };
  return {
    ...apply,
    put: { ...apply.put, tasks: firstTasks, history: firstHistory },
    later,
  };
}
