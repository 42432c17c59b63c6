import { describe, expect, it } from 'vitest';
import {
  A3_LANDSCAPE,
  BACKLOG_COLUMN,
  listWindow,
  looseRowKey,
  planRoadmapMove,
  printFit,
  progressOf,
  roadmapCellKey,
  roadmapCells,
  rollupPlan,
  sprintSpanOf,
  type RoadmapMoveContext,
  type RoadmapTarget,
} from '../../src/domain/rollup';
import type { Action, Sprint, Task } from '../../src/domain/types';
import { aSprint, aTask, aTheme } from '../builders';

const TODAY = '2025-05-20';

function anAction(fields: Partial<Action> = {}): Action {
  return {
    id: 'action-1',
    planId: 'plan-1',
    themeId: 'theme-1',
    title: 'Een actie',
    description: '',
    order: 1,
    ownerId: null,
    targetSprintId: null,
    phase: null,
    updatedAt: '2025-05-01T08:00:00.000Z',
    ...fields,
  };
}

const s3 = aSprint({ id: 's3', number: 3, start: '2025-03-17', end: '2025-04-27' });
const s4 = aSprint({ id: 's4', number: 4, start: '2025-04-28', end: '2025-06-08' });
const s5 = aSprint({ id: 's5', number: 5, start: '2025-06-09', end: '2025-07-20' });
const SPRINTS = [s5, s3, s4];

describe('progressOf', () => {
  it.each<[string, Task[], ReturnType<typeof progressOf>]>([
    ['no tasks', [], { total: 0, done: 0, open: 0, blocked: 0, late: 0, percent: 0 }],
    [
      'one of three done',
      [
        aTask({ id: 'a', status: 'afgerond' }),
        aTask({ id: 'b' }),
        aTask({ id: 'c', status: 'in-uitvoering' }),
      ],
      { total: 3, done: 1, open: 2, blocked: 0, late: 0, percent: 33 },
    ],
    [
      'blocked counts as open',
      [aTask({ id: 'a', status: 'geblokkeerd' }), aTask({ id: 'b', status: 'afgerond' })],
      { total: 2, done: 1, open: 1, blocked: 1, late: 0, percent: 50 },
    ],
    [
      'late: open with a due date before today; a done task is never late',
      [
        aTask({ id: 'a', dueDate: '2025-05-19' }),
        aTask({ id: 'b', dueDate: '2025-05-20' }),
        aTask({ id: 'c', dueDate: '2025-05-01', status: 'afgerond' }),
      ],
      { total: 3, done: 1, open: 2, blocked: 0, late: 1, percent: 33 },
    ],
    [
      'all done is 100 %',
      [aTask({ id: 'a', status: 'afgerond' }), aTask({ id: 'b', status: 'afgerond' })],
      { total: 2, done: 2, open: 0, blocked: 0, late: 0, percent: 100 },
    ],
    [
      '199 of 200 is 99 %, not rounded up to 100',
      Array.from({ length: 200 }, (_, i) =>
        aTask({ id: `t${i}`, status: i === 0 ? 'gepland' : 'afgerond' }),
      ),
      { total: 200, done: 199, open: 1, blocked: 0, late: 0, percent: 99 },
    ],
  ])('%s', (_name, tasks, expected) => {
    expect(progressOf(tasks, TODAY)).toEqual(expected);
  });
});

describe('sprintSpanOf', () => {
  it.each<[string, Task[], { from: number; to: number } | null]>([
    ['nothing planned', [aTask({ sprintId: null })], null],
    ['one sprint', [aTask({ sprintId: 's4' })], { from: 4, to: 4 }],
    [
      'first and last sprint, backlog ignored',
      [aTask({ sprintId: 's5' }), aTask({ sprintId: null }), aTask({ sprintId: 's3' })],
      { from: 3, to: 5 },
    ],
    [
      'unknown sprint ignored',
      [aTask({ sprintId: 'gone' }), aTask({ sprintId: 's4' })],
      { from: 4, to: 4 },
    ],
  ])('%s', (_name, tasks, expected) => {
    expect(sprintSpanOf(tasks, SPRINTS)).toEqual(expected);
  });
});

describe('rollupPlan', () => {
  const themes = [aTheme({ id: 'T1', order: 1 }), aTheme({ id: 'T2', order: 2 })];
  const actions = [anAction({ id: 'A1', themeId: 'T1' }), anAction({ id: 'A2', themeId: 'T2' })];
  const tasks = [
    aTask({ id: '1', themeId: 'T1', actionId: 'A1', status: 'afgerond', sprintId: 's3' }),
    aTask({ id: '2', themeId: 'T1', actionId: 'A1', status: 'geblokkeerd', sprintId: 's5' }),
    aTask({ id: '3', themeId: 'T1', actionId: null, dueDate: '2025-05-01', sprintId: 's4' }),
    // Its action lives in T2: it counts for T1 only, as a task without action.
    aTask({ id: '4', themeId: 'T1', actionId: 'A2' }),
    aTask({ id: '5', themeId: 'T2', actionId: 'A2', status: 'afgerond', sprintId: 's4' }),
  ];
  const r = rollupPlan(tasks, { themes, actions, sprints: SPRINTS }, TODAY);

  it.each<[string, () => unknown, unknown]>([
    [
      'theme T1 counts all its tasks',
      () => r.byTheme.get('T1')?.progress,
      { total: 4, done: 1, open: 3, blocked: 1, late: 1, percent: 25 },
    ],
    ['theme T1 spans sprints 3–5', () => r.byTheme.get('T1')?.span, { from: 3, to: 5 }],
    ['action A1 counts its own tasks', () => r.byAction.get('A1')?.progress.total, 2],
    ['action A1 spans 3–5', () => r.byAction.get('A1')?.span, { from: 3, to: 5 }],
    [
      'action A2 ignores the T1 task pointing at it',
      () => r.byAction.get('A2')?.progress,
      { total: 1, done: 1, open: 0, blocked: 0, late: 0, percent: 100 },
    ],
    ['loose tasks of T1', () => r.looseByTheme.get('T1')?.progress.total, 2],
    [
      'an action without tasks has no span',
      () => rollupPlan([], { themes, actions, sprints: SPRINTS }, TODAY).byAction.get('A1'),
      { progress: progressOf([], TODAY), span: null },
    ],
  ])('%s', (_name, get, expected) => {
    expect(get()).toEqual(expected);
  });
});

describe('roadmapCells', () => {
  const themes = [
    aTheme({ id: 'T2', order: 2, name: 'Twee' }),
    aTheme({ id: 'T1', order: 1, name: 'Een' }),
  ];
  const actions = [
    anAction({ id: 'A2', themeId: 'T1', order: 2 }),
    anAction({ id: 'A1', themeId: 'T1', order: 1 }),
    anAction({ id: 'B1', themeId: 'T2', order: 1 }),
  ];
  const tasks = [
    aTask({ id: 'x', themeId: 'T1', actionId: 'A1', sprintId: 's4', rank: 2048, title: 'X' }),
    aTask({
      id: 'y',
      themeId: 'T1',
      actionId: 'A2',
      sprintId: 's4',
      rank: 1024,
      status: 'geblokkeerd',
      title: 'Y',
    }),
    aTask({
      id: 'z',
      themeId: 'T1',
      actionId: null,
      sprintId: null,
      status: 'backlog',
      title: 'Z',
    }),
    aTask({
      id: 'w',
      themeId: 'T2',
      actionId: 'B1',
      sprintId: 's5',
      dueDate: '2025-05-01',
      title: 'W',
    }),
    aTask({ id: 'orphan', themeId: 'gone', sprintId: 's4' }),
  ];
  const ctx = { themes, actions, today: TODAY, currentSprintId: 's4' };

  it('has the sprints in order, then the backlog; the current sprint is marked', () => {
    const grid = roadmapCells(tasks, 'themes', SPRINTS, ctx);
    expect(grid.columns.map((c) => [c.key, c.current, c.frozen])).toEqual([
      ['s3', false, false],
      ['s4', true, false],
      ['s5', false, false],
      [BACKLOG_COLUMN, false, false],
    ]);
  });

  it.each<[string, 'themes' | 'actions', string[]]>([
    ['theme rows in theme order', 'themes', ['T1', 'T2']],
    // Z has no action, so T1 gets a "without action" row; T2 has none.
    [
      'action rows in theme then action order, loose row only when used',
      'actions',
      ['A1', 'A2', looseRowKey('T1'), 'B1'],
    ],
  ])('%s', (_name, kind, keys) => {
    expect(roadmapCells(tasks, kind, SPRINTS, ctx).rows.map((r) => r.key)).toEqual(keys);
  });

  it.each<[string, 'themes' | 'actions', string, string, string[]]>([
    ['theme cell in rank order', 'themes', 'T1', 's4', ['y', 'x']],
    ['backlog column', 'themes', 'T1', BACKLOG_COLUMN, ['z']],
    ['action cell', 'actions', 'A1', 's4', ['x']],
    ['loose row cell', 'actions', looseRowKey('T1'), BACKLOG_COLUMN, ['z']],
    ['tasks of unknown themes are left out', 'themes', 'gone', 's4', []],
  ])('%s', (_name, kind, row, col, ids) => {
    const cell = roadmapCells(tasks, kind, SPRINTS, ctx).cells.get(roadmapCellKey(row, col));
    expect(cell?.tasks.map((t) => t.id) ?? []).toEqual(ids);
  });

  it('counts per cell and per column, with blocked and late markers', () => {
    const grid = roadmapCells(tasks, 'themes', SPRINTS, ctx);
    expect(grid.cells.get(roadmapCellKey('T1', 's4'))?.counts).toEqual({
      total: 2,
      done: 0,
      open: 2,
      blocked: 1,
      late: 0,
    });
    expect(grid.cells.get(roadmapCellKey('T2', 's5'))?.tasks[0]).toMatchObject({
      late: true,
      blocked: false,
      frozen: false,
    });
    expect(grid.columnCounts.get('s4')).toEqual({
      total: 2,
      done: 0,
      open: 2,
      blocked: 1,
      late: 0,
    });
    expect(grid.columnCounts.get('s3')).toEqual({
      total: 0,
      done: 0,
      open: 0,
      blocked: 0,
      late: 0,
    });
  });

  it('a closed sprint shows its snapshot, not the live tasks', () => {
    const closed: Sprint = {
      ...s3,
      closedAt: '2025-04-27T16:00:00.000Z',
      snapshot: [
        aTask({ id: 'done', themeId: 'T1', sprintId: 's3', status: 'afgerond', title: 'Klaar' }),
        // At the close it was still running; since then it moved on to sprint 4.
        aTask({
          id: 'x',
          themeId: 'T1',
          actionId: 'A1',
          sprintId: 's3',
          status: 'in-uitvoering',
          title: 'X',
        }),
      ],
    };
    const live = [
      ...tasks,
      aTask({ id: 'later', themeId: 'T1', sprintId: 's3', title: 'Later toegevoegd' }),
    ];
    const grid = roadmapCells(live, 'themes', [closed, s4, s5], ctx);
    expect(grid.columns[0]).toMatchObject({ key: 's3', frozen: true });
    const cell = grid.cells.get(roadmapCellKey('T1', 's3'));
    expect(cell?.tasks.map((t) => [t.id, t.status, t.frozen])).toEqual([
      ['done', 'afgerond', true],
      ['x', 'in-uitvoering', true],
    ]);
    expect(cell?.counts).toMatchObject({ total: 2, done: 1, open: 1 });
    // The live task is still shown where it is now.
    expect(grid.cells.get(roadmapCellKey('T1', 's4'))?.tasks.map((t) => t.id)).toContain('x');
  });

  it('a closed sprint without snapshot shows its live tasks', () => {
    const closed: Sprint = { ...s4, closedAt: '2025-06-08T16:00:00.000Z', snapshot: null };
    const grid = roadmapCells(tasks, 'themes', [closed], ctx);
    expect(grid.columns[0]?.frozen).toBe(false);
    expect(grid.cells.get(roadmapCellKey('T1', 's4'))?.tasks).toHaveLength(2);
  });

  it('the filter narrows live and frozen tasks alike', () => {
    const closed: Sprint = {
      ...s3,
      closedAt: '2025-04-27T16:00:00.000Z',
      snapshot: [
        aTask({ id: 'f', themeId: 'T1', sprintId: 's3', status: 'geblokkeerd' }),
        aTask({ id: 'g', themeId: 'T1', sprintId: 's3' }),
      ],
    };
    const grid = roadmapCells(tasks, 'themes', [closed, s4, s5], {
      ...ctx,
      include: (t) => t.status === 'geblokkeerd',
    });
    expect([...grid.cells.values()].flatMap((c) => c.tasks.map((t) => t.id)).sort()).toEqual([
      'f',
      'y',
    ]);
  });
});

describe('planRoadmapMove', () => {
  const themes = [aTheme({ id: 'T1' }), aTheme({ id: 'T2' })];
  const actions = [
    anAction({ id: 'A1', themeId: 'T1' }),
    anAction({ id: 'A2', themeId: 'T1' }),
    anAction({ id: 'B1', themeId: 'T2' }),
  ];
  const closed = aSprint({ ...s3, closedAt: '2025-04-27T16:00:00.000Z' });
  const ctx: RoadmapMoveContext = { themes, actions, sprints: [closed, s4, s5] };
  const task = aTask({
    id: 't',
    themeId: 'T1',
    actionId: 'A1',
    sprintId: 's4',
    status: 'in-uitvoering',
    rank: 1024,
  });
  const to = (
    sprintId: string | null,
    rowKey: string,
    rowKind: 'themes' | 'actions' = 'themes',
  ): RoadmapTarget => ({ sprintId, rowKey, rowKind });

  it.each<[string, Task, RoadmapTarget, Partial<Task> | null]>([
    ['same cell: nothing', task, to('s4', 'T1'), null],
    ['next sprint, same theme', task, to('s5', 'T1'), { sprintId: 's5' }],
    [
      'other theme drops the action of the old theme',
      task,
      to('s4', 'T2'),
      { themeId: 'T2', actionId: null },
    ],
    [
      'other sprint and theme',
      task,
      to('s5', 'T2'),
      { sprintId: 's5', themeId: 'T2', actionId: null },
    ],
    ['to the backlog keeps a running status', task, to(null, 'T1'), { sprintId: null }],
    [
      'a planned task going to the backlog becomes backlog',
      { ...task, status: 'gepland' },
      to(null, 'T1'),
      { sprintId: null, status: 'backlog' },
    ],
    [
      'a backlog task going into a sprint becomes planned',
      { ...task, status: 'backlog', sprintId: null },
      to('s5', 'T1'),
      { sprintId: 's5', status: 'gepland' },
    ],
    ['a closed sprint takes no drops', task, to('s3', 'T1'), null],
    ['an unknown sprint takes no drops', task, to('nope', 'T1'), null],
    ['an unknown theme takes no drops', task, to('s5', 'nope'), null],
    ['action row of the same theme', task, to('s4', 'A2', 'actions'), { actionId: 'A2' }],
    [
      'action row of another theme brings its theme',
      task,
      to('s5', 'B1', 'actions'),
      { sprintId: 's5', actionId: 'B1', themeId: 'T2' },
    ],
    [
      'the theme\u2019s row without action',
      task,
      to('s4', looseRowKey('T1'), 'actions'),
      { actionId: null },
    ],
    [
      'another theme\u2019s row without action',
      task,
      to('s4', looseRowKey('T2'), 'actions'),
      { actionId: null, themeId: 'T2' },
    ],
    ['same action row: nothing', task, to('s4', 'A1', 'actions'), null],
    ['an unknown action takes no drops', task, to('s4', 'nope', 'actions'), null],
  ])('%s', (_name, t, target, expected) => {
    expect(planRoadmapMove(t, target, ctx)).toEqual(expected);
  });

  it('puts a task that changes sprint at the bottom of its new sprint when the tasks are given', () => {
    const others = [
      aTask({ id: 'a', sprintId: 's5', rank: 3072 }),
      aTask({ id: 'b', sprintId: 's5', rank: 1024 }),
      aTask({ id: 'c', sprintId: 's4', rank: 9000 }),
    ];
    expect(planRoadmapMove(task, to('s5', 'T1'), { ...ctx, tasks: [task, ...others] })).toEqual({
      sprintId: 's5',
      rank: 4096,
    });
    // Only the row changes: the rank stays.
    expect(planRoadmapMove(task, to('s4', 'T2'), { ...ctx, tasks: [task, ...others] })).toEqual({
      themeId: 'T2',
      actionId: null,
    });
  });
});

describe('roadmapCells on a large plan', () => {
  it('counts a column of thousands by summing its cells', () => {
    const themes = [aTheme({ id: 'T1', order: 1 }), aTheme({ id: 'T2', order: 2 })];
    const many = Array.from({ length: 3000 }, (_, i) =>
      aTask({
        id: `t${i}`,
        themeId: i % 2 ? 'T2' : 'T1',
        sprintId: 's4',
        status: i % 3 === 0 ? 'afgerond' : 'gepland',
      }),
    );
    const grid = roadmapCells(many, 'themes', SPRINTS, {
      themes,
      actions: [],
      today: TODAY,
      currentSprintId: 's4',
    });
    expect(grid.columnCounts.get('s4')).toEqual({
      total: 3000,
      done: 1000,
      open: 2000,
      blocked: 0,
      late: 0,
    });
    expect(grid.cells.get(roadmapCellKey('T1', 's4'))?.counts.total).toBe(1500);
  });
});

describe('listWindow', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
  const ids = (w: { shown: Array<{ id: string }> }) => w.shown.map((x) => x.id).join('');

  it.each<[string, number, string | null, string, number]>([
    ['a short list is shown whole', 10, null, 'abcdef', 0],
    ['exactly the limit', 6, null, 'abcdef', 0],
    ['the first items up to the limit', 4, null, 'abcd', 2],
    ['a pinned item past the limit is added at the end', 3, 'e', 'abce', 2],
    ['a pinned item within the limit changes nothing', 3, 'b', 'abc', 3],
    ['an unknown pinned item changes nothing', 3, 'zz', 'abc', 3],
    ['a limit of zero shows only the pinned item', 0, 'f', 'f', 5],
    ['a fractional limit is floored', 2.9, null, 'ab', 4],
  ])('%s', (_name, limit, pinned, shown, hidden) => {
    const w = listWindow(items, limit, pinned);
    expect([ids(w), w.hidden]).toEqual([shown, hidden]);
  });
});

describe('printFit', () => {
  const m = A3_LANDSCAPE;
  // The grid's height at the chosen fit, as the print style sheet lays it out.
  const height = (loads: number[], k: number, lines: 2 | 3 = 2) =>
    m.head +
    loads.reduce(
      (sum, l) =>
        sum +
        Math.max(
          m.rowMin,
          Math.min(l, k) * (lines === 3 ? m.chipTall : m.chip) + (l > k ? m.more : 0) + m.pad,
        ),
      0,
    );

  it.each<[string, number[], { perCell: number; zoom: number; lines: 2 | 3 }]>([
    [
      'the demo in theme rows fits at full size with five chips of three lines',
      [4, 3, 4, 3, 2, 2],
      { perCell: 5, zoom: 1, lines: 3 },
    ],
    [
      'six full theme rows fit at full size with chips of two lines',
      [900, 900, 900, 900, 900, 900],
      { perCell: 5, zoom: 1, lines: 2 },
    ],
    [
      'nine full rows: one chip fewer per cell, at a readable zoom',
      Array(9).fill(900),
      { perCell: 4, zoom: 0.821, lines: 2 },
    ],
    [
      'twelve full rows: two chips per cell rather than text below the readable zoom',
      Array(12).fill(900),
      { perCell: 2, zoom: 1, lines: 2 },
    ],
    ['an empty plan', [], { perCell: 5, zoom: 1, lines: 3 }],
  ])('%s', (_name, loads, expected) => {
    expect(printFit(loads, 5)).toEqual(expected);
  });

  it.each<[string, number[]]>([
    ['24 full action rows', Array(24).fill(500)],
    ['60 action rows of one task each', Array(60).fill(1)],
    ['a mix of full and empty rows', [1000, 0, 3, 0, 1000, 7, 2, 2, 0, 40, 40, 40, 1, 1, 1, 1, 9]],
  ])('%s: always one page, never zoomed more than needed', (_name, loads) => {
    const fit = printFit(loads, 5);
    expect(fit.perCell).toBeGreaterThanOrEqual(1);
    expect(fit.perCell).toBeLessThanOrEqual(5);
    expect(m.top + height(loads, fit.perCell, fit.lines) * fit.zoom).toBeLessThanOrEqual(m.page);
    if (fit.zoom < 1)
      expect(m.top + height(loads, fit.perCell, fit.lines) * (fit.zoom + 0.01)).toBeGreaterThan(
        m.page,
      );
  });

  it('rows only as high as their header gain nothing from fewer chips: they keep theirs', () => {
    // Every row holds two tasks, which fit in the row header's height anyway.
    const fit = printFit(Array(30).fill(2), 5);
    expect(fit.perCell).toBe(5);
    expect(fit.zoom).toBeLessThan(m.minZoom);
  });
});
