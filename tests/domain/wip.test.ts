import { describe, expect, it } from 'vitest';
import { buildSprintReport } from '../../src/domain/report';
import type { HistoryEntry, Plan, Status } from '../../src/domain/types';
import { parseWipLimit } from '../../src/domain/wipInput';
import { limitedColumns } from '../../src/domain/wipReport';
import {
  dropWipWarnings,
  isWipLimits,
  wipCount,
  wipLimitOf,
  wipState,
  withStatusLimit,
  type WipColumn,
} from '../../src/domain/wip';
import { aSprint, aTask, aTheme } from '../builders';

const plan: Plan = {
  id: 'plan-1',
  name: 'Jaarplan AI 2025',
  year: 2025,
  sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  wipLimits: { 'in-uitvoering': 2 },
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
};
const themes = [aTheme({ id: 'th-a', wipLimit: 1 }), aTheme({ id: 'th-b', order: 2 })];
const limits = { plan, themes };
const bezig: WipColumn = { groupBy: 'status', key: 'in-uitvoering' };
const themeA: WipColumn = { groupBy: 'label', key: 'th-a' };

describe('parseWipLimit', () => {
  it.each([
    ['', { ok: true, limit: null }],
    ['  ', { ok: true, limit: null }],
    ['5', { ok: true, limit: 5 }],
    [' 12 ', { ok: true, limit: 12 }],
    ['999', { ok: true, limit: 999 }],
    ['0', { ok: false, problem: 'too-small' }],
    ['-3', { ok: false, problem: 'too-small' }],
    ['1000', { ok: false, problem: 'too-big' }],
    ['2.5', { ok: false, problem: 'not-whole' }],
    ['vijf', { ok: false, problem: 'not-whole' }],
    ['5a', { ok: false, problem: 'not-whole' }],
  ])('reads %j as %j', (text, expected) => {
    expect(parseWipLimit(text)).toEqual(expected);
  });
});

describe('isWipLimits (backup and sync check)', () => {
  it.each([
    [{}, true],
    [{ 'in-uitvoering': 5, gepland: 1 }, true],
    [{ 'in-uitvoering': 0 }, false],
    [{ 'in-uitvoering': 2.5 }, false],
    [{ 'in-uitvoering': '5' }, false],
    [{ bezig: 5 }, false],
    [[5], false],
    [null, false],
  ])('%j is valid: %s', (value, expected) => {
    expect(isWipLimits(value)).toBe(expected);
  });
});

describe('wipLimitOf', () => {
  it.each([
    [bezig, 2],
    [{ groupBy: 'status', key: 'gepland' }, null],
    [themeA, 1],
    [{ groupBy: 'label', key: 'th-b' }, null],
    [{ groupBy: 'assignee', key: 'th-a' }, null],
  ] as Array<[WipColumn, number | null]>)('%j has limit %s', (column, expected) => {
    expect(wipLimitOf(column, limits)).toBe(expected);
  });
});

describe('withStatusLimit', () => {
  it('sets one status and keeps the others', () => {
    expect(withStatusLimit({ gepland: 3 }, 'in-uitvoering', 5)).toEqual({
      gepland: 3,
      'in-uitvoering': 5,
    });
  });
  it('removes a status limit with null', () => {
    expect(withStatusLimit({ gepland: 3, 'in-uitvoering': 5 }, 'gepland', null)).toEqual({
      'in-uitvoering': 5,
    });
  });
});

describe('wipCount and wipState', () => {
  const tasks = [
    aTask({ id: 't1', status: 'in-uitvoering', themeId: 'th-a' }),
    aTask({ id: 't2', status: 'in-uitvoering', themeId: 'th-b' }),
    aTask({ id: 't3', status: 'afgerond', themeId: 'th-a' }),
    aTask({ id: 't4', status: 'gepland', themeId: 'th-a' }),
  ];
  it.each([
    [bezig, 2],
    [{ groupBy: 'status', key: 'afgerond' }, 1],
    // A theme column counts its unfinished tasks only.
    [themeA, 2],
  ] as Array<[WipColumn, number]>)('%j counts %i', (column, expected) => {
    expect(wipCount(tasks, column)).toBe(expected);
  });
  it.each([
    [3, null, 'none'],
    [2, 5, 'under'],
    [5, 5, 'full'],
    [6, 5, 'over'],
    [0, 1, 'under'],
  ] as const)('%i with limit %s is %s', (count, limit, expected) => {
    expect(wipState(count, limit)).toBe(expected);
  });
});

describe('dropWipWarnings', () => {
  const inSprint4 = { sprintId: 'sprint-4' };
  const sprintTasks = [
    aTask({ id: 't1', status: 'in-uitvoering', themeId: 'th-a', ...inSprint4 }),
    aTask({ id: 't2', status: 'in-uitvoering', themeId: 'th-b', ...inSprint4 }),
    aTask({ id: 't3', status: 'gepland', themeId: 'th-b', ...inSprint4 }),
  ];
  const moved = sprintTasks[2]!;
  it.each([
    [
      'into a full status column',
      { status: 'in-uitvoering' as Status },
      [bezig],
      [{ column: bezig, count: 3, limit: 2 }],
    ],
    [
      'into a column without a limit',
      { status: 'geblokkeerd' as Status },
      [{ groupBy: 'status', key: 'geblokkeerd' }],
      [],
    ],
    [
      'into a full theme column',
      { themeId: 'th-a' },
      [themeA],
      [{ column: themeA, count: 2, limit: 1 }],
    ],
    ['within the column it was in', {}, [{ groupBy: 'label', key: 'th-b' }], []],
  ] as Array<[string, object, WipColumn[], unknown[]]>)('%s', (_name, patch, sides, expected) => {
    expect(
      dropWipWarnings({
        sprintId: 'sprint-4',
        tasks: sprintTasks,
        task: moved,
        patch,
        sides,
        limits,
      }),
    ).toEqual(expected);
  });
  it('says nothing when the column still fits after the drop', () => {
    const few = sprintTasks.filter((t) => t.id !== 't2');
    expect(
      dropWipWarnings({
        sprintId: 'sprint-4',
        tasks: few,
        task: moved,
        patch: { status: 'in-uitvoering' },
        sides: [bezig],
        limits,
      }),
    ).toEqual([]);
  });
  it('warns when a backlog task is pulled into a full column of the sprint', () => {
    const fromBacklog = aTask({ id: 'b1', status: 'backlog', sprintId: null, themeId: 'th-b' });
    expect(
      dropWipWarnings({
        sprintId: 'sprint-4',
        tasks: sprintTasks,
        task: fromBacklog,
        patch: { status: 'in-uitvoering', sprintId: 'sprint-4' },
        sides: [bezig],
        limits,
      }),
    ).toEqual([{ column: bezig, count: 3, limit: 2 }]);
  });
  it('says nothing when the card leaves the sprint for the backlog, whatever its status', () => {
    const limited = { ...limits, plan: { wipLimits: { backlog: 1 } } };
    expect(
      dropWipWarnings({
        sprintId: 'sprint-4',
        tasks: [...sprintTasks, aTask({ id: 'b0', status: 'backlog', sprintId: 'sprint-4' })],
        task: moved,
        patch: { status: 'backlog', sprintId: null },
        sides: [{ groupBy: 'status', key: 'backlog' }],
        limits: limited,
      }),
    ).toEqual([]);
  });
  it('a drop in a theme column by swimlane of status warns for both', () => {
    expect(
      dropWipWarnings({
        sprintId: 'sprint-4',
        tasks: sprintTasks,
        task: moved,
        patch: { status: 'in-uitvoering', themeId: 'th-a' },
        sides: [themeA, bezig],
        limits,
      }).map((w) => w.column.key),
    ).toEqual(['th-a', 'in-uitvoering']);
  });
});

describe('limitedColumns', () => {
  it('lists the status limits in status order, then the themes in their order', () => {
    expect(
      limitedColumns({
        plan: { wipLimits: { afgerond: 9, gepland: 4 } },
        themes: [
          aTheme({ id: 'x', order: 2, wipLimit: 3 }),
          aTheme({ id: 'y', order: 1, wipLimit: null }),
        ],
      }),
    ).toEqual([
      { column: { groupBy: 'status', key: 'gepland' }, limit: 4 },
      { column: { groupBy: 'status', key: 'afgerond' }, limit: 9 },
      { column: { groupBy: 'label', key: 'x' }, limit: 3 },
    ]);
  });
});

describe('the sprint report: columns over their WIP limit and for how many days', () => {
  // Sprint 4 runs from Monday 28 April; the report is made on Friday 2 May (5 days).
  const sprint = aSprint();
  const created = '2025-04-20T08:00:00.000Z';
  const line = (
    taskId: string,
    at: string,
    field: HistoryEntry['field'],
    from: string | null,
    to: string | null,
  ): HistoryEntry => ({
    id: `${taskId}-${at}-${field}`,
    planId: 'plan-1',
    taskId,
    at,
    field,
    from,
    to,
  });
  const inSprint = (id: string, status: Status, themeId: string) =>
    aTask({ id, status, themeId, sprintId: 'sprint-4', createdAt: created });
  const report = (tasks: ReturnType<typeof inSprint>[], history: HistoryEntry[], p: Plan = plan) =>
    buildSprintReport({
      plan: p,
      sprint,
      themes,
      actions: [],
      people: [],
      sprints: [sprint],
      tasks,
      history,
      today: '2025-05-02',
    }).wip;

  it('counts the days a status column ended over its limit, from the status changes', () => {
    // Three in progress from Tuesday 29 April to Thursday 1 May; one done on Friday 2 May.
    const tasks = [
      inSprint('t1', 'in-uitvoering', 'th-b'),
      inSprint('t2', 'in-uitvoering', 'th-b'),
      inSprint('t3', 'afgerond', 'th-b'),
    ];
    const history = [
      line('t1', '2025-04-28T09:00:00.000Z', 'status', 'gepland', 'in-uitvoering'),
      line('t2', '2025-04-28T09:00:00.000Z', 'status', 'gepland', 'in-uitvoering'),
      line('t3', '2025-04-29T09:00:00.000Z', 'status', 'gepland', 'in-uitvoering'),
      line('t3', '2025-05-02T09:00:00.000Z', 'status', 'in-uitvoering', 'afgerond'),
    ];
    expect(report(tasks, history)).toEqual({
      limited: 2,
      over: [{ kind: 'status', key: 'in-uitvoering', name: '', limit: 2, days: 3, peak: 3 }],
    });
  });

  it('counts the days a theme column ended over its limit, from the theme changes', () => {
    // t2 moves into theme A on Wednesday 30 April: two open tasks against a limit of 1.
    const tasks = [inSprint('t1', 'gepland', 'th-a'), inSprint('t2', 'gepland', 'th-a')];
    const history = [line('t2', '2025-04-30T10:00:00.000Z', 'themeId', 'th-b', 'th-a')];
    expect(report(tasks, history).over).toEqual([
      {
        kind: 'theme',
        key: 'th-a',
        name: 'Strategie en doelstellingen',
        limit: 1,
        days: 3,
        peak: 2,
      },
    ]);
  });

  it('lists nothing when no column went over', () => {
    const tasks = [inSprint('t1', 'in-uitvoering', 'th-b')];
    expect(report(tasks, [])).toEqual({ limited: 2, over: [] });
  });

  it('says no column is limited when the plan has no limits', () => {
    const tasks = [inSprint('t1', 'in-uitvoering', 'th-b')];
    const none = buildSprintReport({
      plan: { ...plan, wipLimits: {} },
      sprint,
      themes: [aTheme()],
      actions: [],
      people: [],
      sprints: [sprint],
      tasks,
      history: [],
      today: '2025-05-02',
    }).wip;
    expect(none).toEqual({ limited: 0, over: [] });
  });
});
