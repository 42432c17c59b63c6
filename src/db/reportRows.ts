import { useLiveQuery } from 'dexie-react-hooks';
import { reportBlockerIds, reportHistoryTaskIds, reportTasks } from '../domain/reportReads';
import type { HistoryEntry, Sprint, Task } from '../domain/types';
import { tasksOfSprint } from './queries';
import { db } from './schema';

// The reads of a sprint report (the Sprintrapport and its export): only the sprint's tasks and
// the history its figures can count, not the whole plan. Apart from queries.ts so that the board's
// first load does not carry it.

export interface SprintReportRows {
  /** The sprint these rows were read for: a report shows them with no other sprint. */
  sprintId: string;
  /** The sprint's tasks now and the blockers its described tasks name: sprintReportOf's planTasks. */
  planTasks: Task[];
  /** The history of every task the report can count, in the order the plan's history is read. */
  history: HistoryEntry[];
}

/** The plan's history order (historyOfPlan): by time, then by id (ids are time-ordered). */
const byTimeThenId = (a: HistoryEntry, b: HistoryEntry) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The rows a sprint's report reads: its report equals the one from the whole plan's tasks and
 * history (tests/db/reportRows.test.ts), through the [planId+sprintId], [field+from], [field+to]
 * and taskId indexes.
 */
export async function sprintReportRows(
  planId: string,
  sprint: Pick<Sprint, 'id' | 'closedAt' | 'snapshot'>,
): Promise<SprintReportRows> {
  // One read-only transaction: the rows agree with each other, and its reads skip Dexie's cache of
  // live queries, which looks each of the thousands of per-task reads up in a list (slow at 50k).
  return db.transaction('r', [db.tasks, db.history], async () => {
    const own = <T extends { planId: string }>(rows: T[]) =>
      rows.filter((r) => r.planId === planId);
    const [inSprint, movedIn, movedOut] = await Promise.all([
      tasksOfSprint(planId, sprint.id),
      db.history.where('[field+to]').equals(['sprintId', sprint.id]).toArray(),
      db.history.where('[field+from]').equals(['sprintId', sprint.id]).toArray(),
    ]);
    const described = reportTasks(sprint, inSprint);
    const historyOf = reportHistoryTaskIds(sprint.id, described, own([...movedIn, ...movedOut]));
    const blockerIds = reportBlockerIds(described, inSprint);
    // One index read per task, all at once: anyOf() walks a cursor from key to key, row by row,
    // some ten times slower over a sprint of 1,500 tasks.
    const [lines, blockers] = await Promise.all([
      Promise.all(historyOf.map((id) => db.history.where('taskId').equals(id).toArray())),
      db.tasks.bulkGet(blockerIds),
    ]);
    const history = lines.flat();
    const found = blockers.filter((t): t is Task => t !== undefined);
    return {
      sprintId: sprint.id,
      planTasks: [...inSprint, ...own(found)],
      history: own(history).sort(byTimeThenId),
    };
  });
}

/** The live rows of a sprint's report; undefined while loading or while they are another sprint's. */
export function useSprintReportRows(
  planId: string,
  sprint: Sprint | null,
): SprintReportRows | undefined {
  const rows = useLiveQuery(
    () => (sprint ? sprintReportRows(planId, sprint) : undefined),
    [planId, sprint],
  );
  return rows && sprint && rows.sprintId === sprint.id ? rows : undefined;
}
