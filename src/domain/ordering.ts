/** Ranks are numbers; a task placed between two others takes the midpoint. */
export const RANK_STEP = 1024;

export function rankBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return RANK_STEP;
  if (before === undefined) return (after as number) - RANK_STEP;
  if (after === undefined) return before + RANK_STEP;
  return (before + after) / 2;
}

/** True when two neighbours are so close that halving no longer gives a distinct number. */
export function needsRebalance(before: number | undefined, after: number | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  const mid = (before + after) / 2;
  return !(mid > before && mid < after) || after - before < 1e-9;
}

/** Fresh evenly spaced ranks for a column, in its current order. */
export function rebalance(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i + 1) * RANK_STEP);
}

export function byRank<T extends { rank: number; title: string }>(a: T, b: T): number {
  return a.rank - b.rank || a.title.localeCompare(b.title, 'nl');
}
