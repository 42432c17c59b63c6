/** Below this width (CSS px) the board shows one column at a time. */
export const PHONE_MAX_WIDTH = 599;

/** A finger must travel this far sideways (CSS px) before a swipe changes the column. */
export const SWIPE_MIN_DISTANCE = 50;

/**
 * What a finger's movement from touch start to touch end means on the phone board: the next
 * column (swiped to the left), the previous one (to the right), or nothing — too short, or more
 * up and down than sideways, which is the user scrolling the column.
 */
export function swipeStep(dx: number, dy: number): 1 | -1 | 0 {
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) <= Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}

/**
 * The column shown after a step from `index` among `count` columns: it stops at the first and
 * the last column (no wrapping round, so a swipe past the end visibly does nothing).
 */
export function stepColumn(index: number, count: number, step: number): number {
  if (count <= 0) return 0;
  return Math.max(0, Math.min(count - 1, index + step));
}

/**
 * The column the phone board shows: the chosen one while it exists, else the first. A grouping
 * change or a removed theme leaves an old choice without a column.
 */
export function shownColumnIndex(keys: readonly string[], chosen: string | null): number {
  const at = chosen === null ? -1 : keys.indexOf(chosen);
  return at >= 0 ? at : 0;
}
