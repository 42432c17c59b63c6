// The sprint report's "WIP-limieten overschreden": which columns went over, and for how many
// days. Apart from domain/wip.ts so that it loads with the report, not with the board.
import type { TaskState } from './timeline';
import { STATUSES, type IsoDate, type Task, type Theme } from './types';
import { wipCount, wipLimitOf, type WipColumn, type WipLimitSource } from './wip';

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
