// Soft WIP limits (as in Jira): a column of the board grouped by status or by label may have a
// limit. Going over it is allowed; the board and the sprint report say so.
import type { GroupBy } from './group';
import {
  isStatus,
  STATUSES,
  type Plan,
  type Status,
  type Task,
  type Theme,
  type WipLimits,
} from './types';

/** Above this a limit means nothing on a board: a typo, most likely. */
export const WIP_LIMIT_MAX = 999;

export function isWipLimit(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= WIP_LIMIT_MAX
  );
}

/** A plan's `wipLimits` as a file or a teammate may send it: statuses to valid limits only. */
export function isWipLimits(value: unknown): value is WipLimits {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, limit]) => isStatus(key) && isWipLimit(limit));
}

/** A column that can carry a limit: a status (grouped by status) or a theme (grouped by label). */
export interface WipColumn {
  groupBy: GroupBy;
  key: string;
}

export function hasWipLimits(groupBy: GroupBy): boolean {
  return groupBy === 'status' || groupBy === 'label';
}

export interface WipLimitSource {
  plan: Pick<Plan, 'wipLimits'>;
  themes: ReadonlyArray<Pick<Theme, 'id' | 'wipLimit'>>;
}

/** The column's limit, or null when it has none (or its grouping has no limits). */
export function wipLimitOf(column: WipColumn, source: WipLimitSource): number | null {
  let limit: unknown = null;
  if (column.groupBy === 'status' && isStatus(column.key))
    limit = source.plan.wipLimits?.[column.key];
  else if (column.groupBy === 'label')
    limit = source.themes.find((t) => t.id === column.key)?.wipLimit;
  return isWipLimit(limit) ? limit : null;
}

/** The plan's status limits with one status set to `limit` (null removes it). */
export function withStatusLimit(
  limits: WipLimits | undefined,
  status: Status,
  limit: number | null,
): WipLimits {
  const next: WipLimits = {};
  for (const s of STATUSES) {
    const value = s === status ? limit : limits?.[s];
    if (isWipLimit(value)) next[s] = value;
  }
  return next;
}

/**
 * Whether a task counts toward a column's work in progress. A status column counts every task
 * in that status (Afgerond too, as Jira counts every issue in a column). A theme column counts
 * its unfinished tasks: the done ones are folded away and are no work in progress.
 */
function counts(task: Pick<Task, 'status' | 'themeId'>, column: WipColumn): boolean {
  if (column.groupBy === 'status') return task.status === column.key;
  if (column.groupBy === 'label') return task.themeId === column.key && task.status !== 'afgerond';
  return false;
}

/**
 * The column's count: the tasks of the shown sprint, whatever the filter bar narrows the board
 * to — like Jira, whose quick filters do not change a column's count against its limit.
 */
export function wipCount(
  tasks: ReadonlyArray<Pick<Task, 'status' | 'themeId'>>,
  column: WipColumn,
): number {
  let n = 0;
  for (const task of tasks) if (counts(task, column)) n += 1;
  return n;
}

/** `full` is exactly at the limit; `over` above it; `none` without a limit. */
export type WipState = 'none' | 'under' | 'full' | 'over';

export function wipState(count: number, limit: number | null): WipState {
  if (limit === null) return 'none';
  if (count > limit) return 'over';
  return count === limit ? 'full' : 'under';
}

export interface WipWarning {
  column: WipColumn;
  count: number;
  limit: number;
}

export interface DropWipInput {
  /** The shown sprint: a card that leaves it (to the backlog) enters none of its columns. */
  sprintId: string | null;
  /** The shown sprint's tasks, unfiltered, as they were before the drop. */
  tasks: readonly Task[];
  task: Task;
  /** The drop's change to the task (planMove's patch). */
  patch: Partial<Task>;
  /** The sides the card was dropped in: the column, and the lane with swimlanes. */
  sides: readonly WipColumn[];
  limits: WipLimitSource;
}

/**
 * The limits a drop goes over: a soft limit lets the drop through, and the board says so. Only
 * a column the card newly enters is told about; reordering within a full column says nothing.
 */
export function dropWipWarnings(input: DropWipInput): WipWarning[] {
  const { task, patch, sides, limits } = input;
  const after = { ...task, ...patch };
  if (after.sprintId !== input.sprintId) return [];
  const others = input.tasks.filter((t) => t.id !== task.id);
  const warnings: WipWarning[] = [];
  for (const column of sides) {
    const limit = wipLimitOf(column, limits);
    if (limit === null || !counts(after, column)) continue;
    const wasIn = input.tasks.some((t) => t.id === task.id) && counts(task, column);
    if (wasIn) continue;
    const count = wipCount(others, column) + 1;
    if (count > limit) warnings.push({ column, count, limit });
  }
  return warnings;
}
