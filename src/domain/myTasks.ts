import type { IsoDate, Sprint, Status, Task } from './types';

/**
 * "Mijn taken": one person's tasks over every sprint and the backlog, open work first. The
 * groups follow the work's urgency: what is being done, what is stuck, what is planned, what
 * waits in the backlog, and what is done last.
 */
export const MY_TASK_GROUPS = [
  'in-uitvoering',
  'geblokkeerd',
  'gepland',
  'backlog',
  'afgerond',
] as const satisfies readonly Status[];

export interface MyTaskRow {
  task: Task;
  /** null = the backlog. */
  sprint: Sprint | null;
  /** Due before today and not done. */
  late: boolean;
}

export interface MyTaskGroup {
  status: Status;
  rows: MyTaskRow[];
}

export function isLate(task: Pick<Task, 'dueDate' | 'status'>, today: IsoDate): boolean {
  return task.status !== 'afgerond' && task.dueDate !== null && task.dueDate < today;
}

/**
 * The person's tasks in their groups (empty groups left out). Within a group: by sprint (the
 * backlog after every sprint), then by due date (none last), then by the board's order.
 */
export function myTaskGroups(
  tasks: readonly Task[],
  personId: string,
  sprints: readonly Sprint[],
  today: IsoDate,
): MyTaskGroup[] {
  const sprintById = new Map(sprints.map((s) => [s.id, s]));
  const rows: MyTaskRow[] = tasks
    .filter((t) => t.assigneeIds.includes(personId))
    .map((task) => ({
      task,
      sprint: task.sprintId ? (sprintById.get(task.sprintId) ?? null) : null,
      late: isLate(task, today),
    }));
  const sprintOrder = (r: MyTaskRow) => r.sprint?.number ?? Number.POSITIVE_INFINITY;
  rows.sort(
    (a, b) =>
      sprintOrder(a) - sprintOrder(b) ||
      compareDue(a.task.dueDate, b.task.dueDate) ||
      a.task.rank - b.task.rank ||
      a.task.title.localeCompare(b.task.title),
  );
  return MY_TASK_GROUPS.map((status) => ({
    status,
    rows: rows.filter((r) => r.task.status === status),
  })).filter((g) => g.rows.length > 0);
}

function compareDue(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
