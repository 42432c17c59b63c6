import { sprintMovePatch } from './backlog';
import { planMove, type DropPlan, type DropSide } from './drop';
import { rankBetween } from './ordering';
import type { Action, Sprint, Task } from './types';

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
  // The place it already has: choosing it again does not send the card to the bottom.
  if (toColumn.key === from.column.key && sprintId === task.sprintId) return { kind: 'none' };
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
