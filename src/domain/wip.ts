// Soft WIP limits (as in Jira): a column of the board grouped by status or by label may have a
// limit. Going over it is allowed; the board and the sprint report say so.
import type { GroupBy } from './group';
import type { TaskState } from './timeline';
import {
  isStatus,
  STATUSES,
  type IsoDate,
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

export type WipLimitProblem = 'not-whole' | 'too-small' | 'too-big';

export type ParsedWipLimit =
  { ok: true; limit: number | null } | { ok: false; problem: WipLimitProblem };

/** What the user typed in a limit field: empty is "no limit", otherwise a whole number 1–999. */
export function parseWipLimit(text: string): ParsedWipLimit {
  const clean = text.trim();
  if (clean === '') return { ok: true, limit: null };
  if (!/^[+-]?\d+$/.test(clean)) return { ok: false, problem: 'not-whole' };
  const value = Number(clean);
  if (value < 1) return { ok: false, problem: 'too-small' };
  if (value > WIP_LIMIT_MAX) return { ok: false, problem: 'too-big' };
  return { ok: true, limit: value };
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

// ---------- the sprint report: which columns went over, and for how many days ----------

export interface WipOverRow {
  column: WipColumn;
  limit: number;
  /** Days of the sprint (up to the report's day) that ended with the column over its limit. */
  days: number;
  /** The highest count at the end of a day. */
  peak: number;
}

export interface WipOverInput {
  sprintId: string;
  /** The report's days (burnUpDays). */
  days: readonly IsoDate[];
  /** Each task's state at the end of a day, from its history. */
  states: ReadonlyArray<(day: IsoDate) => TaskState>;
  /** The columns with a limit, in board order. */
  columns: ReadonlyArray<{ column: WipColumn; limit: number }>;
}

/**
 * Per limited column, the days it ended over its limit. The limits are today's: a limit's own
 * changes are not in the history, so an earlier day is measured against the current limit.
 * Columns never over are left out.
 */
export function wipOverDays(input: WipOverInput): WipOverRow[] {
  const rows = input.columns.map(({ column, limit }) => ({ column, limit, days: 0, peak: 0 }));
  if (rows.length === 0) return [];
  for (const day of input.days) {
    const inSprint: Array<Pick<Task, 'status' | 'themeId'>> = [];
    for (const stateAt of input.states) {
      const s = stateAt(day);
      if (!s.exists || s.sprintId !== input.sprintId || !s.status || s.themeId === undefined)
        continue;
      inSprint.push({ status: s.status, themeId: s.themeId });
    }
    for (const row of rows) {
      const count = wipCount(inSprint, row.column);
      if (count > row.limit) {
        row.days += 1;
        row.peak = Math.max(row.peak, count);
      }
    }
  }
  return rows.filter((r) => r.days > 0);
}

/** Every limited column of the plan: the status columns in order, then the themes in order. */
export function limitedColumns(
  source: WipLimitSource & { themes: ReadonlyArray<Pick<Theme, 'id' | 'wipLimit' | 'order'>> },
): Array<{ column: WipColumn; limit: number }> {
  const out: Array<{ column: WipColumn; limit: number }> = [];
  for (const s of STATUSES) {
    const column = { groupBy: 'status' as const, key: s };
    const limit = wipLimitOf(column, source);
    if (limit !== null) out.push({ column, limit });
  }
  for (const theme of [...source.themes].sort((a, b) => a.order - b.order)) {
    const column = { groupBy: 'label' as const, key: theme.id };
    const limit = wipLimitOf(column, source);
    if (limit !== null) out.push({ column, limit });
  }
  return out;
}
