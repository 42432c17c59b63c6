import { describe, expect, it } from 'vitest';
import {
  buildOutline,
  isPipelineTheme,
  moveTargetOfAction,
  moveTargetOfTheme,
  newTaskPlacement,
  outlineOrder,
  planOutlineMove,
  reorderInOutline,
  treeKey,
  visibleNodes,
  type OutlineInput,
  type OutlineNode,
  type TreeCommand,
  type TreeNode,
} from '../../src/domain/outline';
import type { Action, Task } from '../../src/domain/types';
import { aSprint, anAction, aTask, aTheme } from '../builders';

const sprints = [
  aSprint({ id: 's4', number: 4 }),
  aSprint({ id: 's5', number: 5 }),
  aSprint({ id: 's3', number: 3 }),
];

describe('outlineOrder', () => {
  it('sorts by sprint number, the backlog last, then by rank', () => {
    const tasks = [
      aTask({ id: 'backlog', sprintId: null, rank: 1 }),
      aTask({ id: 's5', sprintId: 's5', rank: 1 }),
      aTask({ id: 's4-b', sprintId: 's4', rank: 2048 }),
      aTask({ id: 's4-a', sprintId: 's4', rank: 1024 }),
      aTask({ id: 's3', sprintId: 's3', rank: 9999 }),
    ];
    expect(outlineOrder(tasks, sprints).map((t) => t.id)).toEqual([
      's3',
      's4-a',
      's4-b',
      's5',
      'backlog',
    ]);
  });
});

describe('reorderInOutline', () => {
  // One sprint column holding tasks of several actions; the action's own tasks are a, c (and x in s5).
  const a = aTask({ id: 'a', sprintId: 's4', rank: 1024 });
  const b = aTask({ id: 'b', sprintId: 's4', rank: 2048 });
  const c = aTask({ id: 'c', sprintId: 's4', rank: 3072 });
  const x = aTask({ id: 'x', sprintId: 's5', rank: 1024 });
  const column = [a, b, c, x];
  const siblings = [a, c, x];

  it.each<[string, string, -1 | 1, { rank: number; reranked: unknown[] } | null]>([
    ['c up goes just before a', 'c', -1, { rank: 0, reranked: [] }],
    ['a down goes just after c', 'a', 1, { rank: 4096, reranked: [] }],
    ['the first cannot go up', 'a', -1, null],
    ['no trading places across sprints', 'x', -1, null],
    ['no trading places across sprints (down)', 'c', 1, null],
    ['unknown task', 'zz', 1, null],
  ])('%s', (_name, id, dir, expected) => {
    expect(reorderInOutline(siblings, id, dir, column)).toEqual(expected);
  });

  it('gives fresh ranks when the gap has run out', () => {
    const p = aTask({ id: 'p', sprintId: 's4', rank: 1 });
    const q = aTask({ id: 'q', sprintId: 's4', rank: 1 + 1e-10 });
    const r = aTask({ id: 'r', sprintId: 's4', rank: 5 });
    const change = reorderInOutline([q, r], 'r', -1, [p, q, r]);
    expect(change).toEqual({
      rank: 2048,
      reranked: [
        { id: 'p', rank: 1024 },
        { id: 'q', rank: 3072 },
      ],
    });
  });
});

describe('planOutlineMove', () => {
  const themes = [aTheme({ id: 'T1' }), aTheme({ id: 'T2' })];
  const actions = [anAction({ id: 'A', themeId: 'T1' }), anAction({ id: 'B', themeId: 'T2' })];
  const task = aTask({ themeId: 'T1', actionId: 'A' });
  it.each<[string, string, unknown]>([
    ['to an action of another theme', moveTargetOfAction('B'), { themeId: 'T2', actionId: 'B' }],
    ['to its own theme without action', moveTargetOfTheme('T1'), { themeId: 'T1', actionId: null }],
    ['to another theme', moveTargetOfTheme('T2'), { themeId: 'T2', actionId: null }],
    ['to where it is: nothing', moveTargetOfAction('A'), null],
    ['unknown action', moveTargetOfAction('nope'), null],
    ['unknown theme', moveTargetOfTheme('nope'), null],
    ['junk', 'elders', null],
  ])('%s', (_name, target, expected) => {
    expect(planOutlineMove(task, target, { themes, actions })).toEqual(expected);
  });
});

describe('newTaskPlacement', () => {
  it.each<[string, Partial<Action> | null, unknown]>([
    ['no action: backlog', null, { sprintId: null, status: 'backlog' }],
    ['no target sprint: backlog', { targetSprintId: null }, { sprintId: null, status: 'backlog' }],
    [
      'open target sprint: planned there',
      { targetSprintId: 's5' },
      { sprintId: 's5', status: 'gepland' },
    ],
    [
      'closed target sprint: backlog',
      { targetSprintId: 'closed' },
      { sprintId: null, status: 'backlog' },
    ],
    [
      'unknown target sprint: backlog',
      { targetSprintId: 'gone' },
      { sprintId: null, status: 'backlog' },
    ],
  ])('%s', (_name, action, expected) => {
    const all = [
      ...sprints,
      aSprint({ id: 'closed', number: 2, closedAt: '2025-03-01T00:00:00Z' }),
    ];
    expect(newTaskPlacement(action ? anAction(action) : null, all)).toEqual(expected);
  });
});

describe('isPipelineTheme', () => {
  it.each<[string, { name: string; label: string }, Partial<Action>[], Partial<Task>[], boolean]>([
    ['by label', { label: 'use cases', name: 'x' }, [], [], true],
    [
      'by name with hyphens and accents',
      { label: 'uc', name: 'AI-use-cases identificeren en ontwikkelen' },
      [],
      [],
      true,
    ],
    ['"Usecase" in one word', { label: 'Usecase', name: 'x' }, [], [], true],
    [
      'an action with a phase',
      { label: 'experimenten', name: 'Experimenten' },
      [{ themeId: 'T', phase: 'verkennen' }],
      [],
      true,
    ],
    [
      'a task with a phase',
      { label: 'experimenten', name: 'Experimenten' },
      [],
      [{ themeId: 'T', phase: 'investeren' }],
      true,
    ],
    [
      'phases in another theme do not count',
      { label: 'strategie', name: 'Strategie' },
      [{ themeId: 'O', phase: 'verkennen' }],
      [],
      false,
    ],
    ['any other theme', { label: 'strategie', name: 'Strategie en doelstellingen' }, [], [], false],
  ])('%s', (_name, theme, actions, tasks, expected) => {
    expect(
      isPipelineTheme(
        { id: 'T', ...theme },
        actions.map((a) => anAction(a)),
        tasks.map((t) => aTask(t)),
      ),
    ).toBe(expected);
  });
});

describe('tree keyboard navigation', () => {
  const leaf = (id: string, parentId: string): TreeNode => ({ id, parentId, children: [] });
  const a1: TreeNode = { id: 'a1', parentId: 't1', children: [leaf('k1', 'a1'), leaf('k2', 'a1')] };
  const a2: TreeNode = { id: 'a2', parentId: 't1', children: [] };
  const t1: TreeNode = { id: 't1', parentId: null, children: [a1, a2] };
  const t2: TreeNode = {
    id: 't2',
    parentId: null,
    children: [{ id: 'b1', parentId: 't2', children: [leaf('m1', 'b1')] }],
  };
  const roots = [t1, t2];

  it('lists only items whose ancestors are expanded', () => {
    expect(visibleNodes(roots, new Set(['t1'])).map((n) => n.id)).toEqual(['t1', 'a1', 'a2', 't2']);
    // An expanded action inside a collapsed theme stays hidden.
    expect(visibleNodes(roots, new Set(['a1'])).map((n) => n.id)).toEqual(['t1', 't2']);
  });

  it.each<[string, string, string, string[], TreeCommand]>([
    ['Down to the next visible', 'ArrowDown', 't1', ['t1'], { kind: 'focus', id: 'a1' }],
    ['Down skips collapsed children', 'ArrowDown', 'a1', ['t1'], { kind: 'focus', id: 'a2' }],
    ['Down at the end stays', 'ArrowDown', 't2', [], { kind: 'none' }],
    ['Up to the previous visible', 'ArrowUp', 't2', ['t1', 'a1'], { kind: 'focus', id: 'a2' }],
    ['Up at the start stays', 'ArrowUp', 't1', [], { kind: 'none' }],
    ['Right expands a closed item', 'ArrowRight', 't1', [], { kind: 'expand', id: 't1' }],
    ['Right enters an open item', 'ArrowRight', 't1', ['t1'], { kind: 'focus', id: 'a1' }],
    ['Right on a leaf does nothing', 'ArrowRight', 'a2', ['t1'], { kind: 'none' }],
    [
      'Left collapses an open item',
      'ArrowLeft',
      'a1',
      ['t1', 'a1'],
      { kind: 'collapse', id: 'a1' },
    ],
    [
      'Left on a closed item goes to the parent',
      'ArrowLeft',
      'a1',
      ['t1'],
      { kind: 'focus', id: 't1' },
    ],
    [
      'Left on a leaf goes to the parent',
      'ArrowLeft',
      'k2',
      ['t1', 'a1'],
      { kind: 'focus', id: 'a1' },
    ],
    ['Left on a closed top item does nothing', 'ArrowLeft', 't1', [], { kind: 'none' }],
    ['Home', 'Home', 'k2', ['t1', 'a1'], { kind: 'focus', id: 't1' }],
    ['End goes to the last visible', 'End', 't1', ['t1', 't2'], { kind: 'focus', id: 'b1' }],
    [
      '* expands the siblings that have children',
      '*',
      'a2',
      ['t1'],
      { kind: 'expand-siblings', ids: ['a1'] },
    ],
    ['other keys do nothing', 'x', 't1', [], { kind: 'none' }],
    [
      'a hidden current item falls back to the first',
      'ArrowDown',
      'k1',
      [],
      { kind: 'focus', id: 't1' },
    ],
  ])('%s', (_name, key, current, expanded, expected) => {
    expect(treeKey(key, current, roots, new Set(expanded))).toEqual(expected);
  });
});

describe('buildOutline', () => {
  const themes = [
    aTheme({ id: 'T2', order: 2 }),
    aTheme({ id: 'T1', order: 1 }),
    aTheme({ id: 'T3', order: 3 }),
  ];
  const actions = [
    anAction({ id: 'A2', themeId: 'T1', order: 2 }),
    anAction({ id: 'A1', themeId: 'T1', order: 1 }),
    anAction({ id: 'B1', themeId: 'T2', order: 1 }),
  ];
  const tasks = [
    aTask({ id: 'a1-s5', themeId: 'T1', actionId: 'A1', sprintId: 's5' }),
    aTask({ id: 'a1-s3', themeId: 'T1', actionId: 'A1', sprintId: 's3' }),
    aTask({ id: 'a1-backlog', themeId: 'T1', actionId: 'A1', sprintId: null }),
    aTask({ id: 'loose', themeId: 'T1', actionId: null, sprintId: 's4' }),
    aTask({ id: 'other-theme', themeId: 'T1', actionId: 'B1', sprintId: 's4' }),
    aTask({ id: 'b1', themeId: 'T2', actionId: 'B1', sprintId: 's4' }),
  ];
  const base: OutlineInput = {
    themes,
    actions,
    sprints,
    tasks,
    filtering: false,
    pageSize: 25,
    limits: new Map<string, number>(),
    pinned: null,
  };

  /** The tree in one line: `id(child child)`, with "+N" after a "more" item. */
  const shape = (nodes: readonly OutlineNode[]): string =>
    nodes
      .map((n) => {
        const own = n.kind === 'more' ? `${n.id}+${n.hidden}` : n.id;
        return n.children.length ? `${own}(${shape(n.children)})` : own;
      })
      .join(' ');

  it.each<[string, Partial<OutlineInput>, string]>([
    [
      'themes and actions in their order; a theme’s actions before its tasks without action; tasks in outline order',
      {},
      'theme:T1(action:A1(task:a1-s3 task:a1-s5 task:a1-backlog) action:A2 task:loose task:other-theme) theme:T2(action:B1(task:b1)) theme:T3',
    ],
    [
      'a filter leaves out themes and actions without a task',
      { filtering: true },
      'theme:T1(action:A1(task:a1-s3 task:a1-s5 task:a1-backlog) task:loose task:other-theme) theme:T2(action:B1(task:b1))',
    ],
    [
      'a filter that leaves a theme nothing leaves out the theme',
      { filtering: true, tasks: tasks.filter((t) => t.id === 'b1') },
      'theme:T2(action:B1(task:b1))',
    ],
    [
      'a long list ends in a "more" item after a page',
      { pageSize: 1 },
      'theme:T1(action:A1(task:a1-s3 more:action:A1+2) action:A2 task:loose more:theme:T1+1) theme:T2(action:B1(task:b1)) theme:T3',
    ],
    [
      'a list shown further than a page',
      { pageSize: 1, limits: new Map([['action:A1', 2]]) },
      'theme:T1(action:A1(task:a1-s3 task:a1-s5 more:action:A1+1) action:A2 task:loose more:theme:T1+1) theme:T2(action:B1(task:b1)) theme:T3',
    ],
    [
      'a pinned task past the page is listed all the same',
      { pageSize: 1, pinned: 'a1-backlog' },
      'theme:T1(action:A1(task:a1-s3 task:a1-backlog more:action:A1+1) action:A2 task:loose more:theme:T1+1) theme:T2(action:B1(task:b1)) theme:T3',
    ],
    ['an empty plan', { themes: [], actions: [], tasks: [] }, ''],
  ])('%s', (_name, input, expected) => {
    expect(shape(buildOutline({ ...base, ...input }))).toBe(expected);
  });

  it('links every item to its parent, and a "more" item to the list it pages', () => {
    const parents = new Map<string, string | null>();
    const entities = new Map<string, string>();
    const walk = (nodes: readonly OutlineNode[]) =>
      nodes.forEach((n) => {
        parents.set(n.id, n.parentId);
        entities.set(n.id, n.entityId);
        walk(n.children);
      });
    walk(buildOutline({ ...base, pageSize: 1 }));
    expect([
      parents.get('theme:T1'),
      parents.get('action:A1'),
      parents.get('task:a1-s3'),
      parents.get('task:loose'),
      parents.get('more:action:A1'),
      entities.get('more:action:A1'),
      entities.get('task:a1-s3'),
      entities.get('action:A1'),
    ]).toEqual([
      null,
      'theme:T1',
      'action:A1',
      'theme:T1',
      'action:A1',
      'action:A1',
      'a1-s3',
      'A1',
    ]);
  });
});
