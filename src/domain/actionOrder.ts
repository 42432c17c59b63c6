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
 * An action whose theme is not given has no place in that order and is left out.
 */
export function orderedActions<A extends Ordered & Pick<Action, 'themeId'>>(
  themes: readonly Pick<Theme, 'id' | 'order'>[],
  actions: readonly A[],
): A[] {
  return [...themes]
    .sort((a, b) => a.order - b.order)
    .flatMap((theme) => actionsOfTheme(theme.id, actions));
}
