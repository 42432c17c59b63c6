import { placeTasks } from './placement';
import { isLate } from './tasks';
import { countStates } from './taskState';
import type { Action, IsoDate, Sprint, Task, Theme } from './types';

/** How far a set of tasks has come: the numbers behind a progress bar in the year plan. */
export interface Progress {
  total: number;
  done: number;
  /** Neither done nor blocked (see taskState), so that open + blocked + done = total. */
  open: number;
  blocked: number;
  /** Open with a due date before today. */
  late: number;
  /** Whole percent done; 0 for an empty set. */
  percent: number;
}

/** First and last sprint number the tasks are planned in; null when none is in a sprint. */
export interface SprintSpan {
  from: number;
  to: number;
}

export const EMPTY_PROGRESS: Progress = Object.freeze({
  total: 0,
  done: 0,
  open: 0,
  blocked: 0,
  late: 0,
  percent: 0,
});

export function progressOf(
  tasks: readonly Pick<Task, 'status' | 'dueDate'>[],
  today: IsoDate,
): Progress {
  const { total, open, blocked, done } = countStates(tasks);
  const late = tasks.filter((t) => isLate(t, today)).length;
  return {
    total,
    done,
    open,
    blocked,
    late,
    // Floor, so that "100 %" is only ever shown when everything is done.
    percent: total === 0 ? 0 : Math.floor((done / total) * 100),
  };
}

export function sprintSpanOf(
  tasks: readonly Pick<Task, 'sprintId'>[],
  sprints: readonly Pick<Sprint, 'id' | 'number'>[],
): SprintSpan | null {
  const numbers = new Map(sprints.map((s) => [s.id, s.number]));
  let from = Infinity;
  let to = -Infinity;
  for (const t of tasks) {
    const n = t.sprintId === null ? undefined : numbers.get(t.sprintId);
    if (n === undefined) continue;
    from = Math.min(from, n);
    to = Math.max(to, n);
  }
  return Number.isFinite(from) ? { from, to } : null;
}

export interface Rollup {
  progress: Progress;
  span: SprintSpan | null;
}

export interface PlanRollup {
  byTheme: Map<string, Rollup>;
  byAction: Map<string, Rollup>;
  /** Per theme, its tasks that belong to no action (or to an action of another theme). */
  looseByTheme: Map<string, Rollup>;
}

function rollupOf(tasks: readonly Task[], sprints: readonly Sprint[], today: IsoDate): Rollup {
  return { progress: progressOf(tasks, today), span: sprintSpanOf(tasks, sprints) };
}

/**
 * Progress of every theme and action of a plan. A theme counts all its tasks, with or without an
 * action; a task whose action sits in another theme counts for its own theme only.
 */
export function rollupPlan(
  tasks: readonly Task[],
  plan: { themes: readonly Theme[]; actions: readonly Action[]; sprints: readonly Sprint[] },
  today: IsoDate,
): PlanRollup {
  const { perAction, loosePerTheme } = placeTasks(tasks, plan.actions);
  const perTheme = new Map<string, Task[]>();
  for (const task of tasks) {
    const list = perTheme.get(task.themeId);
    if (list) list.push(task);
    else perTheme.set(task.themeId, [task]);
  }
  const roll = (ids: readonly { id: string }[], m: ReadonlyMap<string, Task[]>) =>
    new Map(ids.map(({ id }) => [id, rollupOf(m.get(id) ?? [], plan.sprints, today)] as const));
  return {
    byTheme: roll(plan.themes, perTheme),
    byAction: roll(plan.actions, perAction),
    looseByTheme: roll(plan.themes, loosePerTheme),
  };
}
