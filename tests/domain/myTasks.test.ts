import { describe, expect, it } from 'vitest';
import { isLate, myTaskGroups } from '../../src/domain/myTasks';
import type { Task } from '../../src/domain/types';
import { aSprint, aTask } from '../builders';

const TODAY = '2025-05-20';
const SPRINTS = [aSprint({ id: 's3', number: 3 }), aSprint({ id: 's4', number: 4 })];
const mine = (fields: Partial<Task>) => aTask({ assigneeIds: ['me'], ...fields });

describe('isLate', () => {
  it.each([
    ['2025-05-19', 'gepland', true],
    ['2025-05-20', 'gepland', false],
    ['2025-05-19', 'afgerond', false],
    [null, 'in-uitvoering', false],
    ['2025-01-01', 'geblokkeerd', true],
  ] as const)('due %s, %s → %s', (dueDate, status, late) =>
    expect(isLate({ dueDate, status }, TODAY)).toBe(late),
  );
});

describe('myTaskGroups', () => {
  it('keeps only the tasks the person holds', () => {
    const groups = myTaskGroups(
      [mine({ id: 'a' }), aTask({ id: 'b', assigneeIds: ['other'] }), aTask({ id: 'c' })],
      'me',
      SPRINTS,
      TODAY,
    );
    expect(groups.flatMap((g) => g.rows.map((r) => r.task.id))).toEqual(['a']);
  });

  it('groups open work first (in uitvoering, geblokkeerd, gepland, backlog) and done last, leaving empty groups out', () => {
    const groups = myTaskGroups(
      [
        mine({ id: 'done', status: 'afgerond', sprintId: 's3' }),
        mine({ id: 'back', status: 'backlog' }),
        mine({ id: 'plan', status: 'gepland', sprintId: 's4' }),
        mine({ id: 'busy', status: 'in-uitvoering', sprintId: 's4' }),
      ],
      'me',
      SPRINTS,
      TODAY,
    );
    expect(groups.map((g) => [g.status, g.rows.map((r) => r.task.id)])).toEqual([
      ['in-uitvoering', ['busy']],
      ['gepland', ['plan']],
      ['backlog', ['back']],
      ['afgerond', ['done']],
    ]);
  });

  it.each([
    [
      'by sprint, the backlog after every sprint',
      [
        mine({ id: 'x', sprintId: null }),
        mine({ id: 'y', sprintId: 's4' }),
        mine({ id: 'z', sprintId: 's3' }),
      ],
      ['z', 'y', 'x'],
    ],
    [
      'within a sprint by due date, none last',
      [
        mine({ id: 'x', sprintId: 's4', dueDate: null }),
        mine({ id: 'y', sprintId: 's4', dueDate: '2025-06-01' }),
        mine({ id: 'z', sprintId: 's4', dueDate: '2025-05-01' }),
      ],
      ['z', 'y', 'x'],
    ],
    [
      'then by the board order',
      [mine({ id: 'x', sprintId: 's4', rank: 2 }), mine({ id: 'y', sprintId: 's4', rank: 1 })],
      ['y', 'x'],
    ],
  ])('sorts %s', (_, tasks, order) => {
    const [group] = myTaskGroups(
      tasks.map((t) => ({ ...t, status: 'gepland' as const })),
      'me',
      SPRINTS,
      TODAY,
    );
    expect(group?.rows.map((r) => r.task.id)).toEqual(order);
  });

  it('marks the late tasks and names the sprint of each row (null for the backlog)', () => {
    const [group] = myTaskGroups(
      [
        mine({ id: 'late', status: 'gepland', sprintId: 's3', dueDate: '2025-05-01' }),
        mine({ id: 'ok', status: 'gepland', dueDate: '2025-06-01' }),
      ],
      'me',
      SPRINTS,
      TODAY,
    );
    expect(group?.rows.map((r) => [r.task.id, r.late, r.sprint?.number ?? null])).toEqual([
      ['late', true, 3],
      ['ok', false, null],
    ]);
  });
});
