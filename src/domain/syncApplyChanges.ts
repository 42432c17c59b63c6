import { isValidRow, type BackupRows, type BackupTable } from './backup';
import { repairPlan, type RepairContext } from './repair';
import { belongs, emptyTables, rowKey, stable, type RemoteApply } from './syncApply';
import type { Action, HistoryEntry, Task } from './types';

// A remote change applied row by row: only the rows that changed are checked (the same backup
// checks as planRemoteApply) and repaired against the plan's small tables and the few tasks they
// name, so a change to one task of a 10,000-task plan never reads or checks the other tasks.
// A change that can break rows that did not change (a task, theme, sprint, action or person is
// deleted; an action moves to another theme) also checks the stored rows that name it, found
// through an index (`dependentLookupsOf`), and no others. The whole plan is checked only when the
// plan itself is not stored or is deleted, or a history line names a task this device lacks.

/** One row of the shared document that changed; `row` is null when it left the document. */
export interface RemoteChange {
  table: BackupTable;
  id: string;
  row: unknown;
}

/** The tables a task may refer to, small enough to read whole for every change. */
export const CONTEXT_TABLES = ['plans', 'themes', 'actions', 'sprints', 'people'] as const;
export type ContextTable = (typeof CONTEXT_TABLES)[number];

export interface RemoteChangesInput {
  planId: string;
  changes: readonly RemoteChange[];
  /** The plan's small tables as stored on this device now. */
  context: Pick<BackupRows, ContextTable>;
  /** The stored version of each changed row (when there is one), by `table:id`. */
  stored: ReadonlyMap<string, { id: string }>;
  /** Of the tasks `taskRefsOf` names, those stored in this plan. */
  storedTaskIds: ReadonlySet<string>;
  /** `table:id` of local changes not sent yet: they stay as they are until they are sent. */
  pending: ReadonlySet<string>;
  /** The stored rows `dependentLookupsOf` finds: they may name a deleted or moved row. */
  dependents: Dependents;
}

/** Stored rows that may name a row a change deleted or moved, checked with the changed rows. */
export interface Dependents {
  tasks: readonly Task[];
  history: readonly HistoryEntry[];
}

/** Ids to look up in the plan's indexes: the stored rows naming them are the dependents. */
export interface DependentLookups {
  /** Tasks that name one of these tasks as blocker. */
  blockedBy: string[];
  /** Tasks assigned to one of these people. */
  assigneeIds: string[];
  /** Tasks of one of these themes. */
  themeId: string[];
  /** Tasks in one of these sprints. */
  sprintId: string[];
  /** Tasks of one of these actions. */
  actionId: string[];
  /** History lines of one of these tasks: whether they stay depends on all lines of the task. */
  historyOf: string[];
}

/**
 * What to look up for the changes: for every stored row a teammate deleted (and this device did
 * not change meanwhile), the rows that may name it; for an action that moved to another theme,
 * its tasks. Nothing for the other changes, so an edit reads no other task.
 */
export function dependentLookupsOf(
  input: Pick<RemoteChangesInput, 'changes' | 'stored' | 'pending'>,
): DependentLookups {
  const out: DependentLookups = {
    blockedBy: [],
    assigneeIds: [],
    themeId: [],
    sprintId: [],
    actionId: [],
    historyOf: [],
  };
  for (const { table, id, row } of input.changes) {
    const key = rowKey(table, id);
    const before = input.stored.get(key);
    if (input.pending.has(key) || !before) continue;
    if (row === null) {
      if (table === 'tasks') {
        out.blockedBy.push(id);
        out.historyOf.push(id);
      } else if (table === 'people') out.assigneeIds.push(id);
      else if (table === 'themes') out.themeId.push(id);
      else if (table === 'sprints') out.sprintId.push(id);
      else if (table === 'actions') out.actionId.push(id);
    } else if (
      table === 'actions' &&
      (before as Partial<Action>).themeId !== (row as Partial<Action>).themeId
    ) {
      out.actionId.push(id);
    }
  }
  return out;
}

export type RemoteChangesApply =
  | (RemoteApply & { whole: false; /** `table:id` of every row checked. */ examined: string[] })
  | { whole: true; /** Why the whole plan must be checked. */ reason: string };

/** Tasks the changes refer to (blockers, the task of a history line): read to check them. */
export function taskRefsOf(changes: readonly RemoteChange[]): string[] {
  const ids = new Set<string>();
  for (const { table, row } of changes) {
    if (row === null || typeof row !== 'object') continue;
    if (table === 'tasks') {
      const blockers = (row as Partial<Task>).blockedBy;
      if (Array.isArray(blockers)) for (const b of blockers) if (typeof b === 'string') ids.add(b);
    } else if (table === 'history') {
      const taskId = (row as Partial<HistoryEntry>).taskId;
      if (typeof taskId === 'string') ids.add(taskId);
    }
  }
  return [...ids];
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * Decides what to store for the changed rows and their dependents only, or that the whole plan
 * must be checked.
 */
export function planRemoteChanges(
  input: RemoteChangesInput,
  ctx: RepairContext,
): RemoteChangesApply {
  const { planId, changes, context, stored, storedTaskIds, pending, dependents } = input;
  const whole = (reason: string): RemoteChangesApply => ({ whole: true, reason });
  if (!context.plans.some((p) => p.id === planId)) return whole('the plan is not stored yet');
  const result: RemoteApply = {
    put: emptyTables(() => []),
    remove: emptyTables(() => []),
    rejected: [],
  };
  const examined: string[] = [];
  const accepted = emptyTables<Array<{ id: string }>>(() => []);
  /** `table:id` of the stored rows deleted by the changes. */
  const deleted = new Set<string>();
  for (const { table, id, row } of changes) {
    const key = rowKey(table, id);
    if (pending.has(key)) continue;
    examined.push(key);
    if (row === null) {
      // Gone on both sides (this device's own delete, sent): nothing to do.
      if (!stored.has(key)) continue;
      if (table === 'plans') return whole('the plan was deleted');
      // The rows that name it are among the dependents and are checked below.
      deleted.add(key);
      result.remove[table].push(id);
      continue;
    }
    if (
      !isValidRow(table, row) ||
      !belongs(table, row, planId) ||
      (row as { id: unknown }).id !== id
    ) {
      // Not written: the stored version (if any) stays.
      result.rejected.push({ table, id });
      continue;
    }
    accepted[table].push(row as { id: string });
  }

  // Rows checked besides the changed ones, as stored: the repair of whatever names a deleted or
  // moved row is what checking the whole plan would store for them.
  const acceptedKeys = new Set(
    (Object.keys(accepted) as BackupTable[]).flatMap((t) =>
      accepted[t].map((r) => rowKey(t, r.id)),
    ),
  );
  const before = new Map(stored);
  const checked = new Set(acceptedKeys);
  const extra = <T extends { id: string }>(table: BackupTable, rows: readonly T[]): T[] =>
    rows.filter((row) => {
      const key = rowKey(table, row.id);
      // A pending or refused row is checked as stored, as checking the whole plan does.
      if (checked.has(key) || deleted.has(key) || !belongs(table, row, planId)) return false;
      checked.add(key);
      before.set(key, row);
      examined.push(key);
      return true;
    });
  const otherTasks = extra('tasks', dependents.tasks);
  const otherHistory = extra('history', dependents.history);

  const isGone = (taskId: string) => deleted.has(rowKey('tasks', taskId));
  const changedTasks = new Set([...accepted.tasks, ...otherTasks].map((t) => t.id));
  for (const h of accepted.history as HistoryEntry[])
    // Every stored line of a deleted task is among the dependents: together they decide.
    if (!changedTasks.has(h.taskId) && !storedTaskIds.has(h.taskId) && !isGone(h.taskId))
      return whole('a history line of a task that is not stored');
  const merged = <T extends { id: string }>(rows: readonly T[], table: ContextTable): T[] => {
    const map = byId(rows.filter((r) => !deleted.has(rowKey(table, r.id))));
    for (const row of accepted[table]) map.set(row.id, row as T);
    return [...map.values()];
  };
  const { rows } = repairPlan(
    {
      plans: merged(context.plans, 'plans'),
      themes: merged(context.themes, 'themes'),
      actions: merged(context.actions, 'actions'),
      sprints: merged(context.sprints, 'sprints'),
      people: merged(context.people, 'people'),
      tasks: [...(accepted.tasks as Task[]), ...otherTasks],
      history: [...(accepted.history as HistoryEntry[]), ...otherHistory],
    },
    ctx,
    [...storedTaskIds]
      .filter((id) => !changedTasks.has(id) && !isGone(id))
      .map((id) => ({ id, planId })),
  );

  for (const table of Object.keys(rows) as BackupTable[]) {
    const isContext = (CONTEXT_TABLES as readonly string[]).includes(table);
    const local = isContext ? byId(context[table as ContextTable] as Array<{ id: string }>) : null;
    const out = new Set<string>();
    for (const row of rows[table] as Array<{ id: string }>) {
      const key = rowKey(table, row.id);
      // A repair's own history lines are local notes; written each time they would pile up.
      if (!isContext && !checked.has(key)) continue;
      out.add(key);
      const mine = local ? local.get(row.id) : before.get(key);
      if (!mine || stable(mine) !== stable(row)) result.put[table].push(row);
    }
    for (const key of checked)
      if (key.startsWith(`${table}:`) && !out.has(key) && before.has(key))
        result.remove[table].push(key.slice(table.length + 1));
  }
  return { ...result, whole: false, examined };
}
