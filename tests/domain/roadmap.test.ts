import { describe, expect, it } from 'vitest';
import {
  BACKLOG_COLUMN,
  looseRowKey,
  planRoadmapMove,
  roadmapCellKey,
  roadmapCells,
  type RoadmapMoveContext,
  type RoadmapTarget,
} from '../../src/domain/roadmap';
import type { Sprint, Task } from '../../src/domain/types';
import { aSprint, anAction, aTask, aTheme } from '../builders';

const TODAY = '2025-05-20';

const s3 = aSprint({ id: 's3', number: 3, start: '2025-03-17', end: '2025-04-27' });
const s4 = aSprint({ id: 's4', number: 4, start: '2025-04-28', end: '2025-06-08' });
const s5 = aSprint({ id: 's5', number: 5, start: '2025-06-09', end: '2025-07-20' });
const SPRINTS = [s5, s3, s4];

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
      open: 1,
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
      open: 1,
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
    [
      'work under way going to the backlog becomes backlog',
      task,
      to(null, 'T1'),
      { sprintId: null, status: 'backlog' },
    ],
    [
      'to the backlog, a due date in the old sprint is cleared',
      { ...task, dueDate: '2025-05-30' },
      to(null, 'T1'),
      { sprintId: null, status: 'backlog', dueDate: null },
    ],
    [
      'a blocked task going to the backlog stays blocked',
      { ...task, status: 'geblokkeerd' },
      to(null, 'T1'),
      { sprintId: null },
    ],
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
