import { describe, expect, it } from 'vitest';
import { columnsFor, groupTasks, type GroupBy } from '../../src/domain/group';
import { stepColumn, wallColumns, wallPrintType } from '../../src/domain/wall';
import { aPerson, aTask, aTheme } from '../builders';

const THEMES = [
  aTheme({ id: 'th-a', name: 'Strategie', color: '#111111', order: 1 }),
  aTheme({ id: 'th-b', name: 'Betrouwbare AI', color: '#222222', order: 2 }),
  aTheme({ id: 'th-c', name: 'Leeg thema', color: '#333333', order: 3 }),
];
const PEOPLE = [aPerson({ id: 'p1', name: 'Ann' }), aPerson({ id: 'p2', name: 'Bram' })];
const CTX = { themes: THEMES, actions: [], people: PEOPLE, today: '2025-05-20' };

const TASKS = [
  aTask({ id: 't1', themeId: 'th-a', title: 'Eerste', rank: 1, assigneeIds: ['p2', 'p1'] }),
  aTask({
    id: 't2',
    themeId: 'th-a',
    title: 'Vast',
    rank: 2,
    status: 'geblokkeerd',
    blockedReason: '  Wacht op juridische dienst ',
    assigneeIds: ['p1', 'weg'],
  }),
  aTask({ id: 't3', themeId: 'th-a', title: 'Klaar', status: 'afgerond', rank: 0 }),
  aTask({ id: 't4', themeId: 'th-b', title: 'Zonder reden', status: 'geblokkeerd' }),
];

const heads = (groupBy: GroupBy) =>
  columnsFor(groupBy, CTX).map((c) => ({ key: c.key, title: c.title ?? c.key, color: c.color }));

describe('wallColumns', () => {
  it('shows one column per theme, empty ones too, open cards by rank then the done ones', () => {
    const cols = wallColumns(heads('label'), null, groupTasks(TASKS, 'label', null, CTX), PEOPLE);
    expect(cols.map((c) => [c.title, c.count])).toEqual([
      ['Strategie', 3],
      ['Betrouwbare AI', 1],
      ['Leeg thema', 0],
    ]);
    expect(cols[0]?.groups).toEqual([
      {
        lane: null,
        cards: [
          {
            id: 't1',
            title: 'Eerste',
            status: 'gepland',
            people: ['Bram', 'Ann'],
            blockedReason: null,
          },
          {
            id: 't2',
            title: 'Vast',
            status: 'geblokkeerd',
            people: ['Ann'],
            blockedReason: 'Wacht op juridische dienst',
          },
          { id: 't3', title: 'Klaar', status: 'afgerond', people: [], blockedReason: null },
        ],
      },
    ]);
  });

  it.each<[string, string, string | null]>([
    ['a blocked task without a reason has an empty reason', 't4', ''],
    ['a task that is not blocked has no reason', 't1', null],
  ])('%s', (_, id, reason) => {
    const cols = wallColumns(heads('label'), null, groupTasks(TASKS, 'label', null, CTX), PEOPLE);
    const card = cols.flatMap((c) => c.groups.flatMap((g) => g.cards)).find((x) => x.id === id);
    expect(card?.blockedReason).toBe(reason);
  });

  it('never caps a column: all 120 cards of a full column are there', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      aTask({ id: `m${i}`, themeId: 'th-a', rank: i }),
    );
    const cols = wallColumns(heads('label'), null, groupTasks(many, 'label', null, CTX), PEOPLE);
    expect(cols[0]?.groups[0]?.cards).toHaveLength(120);
  });

  it('with swimlanes: a group per lane that has cards in the column, in lane order', () => {
    const cols = wallColumns(
      heads('label'),
      heads('assignee'),
      groupTasks(TASKS, 'label', 'assignee', CTX),
      PEOPLE,
    );
    expect(cols[0]?.groups.map((g) => [g.lane, g.cards.map((c) => c.id)])).toEqual([
      ['Ann', ['t1', 't2']],
      ['Bram', ['t1']],
      ['none', ['t3']],
    ]);
    expect(cols[0]?.count).toBe(4);
    expect(cols[2]?.groups).toEqual([]);
  });

  it('follows the grouping: by status the columns are the statuses', () => {
    const cols = wallColumns(heads('status'), null, groupTasks(TASKS, 'status', null, CTX), PEOPLE);
    expect(cols.map((c) => [c.key, c.count])).toEqual([
      ['backlog', 0],
      ['gepland', 1],
      ['in-uitvoering', 0],
      ['geblokkeerd', 2],
      ['afgerond', 1],
    ]);
  });
});

describe('stepColumn', () => {
  it.each<[string, number, -1 | 1, number, number]>([
    ['right moves to the next column', 0, 1, 6, 1],
    ['left moves to the previous column', 3, -1, 6, 2],
    ['right on the last column stays there', 5, 1, 6, 5],
    ['left on the first column stays there', 0, -1, 6, 0],
    ['no columns: the first', 0, 1, 0, 0],
  ])('%s', (_, current, step, count, expected) => {
    expect(stepColumn(current, step, count)).toBe(expected);
  });
});

describe('wallPrintType', () => {
  it.each<[string, number, { title: number; meta: number; heading: number }]>([
    ['four columns or fewer: the largest type', 4, { title: 20, meta: 15, heading: 23 }],
    ['the six themes of the demo: 16 pt titles', 6, { title: 16, meta: 12, heading: 18 }],
    ['eight columns: smaller', 8, { title: 13, meta: 10, heading: 15 }],
    ['many columns (by person): the smallest', 14, { title: 11, meta: 8, heading: 12 }],
  ])('%s', (_, count, expected) => {
    expect(wallPrintType(count)).toEqual(expected);
  });
});
