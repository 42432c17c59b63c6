import type { Action, Theme } from './types';

type Ordered = Pick<Action, 'order' | 'title'>;

/** The order of actions inside one theme: their own order, then by title (Dutch collation) on a tie. */
export function compareActions(a: Ordered, b: Ordered): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'nl');
}

/** The actions of one theme, in their order. */
export function actionsOfTheme<A extends Ordered & Pick<Action, 'themeId'>>(
  themeId: string,
  actions: readonly A[],
): A[] {
  return actions.filter((a) => a.themeId === themeId).sort(compareActions);
}

/**
 * Every action of the plan as lists show them: theme order, then action order inside a theme.
 * Actions of a theme that is not given come last, so that a list of them never loses one.
 */
export function orderedActions<A extends Ordered & Pick<Action, 'themeId'>>(
  themes: readonly Pick<Theme, 'id' | 'order'>[],
  actions: readonly A[],
): A[] {
  const themeOrder = new Map(themes.map((t) => [t.id, t.order]));
  const rank = (a: A) => themeOrder.get(a.themeId) ?? Number.POSITIVE_INFINITY;
  return [...actions].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    // Two unknown themes are both Infinity: their difference is NaN, so they are compared directly.
    return (ra === rb ? 0 : ra - rb) || compareActions(a, b);
  });
}
