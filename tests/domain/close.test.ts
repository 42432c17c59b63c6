import { describe, expect, it } from 'vitest';
import {
  defaultDecision,
  planSprintClose,
  summarizeClose,
  type CloseDecision,
} from '../../src/domain/close';
import type { Status } from '../../src/domain/types';
import { aSprint, aTask } from '../builders';

const s4 = aSprint();
const s5 = aSprint({ id: 'sprint-5', number: 5, start: '2025-06-09', end: '2025-07-20' });

describe('planSprintClose: one unfinished task', () => {
  it.each<{
    name: string;
    status: Status;
    decision: CloseDecision | undefined;
    next: typeof s5 | undefined;
    patch: Record<string, unknown> | null;
  }>([
    {
      name: 'default goes to the next sprint',
      status: 'in-uitvoering',
      decision: undefined,
      next: s5,
      patch: { sprintId: 'sprint-5', carryOverCount: 2 },
    },
    {
      name: 'default without a next sprint goes to the backlog, as Backlog',
      status: 'in-uitvoering',
      decision: undefined,
      next: undefined,
      patch: { sprintId: null, carryOverCount: 2, status: 'backlog' },
    },
    {
      name: 'next keeps a planned status',
      status: 'gepland',
      decision: 'next',
      next: s5,
      patch: { sprintId: 'sprint-5', carryOverCount: 2 },
    },
    {
      name: 'next without a next sprint falls back to the backlog',
      status: 'gepland',
      decision: 'next',
      next: undefined,
      patch: { sprintId: null, carryOverCount: 2, status: 'backlog' },
    },
    {
      name: 'backlog turns planned into backlog',
      status: 'gepland',
      decision: 'backlog',
      next: s5,
      patch: { sprintId: null, carryOverCount: 2, status: 'backlog' },
    },
    {
      name: 'backlog turns work in progress into backlog',
      status: 'in-uitvoering',
      decision: 'backlog',
      next: s5,
      patch: { sprintId: null, carryOverCount: 2, status: 'backlog' },
    },
    {
      name: 'backlog keeps a blocked task blocked',
      status: 'geblokkeerd',
      decision: 'backlog',
      next: s5,
      patch: { sprintId: null, carryOverCount: 2 },
    },
    {
      name: 'backlog keeps a backlog status',
      status: 'backlog',
      decision: 'backlog',
      next: s5,
      patch: { sprintId: null, carryOverCount: 2 },
    },
    {
      name: 'next turns a backlog status into planned',
      status: 'backlog',
      decision: 'next',
      next: s5,
      patch: { sprintId: 'sprint-5', carryOverCount: 2, status: 'gepland' },
    },
    {
      name: 'keep leaves the task alone',
      status: 'in-uitvoering',
      decision: 'keep',
      next: s5,
      patch: null,
    },
    {
      name: 'a done task is never moved',
      status: 'afgerond',
      decision: 'next',
      next: s5,
      patch: null,
    },
  ])('$name', ({ status, decision, next, patch }) => {
    const task = aTask({ id: 't1', sprintId: 'sprint-4', status, carryOverCount: 1 });
    const plan = planSprintClose([task], s4, next, decision ? { t1: decision } : {});
    if (patch === null) {
      expect(plan.moves).toEqual([]);
    } else {
      expect(plan.moves).toHaveLength(1);
      expect(plan.moves[0]!.id).toBe('t1');
      expect(plan.moves[0]!.patch).toMatchObject(patch);
      if (!('status' in patch)) expect(plan.moves[0]!.patch).not.toHaveProperty('status');
    }
  });
});

describe('planSprintClose: due dates', () => {
  it.each([
    ['to the backlog, a due date in the closed sprint is cleared', 'backlog', '2025-06-08', null],
    ['to the backlog, a due date after the sprint stays', 'backlog', '2025-09-01', '2025-09-01'],
    ['to the next sprint, the due date stays', 'next', '2025-06-08', '2025-06-08'],
  ] as const)('%s', (_name, decision, due, expected) => {
    const task = aTask({ id: 't1', sprintId: 'sprint-4', status: 'gepland', dueDate: due });
    const [move] = planSprintClose([task], s4, s5, { t1: decision }).moves;
    expect({ ...task, ...move!.patch }.dueDate).toBe(expected);
  });
});

describe('planSprintClose: the whole sprint', () => {
  const tasks = [
    aTask({ id: 'a', sprintId: 'sprint-4', status: 'afgerond', rank: 1024 }),
    aTask({ id: 'b', sprintId: 'sprint-4', status: 'gepland', rank: 3072 }),
    aTask({
      id: 'c',
      sprintId: 'sprint-4',
      status: 'in-uitvoering',
      rank: 2048,
      checklist: [{ id: 'x', title: 'Stap', done: false }],
    }),
    aTask({ id: 'd', sprintId: 'sprint-5', status: 'gepland', rank: 5000 }),
    aTask({ id: 'e', sprintId: null, status: 'backlog', rank: 700 }),
  ];

  it('freezes every task of the sprint, done or not, and only those', () => {
    const { snapshot } = planSprintClose(tasks, s4, s5, {});
    expect(snapshot.map((t) => t.id).sort()).toEqual(['a', 'b', 'c']);
    expect(snapshot.find((t) => t.id === 'b')).toMatchObject({
      status: 'gepland',
      sprintId: 'sprint-4',
      carryOverCount: 0,
    });
  });

  it('keeps the snapshot apart from the live tasks', () => {
    const { snapshot } = planSprintClose(tasks, s4, s5, {});
    snapshot.find((t) => t.id === 'c')!.checklist[0]!.done = true;
    expect(tasks[2]!.checklist[0]!.done).toBe(false);
  });

  it('ranks carried tasks below the work already in their new place, in their old order', () => {
    const { moves } = planSprintClose(tasks, s4, s5, { b: 'next', c: 'next' });
    const rank = (id: string) => moves.find((m) => m.id === id)!.patch.rank!;
    expect(rank('c')).toBeGreaterThan(5000);
    expect(rank('b')).toBeGreaterThan(rank('c'));
  });

  it('mixes decisions per task', () => {
    const { moves } = planSprintClose(tasks, s4, s5, { b: 'backlog', c: 'keep' });
    expect(moves.map((m) => m.id)).toEqual(['b']);
    expect(moves[0]!.patch).toMatchObject({ sprintId: null, status: 'backlog' });
    expect(moves[0]!.patch.rank).toBeGreaterThan(700);
  });

  it('ignores decisions for tasks of other sprints', () => {
    const { moves } = planSprintClose(tasks, s4, s5, { d: 'backlog', e: 'next' });
    expect(moves.map((m) => m.id).sort()).toEqual(['b', 'c']);
  });

  it.each<{
    decisions: Record<string, CloseDecision>;
    expected: ReturnType<typeof summarizeClose>;
  }>([
    { decisions: {}, expected: { done: 1, unfinished: 2, toNext: 2, toBacklog: 0, kept: 0 } },
    {
      decisions: { b: 'backlog' },
      expected: { done: 1, unfinished: 2, toNext: 1, toBacklog: 1, kept: 0 },
    },
    {
      decisions: { b: 'keep', c: 'keep' },
      expected: { done: 1, unfinished: 2, toNext: 0, toBacklog: 0, kept: 2 },
    },
  ])('summarizes $decisions', ({ decisions, expected }) => {
    expect(summarizeClose(tasks, s4, s5, decisions)).toEqual(expected);
  });

  it.each([
    { next: s5, expected: 'next' },
    { next: undefined, expected: 'backlog' },
  ])('defaults to $expected', ({ next, expected }) => {
    expect(defaultDecision(next)).toBe(expected);
  });
});
