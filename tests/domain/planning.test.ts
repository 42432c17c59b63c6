import { describe, expect, it } from 'vitest';
import type { GroupBy } from '../../src/domain/group';
import {
  planPull,
  planPullToSprint,
  planToBacklog,
  pullableTasks,
  sprintLoad,
  type PullInput,
} from '../../src/domain/planning';
import type { Task } from '../../src/domain/types';
import { anAction, aPerson, aSprint, aTask } from '../builders';

const TODAY = '2025-05-20';
const sprint5 = aSprint({ id: 'sprint-5', number: 5, start: '2025-06-09', end: '2025-07-20' });
const sprint4 = aSprint();
const actions = [
  anAction({ id: 'act-fonds', themeId: 'th-strategie' }),
  anAction({ id: 'act-ai-act', themeId: 'th-betrouwbaar' }),
];
const side = (groupBy: GroupBy, key: string) => ({ groupBy, key });

const backlogTask = (fields: Partial<Task> = {}) =>
  aTask({
    id: 'pulled',
    rank: 9000,
    sprintId: null,
    status: 'backlog',
    themeId: 'th-strategie',
    actionId: 'act-fonds',
    assigneeIds: ['p1'],
    ...fields,
  });

function pull(over: Partial<PullInput> & Pick<PullInput, 'to'>): PullInput {
  return {
    task: backlogTask(),
    sprint: sprint5,
    targetTasks: [],
    index: 0,
    actions,
    today: TODAY,
    ...over,
  };
}

describe('planPull: a backlog task dropped in a cell of the sprint', () => {
  it.each<[string, GroupBy, string, Partial<Task>]>([
    [
      'its own theme column: into the sprint, Backlog becomes Gepland',
      'label',
      'th-strategie',
      { sprintId: 'sprint-5', status: 'gepland' },
    ],
    [
      'another theme column: the theme follows, the action of the old theme is dropped',
      'label',
      'th-betrouwbaar',
      { sprintId: 'sprint-5', status: 'gepland', themeId: 'th-betrouwbaar', actionId: null },
    ],
    [
      'the In uitvoering column: the column status wins over Gepland',
      'status',
      'in-uitvoering',
      { sprintId: 'sprint-5', status: 'in-uitvoering' },
    ],
    [
      'the Backlog column of the sprint (Planner bucket): stays Backlog inside the sprint',
      'status',
      'backlog',
      { sprintId: 'sprint-5' },
    ],
    [
      'a person column: the person is added, the holder keeps it',
      'assignee',
      'p2',
      { sprintId: 'sprint-5', status: 'gepland', assigneeIds: ['p1', 'p2'] },
    ],
    [
      'the Niet toegewezen column: the task is unassigned',
      'assignee',
      'none',
      { sprintId: 'sprint-5', status: 'gepland', assigneeIds: [] },
    ],
    [
      'an action column: action and its theme',
      'action',
      'act-ai-act',
      {
        sprintId: 'sprint-5',
        status: 'gepland',
        actionId: 'act-ai-act',
        themeId: 'th-betrouwbaar',
      },
    ],
    [
      'a phase column: the phase',
      'phase',
      'verkennen',
      { sprintId: 'sprint-5', status: 'gepland', phase: 'verkennen' },
    ],
    [
      'its own due column (no date): into the sprint only',
      'due',
      'geen-datum',
      { sprintId: 'sprint-5', status: 'gepland' },
    ],
  ])('%s', (_name, groupBy, key, expected) => {
    const plan = planPull(pull({ to: { column: side(groupBy, key), lane: null } }));
    expect(plan.kind).toBe('move');
    if (plan.kind !== 'move') return;
    expect(plan.patch).toMatchObject(expected);
    expect(plan.needsReason).toBe(false);
  });

  it('refuses a due column other than the task’s own: the date decides it', () => {
    const plan = planPull(pull({ to: { column: side('due', 'deze-week'), lane: null } }));
    expect(plan).toEqual({ kind: 'refused', reason: 'not-droppable' });
  });

  it('takes both the column and the swimlane value', () => {
    const plan = planPull(
      pull({ to: { column: side('status', 'in-uitvoering'), lane: side('assignee', 'p3') } }),
    );
    expect(plan.kind === 'move' && plan.patch).toMatchObject({
      sprintId: 'sprint-5',
      status: 'in-uitvoering',
      assigneeIds: ['p1', 'p3'],
    });
  });

  it('asks for a reason when dropped in Geblokkeerd', () => {
    const plan = planPull(pull({ to: { column: side('status', 'geblokkeerd'), lane: null } }));
    expect(plan.kind === 'move' && plan.needsReason).toBe(true);
  });

  it('keeps a blocked backlog task blocked, without asking again', () => {
    const plan = planPull(
      pull({
        task: backlogTask({ status: 'geblokkeerd', blockedReason: 'wacht op juridische dienst' }),
        to: { column: side('label', 'th-strategie'), lane: null },
      }),
    );
    expect(plan.kind === 'move' && plan.patch.status).toBeUndefined();
    expect(plan.kind === 'move' && plan.needsReason).toBe(false);
  });

  it.each([
    ['at the top', 0, 0],
    ['between the first two cards', 1, 1536],
    ['between the last two cards', 2, 3072],
  ])('ranks the card where it was dropped: %s', (_name, index, rank) => {
    const plan = planPull(
      pull({
        to: { column: side('label', 'th-strategie'), lane: null },
        targetTasks: [
          aTask({ id: 'a', rank: 1024 }),
          aTask({ id: 'b', rank: 2048 }),
          aTask({ id: 'c', rank: 4096 }),
        ],
        index,
      }),
    );
    expect(plan.kind === 'move' && plan.patch.rank).toBe(rank);
  });
});

describe('planPullToSprint: "Naar sprint N" without a column', () => {
  it.each<[string, Task, Array<{ rank: number }>, Partial<Task> | null]>([
    [
      'a Backlog task goes below the sprint’s tasks as Gepland',
      backlogTask(),
      [{ rank: 1024 }, { rank: 4096 }],
      { sprintId: 'sprint-5', status: 'gepland', rank: 5120 },
    ],
    [
      'into an empty sprint',
      backlogTask(),
      [],
      { sprintId: 'sprint-5', status: 'gepland', rank: 1024 },
    ],
    [
      'a blocked task stays blocked',
      backlogTask({ status: 'geblokkeerd' }),
      [],
      { sprintId: 'sprint-5', rank: 1024 },
    ],
    ['a task already in the sprint: nothing', backlogTask({ sprintId: 'sprint-5' }), [], null],
  ])('%s', (_name, task, sprintTasks, expected) => {
    const plan = planPullToSprint(task, sprint5, sprintTasks);
    if (expected === null) expect(plan).toEqual({ kind: 'none' });
    else expect(plan).toEqual({ kind: 'move', patch: expected, reranked: [], needsReason: false });
  });
});

describe('planToBacklog: a sprint task dropped on the backlog', () => {
  it.each<[string, Task, Partial<Task> | null]>([
    [
      'an unfinished task becomes Backlog, on top, and loses its sprint deadline',
      aTask({ sprintId: 'sprint-4', status: 'in-uitvoering', dueDate: '2025-06-08' }),
      { sprintId: null, status: 'backlog', dueDate: null, rank: 0 },
    ],
    [
      'a due date after the sprint stays',
      aTask({ sprintId: 'sprint-4', status: 'gepland', dueDate: '2025-09-01' }),
      { sprintId: null, status: 'backlog', rank: 0 },
    ],
    [
      'a blocked task stays blocked',
      aTask({ sprintId: 'sprint-4', status: 'geblokkeerd' }),
      { sprintId: null, rank: 0 },
    ],
    ['a task already in the backlog: nothing', aTask({ sprintId: null, status: 'backlog' }), null],
  ])('%s', (_name, task, expected) => {
    const plan = planToBacklog(task, sprint4, [{ rank: 1024 }, { rank: 3000 }]);
    if (expected === null) expect(plan).toEqual({ kind: 'none' });
    else expect(plan).toEqual({ kind: 'move', patch: expected, reranked: [], needsReason: false });
  });
});

describe('pullableTasks: the backlog the planning view lists', () => {
  it('leaves out done tasks and keeps the backlog order', () => {
    const tasks = [
      aTask({ id: 'c', rank: 3, title: 'C' }),
      aTask({ id: 'done', rank: 1, status: 'afgerond' }),
      aTask({ id: 'a', rank: 1, title: 'A', status: 'geblokkeerd' }),
      aTask({ id: 'b', rank: 2, title: 'B' }),
    ];
    expect(pullableTasks(tasks).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('sprintLoad: unfinished tasks per person', () => {
  const people = [aPerson({ id: 'p1' }), aPerson({ id: 'p2' }), aPerson({ id: 'p3' })];
  it.each<[string, Array<Partial<Task>>, number[], number]>([
    ['an empty sprint: zero for everyone', [], [0, 0, 0], 0],
    ['one task each', [{ assigneeIds: ['p1'] }, { assigneeIds: ['p2'] }], [1, 1, 0], 0],
    ['a shared task counts for each holder', [{ assigneeIds: ['p1', 'p3'] }], [1, 0, 1], 0],
    ['done work is not counted', [{ assigneeIds: ['p1'], status: 'afgerond' }], [0, 0, 0], 0],
    ['blocked work is counted', [{ assigneeIds: ['p2'], status: 'geblokkeerd' }], [0, 1, 0], 0],
    ['nobody holds it: unassigned', [{ assigneeIds: [] }], [0, 0, 0], 1],
    ['a removed person counts as unassigned', [{ assigneeIds: ['gone'] }], [0, 0, 0], 1],
  ])('%s', (_name, fields, counts, unassigned) => {
    const load = sprintLoad(
      fields.map((f, i) => aTask({ id: `t${i}`, ...f })),
      people,
    );
    expect(load).toEqual({
      people: people.map((p, i) => ({ personId: p.id, count: counts[i] })),
      unassigned,
    });
  });
});
