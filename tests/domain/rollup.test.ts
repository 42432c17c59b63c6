import { describe, expect, it } from 'vitest';
import { progressOf, rollupPlan, sprintSpanOf } from '../../src/domain/rollup';
import type { Task } from '../../src/domain/types';
import { aSprint, anAction, aTask, aTheme } from '../builders';

const TODAY = '2025-05-20';

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
      'blocked counts as blocked, not as open',
      [aTask({ id: 'a', status: 'geblokkeerd' }), aTask({ id: 'b', status: 'afgerond' })],
      { total: 2, done: 1, open: 0, blocked: 1, late: 0, percent: 50 },
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
      { total: 4, done: 1, open: 2, blocked: 1, late: 1, percent: 25 },
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
