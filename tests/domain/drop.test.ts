import { describe, expect, it } from 'vitest';
import { fieldsForCell, planMove, type DropInput } from '../../src/domain/drop';
import type { GroupBy } from '../../src/domain/group';
import type { Action } from '../../src/domain/types';
import { aTask } from '../builders';

const actions: Action[] = [
  {
    id: 'act-ai-act',
    planId: 'plan-1',
    themeId: 'th-betrouwbaar',
    title: 'EU AI Act',
    description: '',
    order: 1,
    ownerId: null,
    targetSprintId: null,
    phase: null,
    updatedAt: '',
  },
  {
    id: 'act-fonds',
    planId: 'plan-1',
    themeId: 'th-strategie',
    title: 'AI-fonds',
    description: '',
    order: 1,
    ownerId: null,
    targetSprintId: null,
    phase: null,
    updatedAt: '',
  },
];

const side = (groupBy: GroupBy, key: string) => ({ groupBy, key });

function input(over: Partial<DropInput> & Pick<DropInput, 'from' | 'to'>): DropInput {
  return {
    task: aTask({
      id: 'moved',
      rank: 5000,
      themeId: 'th-strategie',
      actionId: 'act-fonds',
      status: 'gepland',
      assigneeIds: ['p1', 'p2'],
    }),
    targetTasks: [],
    index: 0,
    actions,
    ...over,
  };
}

describe('planMove: what a drop changes', () => {
  it.each([
    [
      'label → other theme, drops an action of the old theme',
      'label',
      'th-strategie',
      'th-betrouwbaar',
      { themeId: 'th-betrouwbaar', actionId: null },
    ],
    ['status → In uitvoering', 'status', 'gepland', 'in-uitvoering', { status: 'in-uitvoering' }],
    [
      'action → action of another theme moves the theme too',
      'action',
      'act-fonds',
      'act-ai-act',
      { actionId: 'act-ai-act', themeId: 'th-betrouwbaar' },
    ],
    ['action → Geen actie', 'action', 'act-fonds', 'none', { actionId: null }],
    [
      'assignee → another person replaces the one dragged from',
      'assignee',
      'p1',
      'p3',
      { assigneeIds: ['p2', 'p3'] },
    ],
    ['assignee → a person already assigned', 'assignee', 'p1', 'p2', { assigneeIds: ['p2'] }],
    ['assignee → Niet toegewezen', 'assignee', 'p1', 'none', { assigneeIds: [] }],
    ['phase → Experimenteren', 'phase', 'none', 'experimenteren', { phase: 'experimenteren' }],
    ['phase → none', 'phase', 'verkennen', 'none', { phase: null }],
  ] as const)('%s', (_name, groupBy, fromKey, toKey, expected) => {
    const plan = planMove(
      input({
        from: { column: side(groupBy, fromKey), lane: null },
        to: { column: side(groupBy, toKey), lane: null },
      }),
    );
    expect(plan.kind).toBe('move');
    if (plan.kind === 'move') expect(plan.patch).toEqual({ ...expected, rank: 1024 });
  });

  it('asks for a reason when dropped into Geblokkeerd', () => {
    const plan = planMove(
      input({
        from: { column: side('status', 'gepland'), lane: null },
        to: { column: side('status', 'geblokkeerd'), lane: null },
      }),
    );
    expect(plan).toMatchObject({
      kind: 'move',
      needsReason: true,
      patch: { status: 'geblokkeerd' },
    });
  });

  it('refuses a drop on another due-date column', () => {
    expect(
      planMove(
        input({
          from: { column: side('due', 'later'), lane: null },
          to: { column: side('due', 'te-laat'), lane: null },
        }),
      ),
    ).toEqual({ kind: 'refused', reason: 'not-droppable' });
  });

  it('changes both fields with swimlanes (columns by status, lanes by label)', () => {
    const plan = planMove(
      input({
        from: { column: side('status', 'gepland'), lane: side('label', 'th-strategie') },
        to: { column: side('status', 'in-uitvoering'), lane: side('label', 'th-betrouwbaar') },
      }),
    );
    expect(plan).toMatchObject({
      kind: 'move',
      patch: { status: 'in-uitvoering', themeId: 'th-betrouwbaar', actionId: null },
    });
  });
});

describe('planMove: order within a column', () => {
  const neighbours = [
    aTask({ id: 'a', rank: 1024 }),
    aTask({ id: 'b', rank: 2048 }),
    aTask({ id: 'c', rank: 3072 }),
  ];
  const same = {
    from: { column: side('status', 'gepland'), lane: null },
    to: { column: side('status', 'gepland'), lane: null },
  } as const;

  it.each([
    [0, 0],
    [1, 1536],
    [2, 2560],
    [3, 4096],
  ])('dropped from another column at index %i gets rank %s', (index, rank) => {
    const from = { column: side('status', 'backlog'), lane: null };
    const plan = planMove(
      input({
        ...same,
        from,
        task: aTask({ id: 'moved', rank: 9999, status: 'backlog' }),
        targetTasks: neighbours,
        index,
      }),
    );
    expect(plan).toMatchObject({ kind: 'move', patch: { rank }, reranked: [] });
  });

  it('moves up within its own column', () => {
    const list = [
      aTask({ id: 'a', rank: 1024 }),
      aTask({ id: 'b', rank: 2048 }),
      aTask({ id: 'moved', rank: 3072 }),
    ];
    expect(planMove(input({ ...same, task: list[2]!, targetTasks: list, index: 0 }))).toMatchObject(
      { kind: 'move', patch: { rank: 0 } },
    );
  });

  it('does nothing when dropped where it was', () => {
    const list = [
      aTask({ id: 'a', rank: 1024 }),
      aTask({ id: 'moved', rank: 2048 }),
      aTask({ id: 'c', rank: 3072 }),
    ];
    expect(planMove(input({ ...same, task: list[1]!, targetTasks: list, index: 1 }))).toEqual({
      kind: 'none',
    });
  });

  it('re-ranks the column when the gap is used up', () => {
    const tight = [aTask({ id: 'a', rank: 1 }), aTask({ id: 'b', rank: 1 + 1e-12 })];
    const plan = planMove(input({ ...same, targetTasks: tight, index: 1 }));
    expect(plan).toMatchObject({
      kind: 'move',
      patch: { rank: 2048 },
      reranked: [
        { id: 'a', rank: 1024 },
        { id: 'b', rank: 3072 },
      ],
    });
  });
});

describe('fieldsForCell: what a new task gets from its column', () => {
  const themes = [{ id: 'th-strategie' }, { id: 'th-betrouwbaar' }];
  const ctx = { themes, actions, endOfWeek: '2025-05-25' };
  it.each([
    ['label', 'th-betrouwbaar', null, { themeId: 'th-betrouwbaar' }],
    ['status', 'in-uitvoering', null, { status: 'in-uitvoering', themeId: 'th-strategie' }],
    ['action', 'act-ai-act', null, { actionId: 'act-ai-act', themeId: 'th-betrouwbaar' }],
    ['assignee', 'p1', null, { assigneeIds: ['p1'], themeId: 'th-strategie' }],
    ['assignee', 'none', null, { assigneeIds: [], themeId: 'th-strategie' }],
    ['due', 'deze-week', null, { dueDate: '2025-05-25', themeId: 'th-strategie' }],
    ['due', 'te-laat', null, null],
    [
      'status',
      'gepland',
      side('label', 'th-betrouwbaar'),
      { status: 'gepland', themeId: 'th-betrouwbaar' },
    ],
  ] as const)('%s %s (lane %o)', (groupBy, key, lane, expected) => {
    expect(fieldsForCell(side(groupBy, key), lane, ctx)).toEqual(expected);
  });
  it('gives nothing without any theme', () => {
    expect(fieldsForCell(side('status', 'gepland'), null, { ...ctx, themes: [] })).toBeNull();
  });
});
