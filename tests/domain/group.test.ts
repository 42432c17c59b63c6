import { describe, expect, it } from 'vitest';
import {
  NONE,
  cellId,
  columnKeysOf,
  columnsFor,
  dueBucket,
  groupTasks,
  parseCellId,
  statusCounts,
  type Cell,
  type GroupBy,
  type GroupContext,
} from '../../src/domain/group';
import type { Task } from '../../src/domain/types';
import { aPerson, aTask, aTheme, anAction } from '../builders';

// Tuesday 20 May 2025: the ISO week runs Monday 19 to Sunday 25 May.
const TODAY = '2025-05-20';

const ctx: GroupContext = {
  // Given in the plan's order; the board shows them in that order.
  themes: [
    aTheme({ id: 'strategie', name: 'Strategie', color: '#111111', order: 1 }),
    aTheme({ id: 'betrouwbaar', name: 'Betrouwbare AI', color: '#222222', order: 2 }),
  ],
  // Deliberately out of order: columns sort by theme order, then action order.
  actions: [
    anAction({ id: 'rol', themeId: 'betrouwbaar', title: 'Rol CAICO', order: 1 }),
    anAction({ id: 'enquete', themeId: 'strategie', title: 'Enquête', order: 2 }),
    anAction({ id: 'visie', themeId: 'strategie', title: 'Visie', order: 1 }),
  ],
  people: [
    aPerson({ id: 'ann', name: 'Ann', color: '#333333' }),
    aPerson({ id: 'bo', name: 'Bo', color: '#444444' }),
  ],
  today: TODAY,
};

const tasks: Task[] = [
  aTask({
    id: 't1',
    title: 'Visie schrijven',
    themeId: 'strategie',
    actionId: 'visie',
    status: 'gepland',
    assigneeIds: ['ann'],
    dueDate: '2025-05-19',
    phase: 'verkennen',
    rank: 1,
  }),
  aTask({
    id: 't2',
    title: 'Beleid publiceren',
    themeId: 'betrouwbaar',
    actionId: null,
    status: 'afgerond',
    completedAt: '2025-05-15T10:00:00.000Z',
    assigneeIds: ['ann', 'bo'],
    dueDate: null,
    phase: null,
    rank: 2,
  }),
  aTask({
    id: 't3',
    title: 'Enquête uitsturen',
    themeId: 'strategie',
    actionId: 'enquete',
    status: 'in-uitvoering',
    assigneeIds: [],
    dueDate: '2025-05-30',
    phase: 'investeren',
    rank: 3,
  }),
  aTask({
    id: 't4',
    title: 'Rol CAICO uitwerken',
    themeId: 'betrouwbaar',
    actionId: 'rol',
    status: 'geblokkeerd',
    // A person who has since been removed from the plan.
    assigneeIds: ['weg'],
    dueDate: '2025-05-22',
    phase: 'inspireren',
    rank: 0,
  }),
];

/** Cell id → the task ids a user sees there, open ones first, then the folded finished ones. */
function seen(cells: Map<string, Cell>): Record<string, string[]> {
  return Object.fromEntries(
    [...cells].map(([id, cell]) => [id, [...cell.open, ...cell.done].map((t) => t.id)]),
  );
}

describe('columnsFor', () => {
  it.each<[GroupBy, [string, string | null, string | null, boolean][]]>([
    [
      'label',
      [
        ['strategie', 'Strategie', '#111111', true],
        ['betrouwbaar', 'Betrouwbare AI', '#222222', true],
      ],
    ],
    [
      'status',
      [
        ['backlog', null, null, true],
        ['gepland', null, null, true],
        ['in-uitvoering', null, null, true],
        ['geblokkeerd', null, null, true],
        ['afgerond', null, null, true],
      ],
    ],
    [
      'action',
      [
        ['visie', 'Visie', '#111111', true],
        ['enquete', 'Enquête', '#111111', true],
        ['rol', 'Rol CAICO', '#222222', true],
        [NONE, null, null, true],
      ],
    ],
    [
      'assignee',
      [
        ['ann', 'Ann', '#333333', true],
        ['bo', 'Bo', '#444444', true],
        [NONE, null, null, true],
      ],
    ],
    [
      'due',
      [
        ['te-laat', null, null, false],
        ['deze-week', null, null, false],
        ['later', null, null, false],
        ['geen-datum', null, null, false],
      ],
    ],
    [
      'phase',
      [
        ['inspireren', null, null, true],
        ['verkennen', null, null, true],
        ['experimenteren', null, null, true],
        ['investeren', null, null, true],
        [NONE, null, null, true],
      ],
    ],
  ])('grouped by %s: key, title, colour and droppable of each column in order', (groupBy, want) => {
    expect(columnsFor(groupBy, ctx).map((c) => [c.key, c.title, c.color, c.droppable])).toEqual(
      want,
    );
    expect(columnsFor(groupBy, ctx).every((c) => c.groupBy === groupBy)).toBe(true);
  });
});

describe('dueBucket', () => {
  it.each<[string, string, Partial<Task>, string]>([
    ['no due date', TODAY, { dueDate: null }, 'geen-datum'],
    ['an open task due yesterday is late', TODAY, { dueDate: '2025-05-19' }, 'te-laat'],
    ['an open task due today is this week', TODAY, { dueDate: TODAY }, 'deze-week'],
    ['due on Sunday, the end of the ISO week', TODAY, { dueDate: '2025-05-25' }, 'deze-week'],
    ['due on the next Monday is later', TODAY, { dueDate: '2025-05-26' }, 'later'],
    ['on a Sunday the week ends that day', '2025-05-25', { dueDate: '2025-05-26' }, 'later'],
    ['on a Monday the week runs to Sunday', '2025-05-19', { dueDate: '2025-05-25' }, 'deze-week'],
    [
      'a finished task past its date is not late',
      TODAY,
      { dueDate: '2025-05-19', status: 'afgerond' },
      'deze-week',
    ],
    [
      'a blocked task past its date is late',
      TODAY,
      { dueDate: '2025-05-01', status: 'geblokkeerd' },
      'te-laat',
    ],
  ])('%s', (_case, today, fields, want) => {
    expect(dueBucket(aTask(fields), today)).toBe(want);
  });
});

describe('columnKeysOf', () => {
  const t2 = tasks[1]!;
  it.each<[GroupBy, string[]]>([
    ['label', ['betrouwbaar']],
    ['status', ['afgerond']],
    ['action', [NONE]],
    ['assignee', ['ann', 'bo']],
    ['due', ['geen-datum']],
    ['phase', [NONE]],
  ])('grouped by %s, a task stands in %j', (groupBy, want) => {
    expect(columnKeysOf(t2, groupBy, ctx)).toEqual(want);
  });

  it('a task nobody is assigned to stands in the "none" column', () => {
    expect(columnKeysOf(aTask({ assigneeIds: [] }), 'assignee', ctx)).toEqual([NONE]);
  });
});

describe('groupTasks', () => {
  it.each<[GroupBy, Record<string, string[]>]>([
    [
      'label',
      {
        [cellId(null, 'strategie')]: ['t1', 't3'],
        [cellId(null, 'betrouwbaar')]: ['t4', 't2'],
      },
    ],
    [
      'status',
      {
        [cellId(null, 'gepland')]: ['t1'],
        [cellId(null, 'afgerond')]: ['t2'],
        [cellId(null, 'in-uitvoering')]: ['t3'],
        [cellId(null, 'geblokkeerd')]: ['t4'],
      },
    ],
    [
      'action',
      {
        [cellId(null, 'visie')]: ['t1'],
        [cellId(null, NONE)]: ['t2'],
        [cellId(null, 'enquete')]: ['t3'],
        [cellId(null, 'rol')]: ['t4'],
      },
    ],
    [
      // A task shows under each of its people; one whose person was removed lands in "none".
      'assignee',
      {
        [cellId(null, 'ann')]: ['t1', 't2'],
        [cellId(null, 'bo')]: ['t2'],
        [cellId(null, NONE)]: ['t4', 't3'],
      },
    ],
    [
      'due',
      {
        [cellId(null, 'te-laat')]: ['t1'],
        [cellId(null, 'geen-datum')]: ['t2'],
        [cellId(null, 'later')]: ['t3'],
        [cellId(null, 'deze-week')]: ['t4'],
      },
    ],
    [
      'phase',
      {
        [cellId(null, 'verkennen')]: ['t1'],
        [cellId(null, NONE)]: ['t2'],
        [cellId(null, 'investeren')]: ['t3'],
        [cellId(null, 'inspireren')]: ['t4'],
      },
    ],
  ])('grouped by %s without swimlanes: the tasks in each column', (groupBy, want) => {
    expect(seen(groupTasks(tasks, groupBy, null, ctx))).toEqual(want);
  });

  it.each<[GroupBy, GroupBy, Record<string, string[]>]>([
    [
      'status',
      'label',
      {
        [cellId('strategie', 'gepland')]: ['t1'],
        [cellId('betrouwbaar', 'afgerond')]: ['t2'],
        [cellId('strategie', 'in-uitvoering')]: ['t3'],
        [cellId('betrouwbaar', 'geblokkeerd')]: ['t4'],
      },
    ],
    [
      'label',
      'assignee',
      {
        [cellId('ann', 'strategie')]: ['t1'],
        [cellId('ann', 'betrouwbaar')]: ['t2'],
        [cellId('bo', 'betrouwbaar')]: ['t2'],
        [cellId(NONE, 'strategie')]: ['t3'],
        [cellId(NONE, 'betrouwbaar')]: ['t4'],
      },
    ],
    [
      'due',
      'phase',
      {
        [cellId('verkennen', 'te-laat')]: ['t1'],
        [cellId(NONE, 'geen-datum')]: ['t2'],
        [cellId('investeren', 'later')]: ['t3'],
        [cellId('inspireren', 'deze-week')]: ['t4'],
      },
    ],
  ])(
    'grouped by %s with swimlanes by %s: the tasks in each lane × column',
    (groupBy, laneBy, want) => {
      expect(seen(groupTasks(tasks, groupBy, laneBy, ctx))).toEqual(want);
    },
  );

  it('grouped by label, finished tasks are folded apart from the open ones', () => {
    const cell = groupTasks(tasks, 'label', null, ctx).get(cellId(null, 'betrouwbaar'))!;
    expect(cell.open.map((t) => t.id)).toEqual(['t4']);
    expect(cell.done.map((t) => t.id)).toEqual(['t2']);
  });

  it.each<[GroupBy, GroupBy | null, string[], string[]]>([
    ['label', null, ['first'], ['new', 'old']],
    ['label', 'status', ['first'], ['new', 'old']],
    ['status', null, ['first', 'new', 'old'], []],
    ['status', 'label', ['first', 'new', 'old'], []],
  ])(
    'grouped by %s (lanes %s), finished tasks open %j and folded %j in total',
    (groupBy, laneBy, open, done) => {
      const column = [
        aTask({ id: 'first', rank: 0 }),
        aTask({ id: 'old', status: 'afgerond', completedAt: '2025-05-01T08:00:00.000Z' }),
        aTask({ id: 'new', status: 'afgerond', completedAt: '2025-05-10T08:00:00.000Z' }),
      ].map((t) => ({ ...t, themeId: 'strategie' }));
      const cells = [...groupTasks(column, groupBy, laneBy, ctx).values()];
      expect(cells.flatMap((c) => c.open.map((t) => t.id))).toEqual(open);
      expect(cells.flatMap((c) => c.done.map((t) => t.id))).toEqual(done);
    },
  );

  it('open tasks follow their rank, then their title; finished ones the newest first', () => {
    const column = [
      aTask({ id: 'b', title: 'Bèta', rank: 1 }),
      aTask({ id: 'a', title: 'Alfa', rank: 1 }),
      aTask({ id: 'first', title: 'Zeta', rank: 0 }),
      aTask({ id: 'old', status: 'afgerond', completedAt: '2025-05-01T08:00:00.000Z', rank: 0 }),
      aTask({ id: 'new', status: 'afgerond', completedAt: '2025-05-10T08:00:00.000Z', rank: 9 }),
    ].map((t) => ({ ...t, themeId: 'strategie' }));
    const cell = groupTasks(column, 'label', null, ctx).get(cellId(null, 'strategie'))!;
    expect(cell.open.map((t) => t.id)).toEqual(['first', 'a', 'b']);
    expect(cell.done.map((t) => t.id)).toEqual(['new', 'old']);
  });
});

describe('cell ids', () => {
  it.each<[string | null, string, string]>([
    [null, 'gepland', '*::gepland'],
    ['strategie', 'gepland', 'strategie::gepland'],
    [NONE, 'te-laat', 'none::te-laat'],
  ])('lane %s and column %s make %s and back', (lane, column, id) => {
    expect(cellId(lane, column)).toBe(id);
    expect(parseCellId(id)).toEqual({ laneKey: lane, columnKey: column });
  });
});

describe('statusCounts', () => {
  it('counts the tasks per status, zero for a status without tasks', () => {
    expect(statusCounts(tasks)).toEqual({
      backlog: 0,
      gepland: 1,
      'in-uitvoering': 1,
      geblokkeerd: 1,
      afgerond: 1,
    });
  });
});
