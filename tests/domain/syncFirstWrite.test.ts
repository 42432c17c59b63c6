import { describe, expect, it } from 'vitest';
import type { BackupRows, BackupTable } from '../../src/domain/backup';
import { emptyTables, type RemoteApply } from '../../src/domain/syncApply';
import { DEFER_AT_LEAST, planFirstWrite } from '../../src/domain/syncFirstWrite';
import { aPlan, aSprint, aTask, aTheme } from '../builders';

// Sprint 4 holds "today"; sprint 5 is the next one.
const TODAY = '2025-05-20';
const SPRINTS = [
  aSprint({ id: 'sprint-4', number: 4, start: '2025-04-28', end: '2025-06-08' }),
  aSprint({ id: 'sprint-5', number: 5, start: '2025-06-09', end: '2025-07-20' }),
];
const N = DEFER_AT_LEAST;

const tasks = (count: number, sprintId: string | null, prefix: string) =>
  Array.from({ length: count }, (_, i) => aTask({ id: `${prefix}-${i}`, sprintId }));
const historyOf = (taskId: string) => ({ id: `h-${taskId}`, planId: 'plan-1', taskId });

function anApply(put: Partial<Record<BackupTable, Array<{ id: string }>>>): RemoteApply {
  return {
    put: { ...emptyTables(() => []), ...put },
    remove: { ...emptyTables(() => []), tasks: ['gone'] },
    rejected: [{ table: 'tasks', id: 'bad' }],
  };
}

const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((r) => r.id);

/** The device's rows: the two sprints, and the given tasks. */
const storedRows = (taskIds: readonly string[] = [], sprints = SPRINTS): BackupRows =>
  ({
    ...emptyTables(() => []),
    sprints,
    tasks: taskIds.map((id) => aTask({ id, sprintId: 'sprint-5' })),
  }) as unknown as BackupRows;

describe('planFirstWrite', () => {
  const cases: Array<{
    name: string;
    put: Partial<Record<BackupTable, Array<{ id: string }>>>;
    /** Ids of the tasks the device has. */
    stored?: string[];
    noStoredSprints?: boolean;
    choice?: string | null;
    first: number;
    later: number;
  }> = [
    {
      name: 'a join: the opening sprint first, the other sprints and the backlog later',
      put: {
        themes: [aTheme()],
        tasks: [...tasks(3, 'sprint-4', 'a'), ...tasks(N, 'sprint-5', 'b'), ...tasks(2, null, 'c')],
      },
      first: 3,
      later: N + 2,
    },
    {
      name: 'the sprint named in the link goes first',
      put: { tasks: [...tasks(N, 'sprint-4', 'a'), ...tasks(3, 'sprint-5', 'b')] },
      choice: '5',
      first: 3,
      later: N,
    },
    {
      name: "an old 'backlog' link: the opening sprint goes first, as the board shows it",
      put: { tasks: [...tasks(2, 'sprint-4', 'a'), ...tasks(N, null, 'c')] },
      choice: 'backlog',
      first: 2,
      later: N,
    },
    {
      name: 'fewer new rows off the screen than the threshold: all at once',
      put: { tasks: [...tasks(3, 'sprint-4', 'a'), ...tasks(N - 1, 'sprint-5', 'b')] },
      first: N + 2,
      later: 0,
    },
    {
      name: 'a change to a stored task off the screen is never deferred',
      put: { tasks: [...tasks(N, 'sprint-5', 'b'), aTask({ id: 'mine', sprintId: 'sprint-5' })] },
      stored: ['mine'],
      first: 1,
      later: N,
    },
    {
      name: 'a join: the sprints arrive with the apply, and the opening one goes first',
      put: {
        sprints: SPRINTS,
        tasks: [...tasks(3, 'sprint-4', 'a'), ...tasks(N, 'sprint-5', 'b')],
      },
      noStoredSprints: true,
      first: 3,
      later: N,
    },
    {
      name: "a plan with a story day opens on that day's sprint, as the board does",
      put: {
        plans: [aPlan({ storyDay: '2025-06-15' })],
        tasks: [...tasks(N, 'sprint-4', 'a'), ...tasks(3, 'sprint-5', 'b')],
      },
      first: 3,
      later: N,
    },
  ];
  it.each(cases)('$name', ({ put, stored = [], noStoredSprints, choice = null, first, later }) => {
    const result = planFirstWrite(anApply(put), {
      local: storedRows(stored, noStoredSprints ? [] : SPRINTS),
      choice,
      clockToday: TODAY,
    });
    expect(result.put.tasks).toHaveLength(first);
    expect(result.later).toHaveLength(later);
    // Nothing is lost or written twice, and the rest of the apply is untouched.
    expect([...ids(result.put.tasks), ...ids(result.later.map((l) => l.row))].sort()).toEqual(
      ids(put.tasks ?? []).sort(),
    );
    expect(result.put.themes).toEqual(put.themes ?? []);
    expect(result.remove.tasks).toEqual(['gone']);
    expect(result.rejected).toEqual([{ table: 'tasks', id: 'bad' }]);
  });

  it('defers the history of a deferred task with it, after the tasks, and keeps the shown task’s history first', () => {
    const later = tasks(N, 'sprint-5', 'b');
    const shown = aTask({ id: 'shown', sprintId: 'sprint-4' });
    const result = planFirstWrite(
      anApply({ tasks: [shown, ...later], history: [historyOf('shown'), historyOf('b-0')] }),
      { local: storedRows(), choice: null, clockToday: TODAY },
    );
    expect(ids(result.put.history)).toEqual(['h-shown']);
    expect(result.later.at(-1)).toEqual({ table: 'history', row: historyOf('b-0') });
    expect(result.later.slice(0, N).every((l) => l.table === 'tasks')).toBe(true);
  });
});
