import type { IsoDate, Sprint, Status, Task } from './types';

/*
 * The one rule for "Backlog", which is both a status and "no sprint":
 * - a task without a sprint has status Backlog, unless it is Geblokkeerd (the reason still holds
 *   wherever the task goes) or Afgerond;
 * - inside a sprint every status may stand, Backlog too (Planner's backlog bucket: in the sprint,
 *   not yet picked up);
 * - a Backlog task moved into a sprint becomes Gepland: it is now planned;
 * - an unfinished task sent to the backlog loses a due date that lay in its old sprint: that date
 *   was the sprint's deadline, and with no sprint it would only show as overdue.
 */

/** The status a task keeps, or gets, when it has no sprint. */
export function statusWithoutSprint(status: Status): Status {
  return status === 'geblokkeerd' || status === 'afgerond' ? status : 'backlog';
}

/** The status a task gets in `sprintId` (null = the backlog), coming from another place. */
export function statusInPlace(status: Status, sprintId: string | null): Status {
  if (sprintId === null) return statusWithoutSprint(status);
  return status === 'backlog' ? 'gepland' : status;
}

/**
 * Everything that changes when a task moves to `sprintId` (null = the backlog): the sprint, the
 * status and a due date that belonged to the old sprint. Empty when the task stays where it is.
 */
export function sprintMovePatch(
  task: Pick<Task, 'status' | 'sprintId' | 'dueDate'>,
  sprintId: string | null,
  oldSprint: Pick<Sprint, 'start' | 'end'> | null | undefined,
): Partial<Task> {
  if (task.sprintId === sprintId) return {};
  const patch: Partial<Task> = { sprintId };
  const status = statusInPlace(task.status, sprintId);
  if (status !== task.status) patch.status = status;
  if (sprintId === null && task.status !== 'afgerond' && dueInSprint(task.dueDate, oldSprint))
    patch.dueDate = null;
  return patch;
}

function dueInSprint(
  due: IsoDate | null,
  sprint: Pick<Sprint, 'start' | 'end'> | null | undefined,
): boolean {
  return !!due && !!sprint && sprint.start <= due && due <= sprint.end;
}
