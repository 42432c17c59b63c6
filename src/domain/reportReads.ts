// What a sprint report reads of its plan, decided without reading the plan: the tasks it
// describes, the tasks whose history its figures can count, and the blockers it names. Apart from
// report.ts so the database layer asks these questions without loading the report itself.
import type { HistoryEntry, Sprint, Task } from './types';

/**
 * The tasks a report describes: a closed sprint as it stood at its close (its snapshot), an open
 * one (or a closed one from before snapshots existed) as its tasks are now.
 */
export function reportTasks(
  sprint: Pick<Sprint, 'id' | 'closedAt' | 'snapshot'>,
  planTasks: readonly Task[],
): readonly Task[] {
  if (sprint.closedAt !== null && sprint.snapshot) return sprint.snapshot;
  return planTasks.filter((t) => t.sprintId === sprint.id);
}

/**
 * The tasks whose history a report of `sprintId` needs: the ones it describes, and every task
 * with a sprint move into or out of the sprint. A task's timeline (domain/timeline.ts) puts it in
 * the sprint on a day only from the task as it is now (a described task) or from a sprint move
 * that names the sprint, so no other task is ever counted: not as planned or removed, nor in the
 * burn-up or the WIP days. `moves` may hold any history lines; only sprint moves count.
 */
export function reportHistoryTaskIds(
  sprintId: string,
  described: ReadonlyArray<Pick<Task, 'id'>>,
  moves: ReadonlyArray<Pick<HistoryEntry, 'taskId' | 'field' | 'from' | 'to'>>,
): string[] {
  const ids = new Set(described.map((t) => t.id));
  for (const h of moves)
    if (h.field === 'sprintId' && (h.from === sprintId || h.to === sprintId)) ids.add(h.taskId);
  return [...ids];
}

/** The blockers a report names that are not among `known` (the tasks read already), once each. */
export function reportBlockerIds(
  described: ReadonlyArray<Pick<Task, 'blockedBy'>>,
  known: ReadonlyArray<Pick<Task, 'id'>>,
): string[] {
  const have = new Set(known.map((t) => t.id));
  const out = new Set<string>();
  for (const t of described) for (const id of t.blockedBy) if (!have.has(id)) out.add(id);
  return [...out];
}
