import { sprintMovePatch } from './backlog';
import { byRank, RANK_STEP } from './ordering';
import { isUnfinished } from './taskState';
import type { Sprint, Task, Theme } from './types';

export type CloseDecision = 'next' | 'backlog' | 'keep';

export interface SprintClosePlan {
  moves: Array<{ id: string; patch: Partial<Task> }>;
  /** The sprint's tasks as they stood at the close, before any move. */
  snapshot: Task[];
}

/** The choice offered first: on to the next sprint, or the backlog when the plan has no next sprint. */
export function defaultDecision(next: Sprint | undefined): CloseDecision {
  return next ? 'next' : 'backlog';
}

function copyTask(task: Task): Task {
  return {
    ...task,
    assigneeIds: [...task.assigneeIds],
    checklist: task.checklist.map((c) => ({ ...c })),
    notes: task.notes.map((n) => ({ ...n })),
    blockedBy: [...task.blockedBy],
  };
}

/**
 * What closing `sprint` does to its unfinished tasks. `tasks` may hold the whole plan: only the
 * sprint's own tasks are moved and frozen, the others tell where the moved ones are ranked.
 * A carried-over task joins the bottom of its new place, in the order it had in the old sprint,
 * so the work already planned there keeps its priority.
 */
export function planSprintClose(
  tasks: readonly Task[],
  sprint: Sprint,
  next: Sprint | undefined,
  decisions: Readonly<Record<string, CloseDecision>>,
): SprintClosePlan {
  const own = tasks.filter((t) => t.sprintId === sprint.id).sort(byRank);
  const snapshot = own.map(copyTask);
  const lastRank = new Map<string | null, number>();
  for (const t of tasks) {
    if (t.sprintId === sprint.id) continue;
    lastRank.set(t.sprintId, Math.max(lastRank.get(t.sprintId) ?? 0, t.rank));
  }
  const rankIn = (target: string | null) => {
    const rank = (lastRank.get(target) ?? 0) + RANK_STEP;
    lastRank.set(target, rank);
    return rank;
  };

  const moves: SprintClosePlan['moves'] = [];
  for (const task of own) {
    if (!isUnfinished(task)) continue;
    let decision = decisions[task.id] ?? defaultDecision(next);
    if (decision === 'next' && !next) decision = 'backlog';
    if (decision === 'keep') continue;
    const carryOverCount = task.carryOverCount + 1;
    const target = decision === 'next' && next ? next.id : null;
    moves.push({
      id: task.id,
      patch: { ...sprintMovePatch(task, target, sprint), carryOverCount, rank: rankIn(target) },
    });
  }
  return { moves, snapshot };
}

export interface CloseSummary {
  done: number;
  unfinished: number;
  toNext: number;
  toBacklog: number;
  kept: number;
}

/** Counts for the dialog and its toast, from the same decisions the close will apply. */
export function summarizeClose(
  tasks: readonly Task[],
  sprint: Sprint,
  next: Sprint | undefined,
  decisions: Readonly<Record<string, CloseDecision>>,
): CloseSummary {
  const own = tasks.filter((t) => t.sprintId === sprint.id);
  const { moves } = planSprintClose(own, sprint, next, decisions);
  const toNext = moves.filter((m) => next && m.patch.sprintId === next.id).length;
  const unfinished = own.filter(isUnfinished).length;
  return {
    done: own.length - unfinished,
    unfinished,
    toNext,
    toBacklog: moves.length - toNext,
    kept: unfinished - moves.length,
  };
}

/**
 * The unfinished tasks of a sprint grouped by theme, in the order of the board's label columns
 * and by rank inside each, so the close dialog reads like the board the team just saw. Tasks of
 * a theme the plan no longer has come last, in one group of their own.
 */
export function closeGroups(
  tasks: readonly Task[],
  themes: ReadonlyArray<Pick<Theme, 'id'>>,
): Array<{ themeId: string; tasks: Task[] }> {
  const order = new Map(themes.map((th, i) => [th.id, i]));
  const groups = new Map<string, Task[]>();
  for (const task of tasks.filter(isUnfinished)) {
    const list = groups.get(task.themeId) ?? [];
    list.push(task);
    groups.set(task.themeId, list);
  }
  return [...groups.entries()]
    .sort(
      ([a], [b]) =>
        (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER),
    )
    .map(([themeId, list]) => ({ themeId, tasks: [...list].sort(byRank) }));
}

/** One choice for every task at once: "Alles naar sprint N", "Alles naar de backlog". */
export function decideAll(
  tasks: ReadonlyArray<Pick<Task, 'id'>>,
  decision: CloseDecision,
): Record<string, CloseDecision> {
  return Object.fromEntries(tasks.map((t) => [t.id, decision]));
}
