import { describe, expect, it } from 'vitest';
import { closeGroups, decideAll } from '../../src/domain/close';
import { aTask } from '../builders';

const themes = [{ id: 'strategie' }, { id: 'rollen' }, { id: 'ai' }];

describe('closeGroups', () => {
  it.each([
    {
      name: 'groups unfinished tasks by theme in the order of the themes, by rank inside',
      tasks: [
        aTask({ id: 'a', themeId: 'ai', rank: 1000, status: 'gepland' }),
        aTask({ id: 'b', themeId: 'strategie', rank: 2000, status: 'in-uitvoering' }),
        aTask({ id: 'c', themeId: 'strategie', rank: 1000, status: 'geblokkeerd' }),
      ],
      expected: [
        { themeId: 'strategie', ids: ['c', 'b'] },
        { themeId: 'ai', ids: ['a'] },
      ],
    },
    {
      name: 'leaves done tasks out, and a theme with only done work',
      tasks: [
        aTask({ id: 'a', themeId: 'rollen', status: 'afgerond' }),
        aTask({ id: 'b', themeId: 'ai', status: 'backlog' }),
      ],
      expected: [{ themeId: 'ai', ids: ['b'] }],
    },
    {
      name: 'puts tasks of a theme the plan no longer has last',
      tasks: [
        aTask({ id: 'a', themeId: 'weg', status: 'gepland' }),
        aTask({ id: 'b', themeId: 'rollen', status: 'gepland' }),
      ],
      expected: [
        { themeId: 'rollen', ids: ['b'] },
        { themeId: 'weg', ids: ['a'] },
      ],
    },
    { name: 'gives no groups for no tasks', tasks: [], expected: [] },
  ])('$name', ({ tasks, expected }) => {
    expect(
      closeGroups(tasks, themes).map((g) => ({
        themeId: g.themeId,
        ids: g.tasks.map((t) => t.id),
      })),
    ).toEqual(expected);
  });
});

describe('decideAll', () => {
  it.each([
    ['next', [{ id: 'a' }, { id: 'b' }], { a: 'next', b: 'next' }],
    ['backlog', [{ id: 'a' }], { a: 'backlog' }],
    ['keep', [], {}],
  ] as const)('gives every task the choice %s', (decision, tasks, expected) => {
    expect(decideAll(tasks, decision)).toEqual(expected);
  });
});
