import { describe, expect, it } from 'vitest';
import type { BackupRows, BackupTable } from '../../src/domain/backup';
import { planRemoteApply, rowKey, type RemoteApply } from '../../src/domain/syncApply';
import {
  CONTEXT_TABLES,
  planRemoteChanges,
  taskRefsOf,
  type RemoteChange,
  type RemoteChangesApply,
} from '../../src/domain/syncApplyChanges';
import type { HistoryEntry, Plan } from '../../src/domain/types';
import { aPerson, aSprint, aTask, aTheme, anAction } from '../builders';

// A remote change checked row by row must store exactly what checking the whole plan stores
// (planRemoteApply), or say that the whole plan must be checked.

const NOW = '2025-05-20T10:00:00.000Z';
const CTX = {
  now: NOW,
  names: { unlabeledTheme: 'Zonder label', untitled: 'Zonder titel', missingReason: 'Onbekend' },
};
const PLAN: Plan = {
  id: 'plan-1',
  name: 'Jaarplan AI 2025',
  year: 2025,
  sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  createdAt: NOW,
  updatedAt: NOW,
};
const TASK = aTask({ id: 'task-1', title: 'Lokaal' });
const OTHER = aTask({ id: 'task-2', title: 'Ander' });
const LINE: HistoryEntry = {
  id: 'h-1',
  planId: 'plan-1',
  taskId: 'task-1',
  at: NOW,
  field: 'status',
  from: 'backlog',
  to: 'gepland',
};

function localRows(fields: Partial<BackupRows> = {}): BackupRows {
  return {
    plans: [PLAN],
    themes: [aTheme()],
    actions: [anAction()],
    tasks: [TASK, OTHER],
    sprints: [aSprint({ number: 1 })],
    people: [aPerson()],
    history: [LINE],
    ...fields,
  };
}

/** The document after the changes: the local rows with each change made. */
function remoteAfter(local: BackupRows, changes: readonly RemoteChange[]) {
  const remote = Object.fromEntries(
    Object.entries(local).map(([t, rows]) => [t, [...(rows as unknown[])]]),
  ) as Record<BackupTable, unknown[]>;
  for (const { table, id, row } of changes) {
    const rows = remote[table].filter((r) => (r as { id: string }).id !== id);
    remote[table] = row === null ? rows : [...rows, row];
  }
  return remote;
}

function incremental(local: BackupRows, changes: RemoteChange[], pending = new Set<string>()) {
  const stored = new Map<string, { id: string }>();
  for (const { table, id } of changes) {
    const mine = (local[table] as Array<{ id: string }>).find((r) => r.id === id);
    if (mine) stored.set(rowKey(table, id), mine);
  }
  const refs = new Set(taskRefsOf(changes));
  return planRemoteChanges(
    {
      planId: 'plan-1',
      changes,
      context: Object.fromEntries(CONTEXT_TABLES.map((t) => [t, local[t]])) as Pick<
        BackupRows,
        (typeof CONTEXT_TABLES)[number]
      >,
      stored,
      storedTaskIds: new Set(local.tasks.filter((t) => refs.has(t.id)).map((t) => t.id)),
      pending,
    },
    CTX,
  );
}

const keysOf = (apply: RemoteApply) => ({
  put: Object.entries(apply.put).flatMap(([t, rows]) => rows.map((r) => `${t}:${r.id}`)),
  remove: Object.entries(apply.remove).flatMap(([t, ids]) => ids.map((id) => `${t}:${id}`)),
  rejected: apply.rejected.map((r) => `${r.table}:${r.id}`),
  rows: Object.values(apply.put).flat(),
});

describe('planRemoteChanges', () => {
  const change = <T extends { id: string }>(table: BackupTable, row: T): RemoteChange => ({
    table,
    id: row.id,
    row,
  });
  const gone = (table: BackupTable, id: string): RemoteChange => ({ table, id, row: null });

  const same: Array<{
    name: string;
    changes: RemoteChange[];
    puts: string[];
    rejected?: string[];
  }> = [
    { name: 'an unchanged row stores nothing', changes: [change('tasks', TASK)], puts: [] },
    {
      name: 'a changed field of a task',
      changes: [change('tasks', { ...TASK, title: 'Van het team' })],
      puts: ['tasks:task-1'],
    },
    {
      name: 'a new task',
      changes: [change('tasks', aTask({ id: 'task-3' }))],
      puts: ['tasks:task-3'],
    },
    {
      name: 'a task blocked by a stored task keeps its blocker',
      changes: [change('tasks', { ...TASK, blockedBy: ['task-2'] })],
      puts: ['tasks:task-1'],
    },
    {
      name: 'a blocker that does not exist is dropped',
      changes: [change('tasks', { ...TASK, blockedBy: ['task-2', 'weg'] })],
      puts: ['tasks:task-1'],
    },
    {
      name: 'a task whose theme is missing goes to the unlabeled theme, made for it',
      changes: [change('tasks', { ...TASK, themeId: 'weg' })],
      puts: ['themes:plan-1:zonder-label', 'tasks:task-1'],
    },
    {
      name: 'a missing sprint, action and assignee are let go',
      changes: [
        change('tasks', {
          ...TASK,
          sprintId: 'weg',
          actionId: 'weg',
          assigneeIds: ['person-1', 'weg'],
        }),
      ],
      puts: ['tasks:task-1'],
    },
    {
      name: 'an action of another theme is let go',
      changes: [
        change('themes', aTheme({ id: 'theme-2', color: '#2f4f6f' })),
        change('tasks', { ...TASK, actionId: 'action-1', themeId: 'theme-2' }),
      ],
      puts: ['themes:theme-2', 'tasks:task-1'],
    },
    {
      name: 'a failing row is rejected and the valid ones stored',
      changes: [
        change('tasks', { ...TASK, status: 'kapot' }),
        change('tasks', { ...OTHER, title: 'Goed' }),
      ],
      puts: ['tasks:task-2'],
      rejected: ['tasks:task-1'],
    },
    {
      name: 'a row of another plan is rejected',
      changes: [change('tasks', aTask({ id: 'task-9', planId: 'plan-2' }))],
      puts: [],
      rejected: ['tasks:task-9'],
    },
    {
      name: 'a new sprint starting first renumbers the others',
      changes: [
        change(
          'sprints',
          aSprint({ id: 'sprint-0', number: 2, start: '2025-01-06', end: '2025-02-16' }),
        ),
      ],
      puts: ['sprints:sprint-0', 'sprints:sprint-4'],
    },
    {
      name: 'a new history line of a stored task',
      changes: [change('history', { ...LINE, id: 'h-2' })],
      puts: ['history:h-2'],
    },
    {
      name: 'a task gone from the document and from this device (my own delete, sent)',
      changes: [gone('tasks', 'task-9')],
      puts: [],
    },
    {
      name: 'a removed history line',
      changes: [gone('history', 'h-1')],
      puts: [],
    },
    {
      name: 'a renamed theme, person and plan',
      changes: [
        change('themes', aTheme({ name: 'Nieuw' })),
        change('people', aPerson({ name: 'Nieuw' })),
        change('plans', { ...PLAN, name: 'Nieuw' }),
      ],
      puts: ['themes:theme-1', 'people:person-1', 'plans:plan-1'],
    },
  ];

  it.each(same)('$name: stores what checking the whole plan stores', (c) => {
    const local = localRows();
    const result = incremental(local, c.changes);
    expect(result.whole).toBe(false);
    const whole = planRemoteApply(
      {
        planId: 'plan-1',
        remote: remoteAfter(local, c.changes),
        local,
        pending: new Set(),
      },
      CTX,
    );
    const mine = keysOf(result as RemoteApply);
    expect(mine.put.sort()).toEqual([...c.puts].sort());
    expect(mine.rejected).toEqual(c.rejected ?? []);
    const theirs = keysOf(whole);
    expect(mine.put.sort()).toEqual(theirs.put.sort());
    expect(mine.remove.sort()).toEqual(theirs.remove.sort());
    expect(mine.rejected.sort()).toEqual(theirs.rejected.sort());
    expect(mine.rows).toEqual(expect.arrayContaining(theirs.rows));
  });

  const wholeCases: Array<{ name: string; changes: RemoteChange[]; local?: BackupRows }> = [
    { name: 'a deleted task (others may name it as blocker)', changes: [gone('tasks', 'task-2')] },
    { name: 'a deleted theme', changes: [gone('themes', 'theme-1')] },
    { name: 'a deleted sprint', changes: [gone('sprints', 'sprint-4')] },
    { name: 'a deleted action', changes: [gone('actions', 'action-1')] },
    { name: 'a deleted person', changes: [gone('people', 'person-1')] },
    {
      name: 'an action moved to another theme',
      changes: [change('actions', anAction({ themeId: 'theme-2' }))],
    },
    {
      name: 'a history line of a task this device does not have',
      changes: [change('history', { ...LINE, id: 'h-3', taskId: 'task-weg' })],
    },
    {
      name: 'a plan not stored yet',
      changes: [change('tasks', TASK)],
      local: localRows({ plans: [] }),
    },
  ];

  it.each(wholeCases)('$name: the whole plan is checked', ({ changes, local }) => {
    expect(incremental(local ?? localRows(), changes).whole).toBe(true);
  });

  it('an unsent local change is left as it is: neither checked nor written', () => {
    const result = incremental(
      localRows(),
      [change('tasks', { ...TASK, title: 'Van het team' })],
      new Set(['tasks:task-1']),
    );
    expect(result).toMatchObject({ whole: false, examined: [] });
    expect(keysOf(result as RemoteApply).put).toEqual([]);
  });

  it('at 10,000 tasks, one changed task examines that row and reads only the tasks it names', () => {
    const tasks = Array.from({ length: 10_000 }, (_, i) => aTask({ id: `task-${i}` }));
    const local = localRows({ tasks });
    const edited = { ...tasks[5_000]!, title: 'Van het team', blockedBy: ['task-7', 'weg'] };
    const changes = [change('tasks', edited)];
    expect(taskRefsOf(changes)).toEqual(['task-7', 'weg']);
    const result: RemoteChangesApply = incremental(local, changes);
    expect(result).toMatchObject({ whole: false, examined: ['tasks:task-5000'] });
    const stored = keysOf(result as RemoteApply);
    expect(stored.put).toEqual(['tasks:task-5000']);
    expect(stored.rows[0]).toMatchObject({ title: 'Van het team', blockedBy: ['task-7'] });
  });
});
