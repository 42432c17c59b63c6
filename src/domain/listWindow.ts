// A long list shown a page at a time: a roadmap cell or an action can hold thousands of tasks.

export interface ListWindow<T> {
  shown: T[];
  /** How many of the list are not shown. */
  hidden: number;
}

/**
 * The part of a long list that is put on screen: the first `limit` items, and the `pinned` one
 * (a task just moved or added) wherever it stands, so it can be seen and focused. Keeps the DOM
 * small when a cell or an action holds thousands of tasks.
 */
export function listWindow<T extends { id: string }>(
  items: readonly T[],
  limit: number,
  pinned: string | null = null,
): ListWindow<T> {
  const max = Math.max(0, Math.floor(limit));
  if (items.length <= max) return { shown: [...items], hidden: 0 };
  const shown = items.slice(0, max);
  const extra = pinned === null ? undefined : items.slice(max).find((x) => x.id === pinned);
  if (extra) shown.push(extra);
  return { shown, hidden: items.length - shown.length };
}
