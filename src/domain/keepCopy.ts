import type { Action, Task } from './types';

/** What still exists in the plan when a copy of a deleted task is kept. */
export interface CopyTargets {
  /** In the plan's order: a copy whose theme is gone lands in the first. */
  themeIds: readonly string[];
  actions: ReadonlyArray<Pick<Action, 'id' | 'themeId'>>;
  sprintIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  taskIds: ReadonlySet<string>;
}

export type KeptCopy = Omit<Task, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * The fields of a new task that puts back a task someone else deleted while it was open here.
 * It keeps what the user saw, minus references to what was deleted with it (an action, a sprint,
 * a person, a blocking task): a copy pointing at rows that are gone would be repaired away later
 * or, worse, hidden. The Planner link is dropped: the next Planner import must not mistake the
 * copy for the task it deleted. Null when the plan has no theme left to hold it.
 */
export function copyOfDeletedTask(task: Task, targets: CopyTargets): KeptCopy | null {
  const themeId = targets.themeIds.includes(task.themeId) ? task.themeId : targets.themeIds[0];
  if (themeId === undefined) return null;
  const action = targets.actions.find((a) => a.id === task.actionId);
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = task;
  return {
    ...fields,
    themeId,
    actionId: action && action.themeId === themeId ? action.id : null,
    sprintId: task.sprintId !== null && targets.sprintIds.has(task.sprintId) ? task.sprintId : null,
    assigneeIds: task.assigneeIds.filter((p) => targets.personIds.has(p)),
    blockedBy: task.blockedBy.filter((b) => b !== task.id && targets.taskIds.has(b)),
    plannerId: null,
  };
}
