import { sprintMovePatch } from './backlog';
import { planMove, type DropPlan, type DropSide } from './drop';
import { rankBetween } from './ordering';
import type { Action, Sprint, Task } from './types';

/** Below this width (CSS px) the board shows one column at a time. */
export const PHONE_MAX_WIDTH = 599;

/** A finger must travel this far sideways (CSS px) before a swipe changes the column. */
export const SWIPE_MIN_DISTANCE = 50;

/**
 * What a finger's movement from touch start to touch end means on the phone board: the next
 * column (swiped to the left), the previous one (to the right), or nothing — too short, or more
 * up and down than sideways, which is the user scrolling the column.
 */
export function swipeStep(dx: number, dy: number): 1 | -1 | 0 {
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) <= Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}

/**
 * The column shown after a step from `index` among `count` columns: it stops at the first and
 * the last column (no wrapping round, so a swipe past the end visibly does nothing).
 */
export function stepColumn(index: number, count: number, step: number): number {
  if (count <= 0) return 0;
  return Math.max(0, Math.min(count - 1, index + step));
}

/**
 * The column the phone board shows: the chosen one while it exists, else the first. A grouping
 * change or a removed theme leaves an old choice without a column.
 */
export function shownColumnIndex(keys: readonly string[], chosen: string | null): number {
  const at = chosen === null ? -1 : keys.indexOf(chosen);
  return at >= 0 ? at : 0;
}

export interface MoveToInput {
  task: Task;
  /** The column (and lane) the task is in now. */
  from: { column: DropSide; lane: DropSide | null };
  /** The chosen column; the lane stays the same. */
  toColumn: DropSide;
  /** The chosen sprint (null = the backlog). */
  sprintId: string | null;
  /** The sprint the task is in now, if any: a due date that belonged to it goes with a move out. */
  oldSprint: Pick<Sprint, 'start' | 'end'> | null | undefined;
  /** The open tasks of the target cell in the chosen sprint, in shown order. */
  targetTasks: readonly Task[];
  actions: readonly Action[];
}

/**
 * "Verplaatsen naar…": the decision behind choosing a column and a sprint from lists. It is the
 * board's drop (planMove) at the bottom of the chosen column, plus what a change of sprint means
 * (sprintMovePatch: sprint, status in or out of the backlog, a due date of the old sprint).
 */
export function planMoveTo(input: MoveToInput): DropPlan {
  const { task, from, toColumn, sprintId, oldSprint, targetTasks, actions } = input;
  const plan = planMove({
    task,
    from,
    to: { column: toColumn, lane: from.lane },
    targetTasks,
    index: targetTasks.length,
    actions,
  });
  if (plan.kind === 'refused' || sprintId === task.sprintId) return plan;
  // "Nothing" compared ranks of another sprint's cards: the task still goes below the last.
  const patch =
    plan.kind === 'move' ? plan.patch : { rank: rankBetween(targetTasks.at(-1)?.rank, undefined) };
  const sprintPatch = sprintMovePatch({ ...task, ...patch }, sprintId, oldSprint);
  const merged: Partial<Task> = { ...patch, ...sprintPatch };
  return {
    kind: 'move',
    patch: merged,
    reranked: plan.kind === 'move' ? plan.reranked : [],
    needsReason: merged.status === 'geblokkeerd' && task.status !== 'geblokkeerd',
  };
}
