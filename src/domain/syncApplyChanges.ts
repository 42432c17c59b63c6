import { isValidRow, type BackupRows, type BackupTable } from './backup';
import { repairPlan, type RepairContext } from './repair';
import { belongs, emptyTables, rowKey, stable, type RemoteApply } from './syncApply';
import type { Action, HistoryEntry, Task } from './types';

// A remote change applied row by row: only the rows that changed are checked (the same backup
// checks as planRemoteApply) and repaired against the plan's small tables and the few tasks they
// name, so a change to one task of a 10,000-task plan never reads or checks the other tasks.
// When a change could break rows that did not change (a theme, sprint, action, person or task
// that others may refer to is deleted; an action moves to another theme), the whole plan is
// checked as before (planRemoteApply).

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

/** Decides what to store for the changed rows only, or that the whole plan must be checked. */
export function planRemoteChanges(
  input: RemoteChangesInput,
  ctx: RepairContext,
): RemoteChangesApply {
  const { planId, changes, context, stored, storedTaskIds, pending } = input;
  const whole = (reason: string): RemoteChangesApply => ({ whole: true, reason });
  if (!context.plans.some((p) => p.id === planId)) return whole('the plan is not stored yet');
  const result: RemoteApply = {
    put: emptyTables(() => []),
    remove: emptyTables(() => []),
    rejected: [],
  };
  const examined: string[] = [];
  const accepted = emptyTables<Array<{ id: string }>>(() => []);
  const actions = byId(context.actions);
  for (const { table, id, row } of changes) {
    const key = rowKey(table, id);
    if (pending.has(key)) continue;
    examined.push(key);
    if (row === null) {
      // Gone on both sides (this device's own delete, sent): nothing to do.
      if (!stored.has(key)) continue;
      // History is append-only and nothing refers to a line; any other row may be referred to.
      if (table !== 'history') return whole(`a row of ${table} was deleted`);
      result.remove.history.push(id);
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
    // Tasks of an action that moved must move along or let go of it: they did not change.
    const storedAction = table === 'actions' ? actions.get(id) : undefined;
    if (storedAction && storedAction.themeId !== (row as Action).themeId)
      return whole('an action moved to another theme');
    accepted[table].push(row as { id: string });
  }

  const changedTasks = new Set(accepted.tasks.map((t) => t.id));
  for (const h of accepted.history as HistoryEntry[])
    if (!changedTasks.has(h.taskId) && !storedTaskIds.has(h.taskId))
      return whole('a history line of a task that is not stored');
  const merged = <T extends { id: string }>(rows: readonly T[], table: ContextTable): T[] => {
    const map = byId(rows);
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
      tasks: accepted.tasks as Task[],
      history: accepted.history as HistoryEntry[],
    },
    ctx,
    [...storedTaskIds].filter((id) => !changedTasks.has(id)).map((id) => ({ id, planId })),
  );

  const acceptedKeys = new Set(
    (Object.keys(accepted) as BackupTable[]).flatMap((t) =>
      accepted[t].map((r) => rowKey(t, r.id)),
    ),
  );
  for (const table of Object.keys(rows) as BackupTable[]) {
    const isContext = (CONTEXT_TABLES as readonly string[]).includes(table);
    const local = isContext ? byId(context[table as ContextTable] as Array<{ id: string }>) : null;
    const out = new Set<string>();
    for (const row of rows[table] as Array<{ id: string }>) {
      const key = rowKey(table, row.id);
      // A repair's own history lines are local notes; written each time they would pile up.
      if (!isContext && !acceptedKeys.has(key)) continue;
      out.add(key);
      const mine = local ? local.get(row.id) : stored.get(key);
      if (!mine || stable(mine) !== stable(row)) result.put[table].push(row);
    }
    for (const key of acceptedKeys)
      if (key.startsWith(`${table}:`) && !out.has(key) && stored.has(key))
        result.remove[table].push(key.slice(table.length + 1));
  }
  return { ...result, whole: false, examined };
}
