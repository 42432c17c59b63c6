import { describe, expect, it } from 'vitest';
import { countStates, isUnfinished, taskState, type TaskState } from '../../src/domain/taskState';
import type { Status } from '../../src/domain/types';
import { aTask } from '../builders';

describe('taskState', () => {
  it.each<[Status, TaskState, boolean]>([
    ['backlog', 'open', true],
    ['gepland', 'open', true],
    ['in-uitvoering', 'open', true],
    ['geblokkeerd', 'blocked', true],
    ['afgerond', 'done', false],
  ])('%s is %s (unfinished: %s)', (status, state, unfinished) => {
    expect(taskState({ status })).toBe(state);
    expect(isUnfinished({ status })).toBe(unfinished);
  });
});

describe('countStates', () => {
  it.each<[string, Status[], { total: number; open: number; blocked: number; done: number }]>([
    ['nothing', [], { total: 0, open: 0, blocked: 0, done: 0 }],
    [
      'blocked counts as blocked, not as open',
      ['geblokkeerd', 'in-uitvoering', 'afgerond', 'backlog'],
      { total: 4, open: 2, blocked: 1, done: 1 },
    ],
  ])('%s', (_name, statuses, expected) => {
    expect(countStates(statuses.map((status, i) => aTask({ id: `t${i}`, status })))).toEqual(
      expected,
    );
  });
});
