import { NONE, type GroupBy } from './group';
import { needsRebalance, rankBetween, rebalance } from './ordering';
import type { Action, Phase, Status, Task } from './types';

export interface DropSide {
  groupBy: GroupBy;
  key: string;
}

export interface DropInput {
  task: Task;
  /** Column (and lane, with swimlanes) the card came from. */
  from: { column: DropSide; lane: DropSide | null };
  /** Column (and lane) it was dropped in. */
  to: { column: DropSide; lane: DropSide | null };
  /** The open tasks of the target cell in shown order, without the moved task. */
  targetTasks: readonly Task[];
  /** Where in `targetTasks` the card lands (0 = top). */
  index: number;
  actions: readonly Action[];
}

export type DropPlan =
  | { kind: 'none' }
  | { kind: 'refused'; reason: 'not-droppable' }
  | {
      kind: 'move';
      patch: Partial<Task>;
      reranked: Array<{ id: string; rank: number }>;
      /** A move into Geblokkeerd asks for the reason before it is stored. */
      needsReason: boolean;
    };

/** What a change of one grouped field means for the task. */
function fieldPatch(
  task: Task,
  from: DropSide,
  to: DropSide,
  actions: readonly Action[],
): Partial<Task> | null {
  if (from.groupBy !== to.groupBy) return null;
  if (from.key === to.key) return {};
  switch (to.groupBy) {
    case 'label': {
      const patch: Partial<Task> = { themeId: to.key };
      const action = actions.find((a) => a.id === task.actionId);
      // An action belongs to one theme: it cannot follow the task to another.
      if (action && action.themeId !== to.key) patch.actionId = null;
      return patch;
    }
    case 'status':
      return { status: to.key as Status };
    case 'action': {
      if (to.key === NONE) return { actionId: null };
      const action = actions.find((a) => a.id === to.key);
      return action ? { actionId: action.id, themeId: action.themeId } : null;
    }
    case 'assignee': {
      const others = task.assigneeIds.filter((id) => id !== from.key);
      if (to.key === NONE) return { assigneeIds: [] };
      return { assigneeIds: others.includes(to.key) ? others : [...others, to.key] };
    }
    case 'phase':
      return { phase: to.key === NONE ? null : (to.key as Phase) };
    case 'due':
      return null;
  }
}

/**
 * The decision behind a drop on the board: which fields change (the grouped field of the
 * column, and of the lane with swimlanes) and the new rank among the target cell's cards.
 */
export function planMove(input: DropInput): DropPlan {
  const { task, from, to, targetTasks, actions } = input;
  if (to.column.groupBy === 'due' && from.column.key !== to.column.key)
    return { kind: 'refused', reason: 'not-droppable' };
  if (to.lane?.groupBy === 'due' && from.lane?.key !== to.lane.key)
    return { kind: 'refused', reason: 'not-droppable' };

  const columnPatch =
    to.column.groupBy === 'due' ? {} : fieldPatch(task, from.column, to.column, actions);
  const lanePatch =
    to.lane && from.lane
      ? to.lane.groupBy === 'due'
        ? {}
        : fieldPatch(task, from.lane, to.lane, actions)
      : {};
  if (columnPatch === null || lanePatch === null)
    return { kind: 'refused', reason: 'not-droppable' };
  const patch: Partial<Task> = { ...lanePatch, ...columnPatch };

  const list = targetTasks.filter((t) => t.id !== task.id);
  const index = Math.max(0, Math.min(input.index, list.length));
  const before = list[index - 1]?.rank;
  const after = list[index]?.rank;
  let reranked: Array<{ id: string; rank: number }> = [];
  let rank: number;
  if (needsRebalance(before, after)) {
    const fresh = rebalance(list.length + 1);
    const ordered = [...list.slice(0, index), task, ...list.slice(index)];
    reranked = ordered
      .map((t, i) => ({ id: t.id, rank: fresh[i]! }))
      .filter((r) => r.id !== task.id);
    rank = fresh[index]!;
  } else {
    rank = rankBetween(before, after);
  }

  // Dropped back where it was: nothing to store.
  if (
    Object.keys(patch).length === 0 &&
    task.rank > (before ?? -Infinity) &&
    task.rank < (after ?? Infinity)
  ) {
    return { kind: 'none' };
  }
  patch.rank = rank;
  const needsReason = patch.status === 'geblokkeerd' && task.status !== 'geblokkeerd';
  return { kind: 'move', patch, reranked, needsReason };
}

/**
 * The fields a task added with "Taak toevoegen" gets from its column (and lane), or null where
 * a column cannot give a new task a meaning (late, later).
 */
export function fieldsForCell(
  column: DropSide,
  lane: DropSide | null,
  ctx: { themes: ReadonlyArray<{ id: string }>; actions: readonly Action[]; endOfWeek: string },
): Partial<Task> | null {
  const fields: Partial<Task> = {};
  for (const side of lane ? [lane, column] : [column]) {
    switch (side.groupBy) {
      case 'label':
        fields.themeId = side.key;
        break;
      case 'status':
        fields.status = side.key as Status;
        break;
      case 'action': {
        const action = ctx.actions.find((a) => a.id === side.key);
        if (action) {
          fields.actionId = action.id;
          fields.themeId = action.themeId;
        }
        break;
      }
      case 'assignee':
        fields.assigneeIds = side.key === NONE ? [] : [side.key];
        break;
      case 'phase':
        fields.phase = side.key === NONE ? null : (side.key as Phase);
        break;
      case 'due':
        if (side.key === 'deze-week') fields.dueDate = ctx.endOfWeek;
        else if (side.key !== 'geen-datum') return null;
        break;
    }
  }
  if (!fields.themeId) {
    const first = ctx.themes[0];
    if (!first) return null;
    fields.themeId = first.id;
  }
  return fields;
}
