import { describe, expect, it } from 'vitest';
import { actionsOfTheme, compareActions, orderedActions } from '../../src/domain/actionOrder';
import { anAction, aTheme } from '../builders';

describe('compareActions', () => {
  it.each<[string, { order: number; title: string }, { order: number; title: string }, number]>([
    ['the lower order first', { order: 1, title: 'Z' }, { order: 2, title: 'A' }, -1],
    ['the higher order last', { order: 3, title: 'A' }, { order: 2, title: 'Z' }, 1],
    ['on a tie, by title', { order: 1, title: 'Beta' }, { order: 1, title: 'Alfa' }, 1],
    [
      'on a tie, Dutch collation ignores case',
      { order: 1, title: 'alfa' },
      { order: 1, title: 'Beta' },
      -1,
    ],
    ['the same order and title', { order: 1, title: 'A' }, { order: 1, title: 'A' }, 0],
  ])('%s', (_name, a, b, sign) => {
    expect(Math.sign(compareActions(a, b))).toBe(sign);
  });
});

describe('actionsOfTheme', () => {
  it('lists the theme’s actions only, in their order, by title on a tie', () => {
    const actions = [
      anAction({ id: 'c', themeId: 'T1', order: 2, title: 'C' }),
      anAction({ id: 'x', themeId: 'T2', order: 1, title: 'X' }),
      anAction({ id: 'b', themeId: 'T1', order: 1, title: 'B' }),
      anAction({ id: 'a', themeId: 'T1', order: 1, title: 'A' }),
    ];
    expect(actionsOfTheme('T1', actions).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('orderedActions', () => {
  const themes = [aTheme({ id: 'T2', order: 2 }), aTheme({ id: 'T1', order: 1 })];
  it.each<[string, ReturnType<typeof anAction>[], string[]]>([
    [
      'theme order first, then action order inside a theme',
      [
        anAction({ id: 't2-1', themeId: 'T2', order: 1 }),
        anAction({ id: 't1-2', themeId: 'T1', order: 2 }),
        anAction({ id: 't1-1', themeId: 'T1', order: 1 }),
      ],
      ['t1-1', 't1-2', 't2-1'],
    ],
    [
      'actions of an unknown theme come last, in their order',
      [
        anAction({ id: 'lost-2', themeId: 'T9', order: 2 }),
        anAction({ id: 'lost-1', themeId: 'T8', order: 1 }),
        anAction({ id: 't2-1', themeId: 'T2', order: 1 }),
      ],
      ['t2-1', 'lost-1', 'lost-2'],
    ],
    [
      'on a tie inside a theme, by title',
      [
        anAction({ id: 'b', themeId: 'T1', order: 1, title: 'Beta' }),
        anAction({ id: 'a', themeId: 'T1', order: 1, title: 'Alfa' }),
      ],
      ['a', 'b'],
    ],
    ['no actions', [], []],
  ])('%s', (_name, actions, expected) => {
    expect(orderedActions(themes, actions).map((a) => a.id)).toEqual(expected);
  });
});
