import type { Status, Task } from './types';

/*
 * The one definition of open, blocked and done that every view and export counts by:
 * done is Afgerond, blocked is Geblokkeerd, open is everything else (Backlog, Gepland,
 * In uitvoering). The three never overlap, so open + blocked + done = total everywhere.
 * "Unfinished" (what a sprint close carries on) is open or blocked.
 */
export type TaskState = 'open' | 'blocked' | 'done';

function stateOfStatus(status: Status): TaskState {
  if (status === 'afgerond') return 'done';
  if (status === 'geblokkeerd') return 'blocked';
  return 'open';
}

export function taskState(task: Pick<Task, 'status'>): TaskState {
  return stateOfStatus(task.status);
}

export const isDone = (task: Pick<Task, 'status'>): boolean => task.status === 'afgerond';
export const isBlocked = (task: Pick<Task, 'status'>): boolean => task.status === 'geblokkeerd';
export const isUnfinished = (task: Pick<Task, 'status'>): boolean => !isDone(task);

export interface StateCounts {
  total: number;
  open: number;
  blocked: number;
  done: number;
}

export function countStates(tasks: readonly Pick<Task, 'status'>[]): StateCounts {
  const counts: StateCounts = { total: tasks.length, open: 0, blocked: 0, done: 0 };
  for (const t of tasks) counts[taskState(t)] += 1;
  return counts;
}
