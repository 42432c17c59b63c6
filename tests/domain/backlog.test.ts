import { describe, expect, it } from 'vitest';
import { sprintMovePatch, statusInPlace, statusWithoutSprint } from '../../src/domain/backlog';
import type { Status } from '../../src/domain/types';
import { aSprint, aTask } from '../builders';

describe('statusWithoutSprint', () => {
  it.each<[Status, Status]>([
    ['backlog', 'backlog'],
    ['gepland', 'backlog'],
    ['in-uitvoering', 'backlog'],
    ['geblokkeerd', 'geblokkeerd'],
    ['afgerond', 'afgerond'],
  ])('%s without a sprint → %s', (status, expected) => {
    expect(statusWithoutSprint(status)).toBe(expected);
  });
});

describe('statusInPlace', () => {
  it.each<[Status, string | null, Status]>([
    ['backlog', 'sprint-5', 'gepland'],
    ['gepland', 'sprint-5', 'gepland'],
    ['in-uitvoering', 'sprint-5', 'in-uitvoering'],
    ['geblokkeerd', 'sprint-5', 'geblokkeerd'],
    ['afgerond', 'sprint-5', 'afgerond'],
    ['in-uitvoering', null, 'backlog'],
    ['geblokkeerd', null, 'geblokkeerd'],
  ])('%s into %s → %s', (status, sprintId, expected) => {
    expect(statusInPlace(status, sprintId)).toBe(expected);
  });
});

describe('sprintMovePatch', () => {
  const sprint4 = aSprint({ id: 'sprint-4', start: '2025-04-28', end: '2025-06-08' });
  it.each<[string, Parameters<typeof aTask>[0], string | null, object]>([
    ['staying in its sprint changes nothing', { sprintId: 'sprint-4' }, 'sprint-4', {}],
    [
      'a backlog task into a sprint becomes Gepland',
      { sprintId: null, status: 'backlog' },
      'sprint-5',
      { sprintId: 'sprint-5', status: 'gepland' },
    ],
    [
      'work under way moves on to the next sprint as it is, due date too',
      { sprintId: 'sprint-4', status: 'in-uitvoering', dueDate: '2025-06-08' },
      'sprint-5',
      { sprintId: 'sprint-5' },
    ],
    [
      'work under way sent to the backlog becomes Backlog and loses its sprint due date',
      { sprintId: 'sprint-4', status: 'in-uitvoering', dueDate: '2025-06-08' },
      null,
      { sprintId: null, status: 'backlog', dueDate: null },
    ],
    [
      'a due date outside the old sprint stays',
      { sprintId: 'sprint-4', status: 'gepland', dueDate: '2025-09-30' },
      null,
      { sprintId: null, status: 'backlog' },
    ],
    [
      'a blocked task sent to the backlog stays blocked',
      { sprintId: 'sprint-4', status: 'geblokkeerd', dueDate: '2025-05-30' },
      null,
      { sprintId: null, dueDate: null },
    ],
    [
      'a done task sent to the backlog keeps status and due date',
      { sprintId: 'sprint-4', status: 'afgerond', dueDate: '2025-05-30' },
      null,
      { sprintId: null },
    ],
  ])('%s', (_name, fields, target, expected) => {
    const task = aTask(fields);
    const from = task.sprintId === sprint4.id ? sprint4 : undefined;
    expect(sprintMovePatch(task, target, from)).toEqual(expected);
  });
});
