import { describe, expect, it } from 'vitest';
import { belongsToAction, placedActionId, placeTasks } from '../../src/domain/placement';
import type { Task } from '../../src/domain/types';
import { anAction, aTask } from '../builders';

const actions = [anAction({ id: 'A', themeId: 'T1' }), anAction({ id: 'B', themeId: 'T2' })];
const actionById = new Map(actions.map((a) => [a.id, a]));

describe('belongsToAction', () => {
  it.each<[string, Pick<Task, 'actionId' | 'themeId'>, boolean]>([
    ['its action, in the action’s theme', { themeId: 'T1', actionId: 'A' }, true],
    ['its action, but the task sits in another theme', { themeId: 'T2', actionId: 'A' }, false],
    ['another action', { themeId: 'T1', actionId: 'B' }, false],
    ['no action', { themeId: 'T1', actionId: null }, false],
  ])('%s: %s', (_name, task, expected) => {
    expect(belongsToAction(task, actions[0]!)).toBe(expected);
  });
});

describe('placedActionId', () => {
  it.each<[string, Pick<Task, 'actionId' | 'themeId'>, string | null]>([
    ['under its action', { themeId: 'T1', actionId: 'A' }, 'A'],
    ['under its theme when it has no action', { themeId: 'T1', actionId: null }, null],
    [
      'under its theme when its action lives in another theme',
      { themeId: 'T1', actionId: 'B' },
      null,
    ],
    ['under its theme when its action is unknown', { themeId: 'T1', actionId: 'deleted' }, null],
  ])('%s', (_name, task, expected) => {
    expect(placedActionId(task, actionById)).toBe(expected);
  });
});

describe('placeTasks', () => {
  const tasks = [
    aTask({ id: '1', themeId: 'T1', actionId: 'A' }),
    aTask({ id: '2', themeId: 'T1', actionId: null }),
    aTask({ id: '3', themeId: 'T1', actionId: 'B' }),
    aTask({ id: '4', themeId: 'T1', actionId: 'deleted' }),
    aTask({ id: '5', themeId: 'T2', actionId: null }),
    aTask({ id: '6', themeId: 'T1', actionId: 'A' }),
  ];
  const placed = placeTasks(tasks, actions);
  const ids = (list: Task[] | undefined) => (list ?? []).map((t) => t.id);

  it.each<[string, () => string[], string[]]>([
    [
      'action A holds its own tasks, in the given order',
      () => ids(placed.perAction.get('A')),
      ['1', '6'],
    ],
    ['action B holds no task of another theme', () => ids(placed.perAction.get('B')), []],
    [
      'theme T1 holds its tasks without action, with an unknown action or one of another theme',
      () => ids(placed.loosePerTheme.get('T1')),
      ['2', '3', '4'],
    ],
    [
      'theme T2 holds its own task without action',
      () => ids(placed.loosePerTheme.get('T2')),
      ['5'],
    ],
  ])('%s', (_name, get, expected) => {
    expect(get()).toEqual(expected);
  });
});
