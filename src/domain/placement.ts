import type { Action, Task } from './types';

type Placeable = Pick<Task, 'actionId' | 'themeId'>;

/** True when the task stands under `action` in the outline and the roadmap (an action lives in one theme). */
export function belongsToAction(task: Placeable, action: Pick<Action, 'id' | 'themeId'>): boolean {
  return task.actionId === action.id && task.themeId === action.themeId;
}

/**
 * The action a task stands under; null when it stands directly under its theme: it has no action,
 * its action is unknown, or its action lives in another theme.
 */
export function placedActionId(
  task: Placeable,
  actionById: ReadonlyMap<string, Pick<Action, 'id' | 'themeId'>>,
): string | null {
  const action = task.actionId === null ? undefined : actionById.get(task.actionId);
  return action && belongsToAction(task, action) ? action.id : null;
}

export interface Placement<T> {
  /** Per action id, the tasks that stand under it. */
  perAction: Map<string, T[]>;
  /** Per theme id, its tasks that stand directly under it. */
  loosePerTheme: Map<string, T[]>;
}

/** Every task in its place, in one pass over the tasks: thousands of tasks × dozens of actions add up. */
export function placeTasks<T extends Placeable>(
  tasks: readonly T[],
  actions: readonly Pick<Action, 'id' | 'themeId'>[],
): Placement<T> {
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const perAction = new Map<string, T[]>();
  const loosePerTheme = new Map<string, T[]>();
  for (const task of tasks) {
    const actionId = placedActionId(task, actionById);
    const [map, key] = actionId === null ? [loosePerTheme, task.themeId] : [perAction, actionId];
    const list = map.get(key);
    if (list) list.push(task);
    else map.set(key, [task]);
  }
  return { perAction, loosePerTheme };
}
