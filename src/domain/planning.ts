import { sprintMovePatch } from './backlog';
import { planMove, type DropPlan, type DropSide } from './drop';
import { dueBucket, NONE } from './group';
import { byRank, rankBetween } from './ordering';
import { isUnfinished } from './taskState';
import type { Action, IsoDate, Person, Sprint, Task } from './types';

/*
 * Sprint planning: pulling work from the backlog into a sprint and sending it back. Every sprint
 * change follows the one Backlog rule (`sprintMovePatch` in backlog.ts); a card dropped in a
 * column or swimlane also takes that column's value, as a drop on the board does (`planMove`).
 */

/** The place a backlog task already has in one grouping, as the "from" side of its drop. */
function ownSide(task: Task, to: DropSide, today: IsoDate): DropSide {
  const side = (key: string): DropSide => ({ groupBy: to.groupBy, key });
  switch (to.groupBy) {
    case 'label':
      return side(task.themeId);
    case 'status':
      return side(task.status);
    case 'action':
      return side(task.actionId ?? NONE);
    case 'assignee':
      // Dropped on a person, the person is added and nobody loses the task; dropped on
      // "Niet toegewezen", the task is unassigned, so that it stands where it was dropped.
      return side(to.key === NONE ? (task.assigneeIds[0] ?? NONE) : NONE);
    case 'phase':
      return side(task.phase ?? NONE);
    case 'due':
      // Due-date columns follow from the date: only the task's own bucket takes it.
      return side(dueBucket(task, today));
  }
}

export interface PullInput {
  /** A task of the backlog (no sprint). */
  task: Task;
  sprint: Pick<Sprint, 'id'>;
  /** The column (and lane, with swimlanes) it was dropped in. */
  to: { column: DropSide; lane: DropSide | null };
  /** The open tasks of the target cell in shown order. */
  targetTasks: readonly Task[];
  index: number;
  actions: readonly Action[];
  today: IsoDate;
}

/** A backlog task dropped in a cell of the sprint board: into the sprint, and into that cell. */
export function planPull(input: PullInput): DropPlan {
  const { task, sprint, to, today } = input;
  const from = {
    column: ownSide(task, to.column, today),
    lane: to.lane ? ownSide(task, to.lane, today) : null,
  };
  const moved = planMove({ ...input, from });
  if (moved.kind === 'refused') return moved;
  const sprintPatch = sprintMovePatch(task, sprint.id, null);
  // The column's status (grouped by status) wins over the Backlog rule's Gepland: the user chose it.
  const patch = moved.kind === 'move' ? { ...sprintPatch, ...moved.patch } : sprintPatch;
  if (Object.keys(patch).length === 0) return { kind: 'none' };
  return {
    kind: 'move',
    patch,
    reranked: moved.kind === 'move' ? moved.reranked : [],
    needsReason: patch.status === 'geblokkeerd' && task.status !== 'geblokkeerd',
  };
}

/** "Naar sprint N": a backlog task into the sprint, below the sprint's other tasks. */
export function planPullToSprint(
  task: Task,
  sprint: Pick<Sprint, 'id'>,
  sprintTasks: readonly Pick<Task, 'rank'>[],
): DropPlan {
  const patch = sprintMovePatch(task, sprint.id, null);
  if (Object.keys(patch).length === 0) return { kind: 'none' };
  const last = sprintTasks.reduce<number | undefined>(
    (max, t) => (max === undefined || t.rank > max ? t.rank : max),
    undefined,
  );
  return {
    kind: 'move',
    patch: { ...patch, rank: rankBetween(last, undefined) },
    reranked: [],
    needsReason: false,
  };
}

/** A sprint task dropped on the backlog: out of the sprint, on top of the backlog, where it is seen. */
export function planToBacklog(
  task: Task,
  sprint: Pick<Sprint, 'start' | 'end'> | null,
  backlogTasks: readonly Pick<Task, 'rank'>[],
): DropPlan {
  const patch = sprintMovePatch(task, null, sprint);
  if (Object.keys(patch).length === 0) return { kind: 'none' };
  const first = backlogTasks.reduce<number | undefined>(
    (min, t) => (min === undefined || t.rank < min ? t.rank : min),
    undefined,
  );
  return {
    kind: 'move',
    patch: { ...patch, rank: rankBetween(undefined, first) },
    reranked: [],
    needsReason: false,
  };
}

/** The backlog as the planning view lists it: work still to do, in the backlog's order. */
export function pullableTasks(backlog: readonly Task[]): Task[] {
  return backlog.filter(isUnfinished).sort(byRank);
}

export interface PersonLoad {
  personId: string;
  /** Unfinished tasks of the sprint held by this person (a shared task counts for each holder). */
  count: number;
}

export interface SprintLoad {
  people: PersonLoad[];
  /** Unfinished tasks nobody holds. */
  unassigned: number;
}

/**
 * The capacity check of sprint planning: how many unfinished tasks of the sprint each person
 * holds, in the plan's order of people. Done work takes no more time, so it is not counted.
 */
export function sprintLoad(
  tasks: readonly Pick<Task, 'status' | 'assigneeIds'>[],
  people: readonly Pick<Person, 'id'>[],
): SprintLoad {
  const counts = new Map(people.map((p) => [p.id, 0]));
  let unassigned = 0;
  for (const task of tasks) {
    if (!isUnfinished(task)) continue;
    const holders = task.assigneeIds.filter((id) => counts.has(id));
    if (holders.length === 0) unassigned += 1;
    for (const id of holders) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return {
    people: people.map((p) => ({ personId: p.id, count: counts.get(p.id) ?? 0 })),
    unassigned,
  };
}
