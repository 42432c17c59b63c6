import { describe, expect, it } from 'vitest';
import type { BackupRows, BackupTable } from '../../src/domain/backup';
import { planRemoteApply, rowKey, type RemoteApply } from '../../src/domain/syncApply';
import {
  CONTEXT_TABLES,
  dependentLookupsOf,
  planRemoteChanges,
  taskRefsOf,
  type DependentLookups,
  type Dependents,
  type RemoteChange,
  type RemoteChangesApply,
} from '../../src/domain/syncApplyChanges';
import type { HistoryEntry, Plan } from '../../src/domain/types';
import { aPerson, aSprint, aTask, aTheme, anAction, aPlan } from '../builders';

// A remote change checked row by row must store exactly what checking the whole plan stores
// (planRemoteApply), or say that the whole plan must be checked.

const NOW = '2025-05-20T10:00:00.000Z';
const CTX = {
  now: NOW,
  names: { unlabeledTheme: 'Zonder label', untitled: 'Zonder titel', missingReason: 'Onbekend' },
};
const PLAN: Plan = aPlan({ createdAt: NOW, updatedAt: NOW });
const TASK = aTask({ id: 'task-1', title: 'Lokaal' });
const OTHER = aTask({ id: 'task-2', title: 'Ander' });
const DELETED_LINE: HistoryEntry = {
  id: 'h-del',
  planId: 'plan-1',
  taskId: 'task-1',
  at: NOW,
  field: 'deleted',
  from: 'backlog',
  to: null,
};
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

/** The stored rows naming what the changes delete or move, as the indexes of src/db find them. */
function dependentsIn(local: BackupRows, lookups: DependentLookups): Dependents {
  const any = (ids: readonly string[], values: readonly string[]) =>
    values.some((v) => ids.includes(v));
  return {
    tasks: local.tasks.filter(
      (t) =>
        any(lookups.blockedBy, t.blockedBy) ||
        any(lookups.assigneeIds, t.assigneeIds) ||
        lookups.themeId.includes(t.themeId) ||
        (t.sprintId !== null && lookups.sprintId.includes(t.sprintId)) ||
        (t.actionId !== null && lookups.actionId.includes(t.actionId)),
    ),
    history: local.history.filter((h) => lookups.historyOf.includes(h.taskId)),
  };
}

function incremental(local: BackupRows, changes: RemoteChange[], pending = new Set<string>()) {
  const stored = new Map<string, { id: string }>();
  for (const { table, id } of changes) {
    const mine = (local[table] as Array<{ id: string }>).find((r) => r.id === id);
    if (mine) stored.set(rowKey(table, id), mine);
  }
  const dependents = dependentsIn(local, dependentLookupsOf({ changes, stored, pending }));
  const refs = new Set(
    taskRefsOf([
      ...changes,
      ...dependents.tasks.map((row) => ({ table: 'tasks' as const, id: row.id, row })),
    ]),
  );
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
      dependents,
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
    removes?: string[];
    rejected?: string[];
    local?: BackupRows;
    pending?: string[];
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
      removes: ['history:h-1'],
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
    {
      name: 'a deleted task is let go by the task it blocked; its history without a delete line goes',
      local: localRows({ tasks: [TASK, { ...OTHER, blockedBy: ['task-1'] }] }),
      changes: [gone('tasks', 'task-1')],
      puts: ['tasks:task-2'],
      removes: ['tasks:task-1', 'history:h-1'],
    },
    {
      name: 'a deleted task with its delete line keeps its history',
      changes: [gone('tasks', 'task-1'), change('history', DELETED_LINE)],
      puts: ['history:h-del'],
      removes: ['tasks:task-1'],
    },
    {
      name: 'a deleted task whose delete line is stored keeps its history',
      local: localRows({ history: [LINE, DELETED_LINE] }),
      changes: [gone('tasks', 'task-1')],
      puts: [],
      removes: ['tasks:task-1'],
    },
    {
      name: 'a task changed together with the delete of its blocker lets go of it',
      changes: [
        gone('tasks', 'task-1'),
        change('history', DELETED_LINE),
        change('tasks', { ...OTHER, title: 'Van het team', blockedBy: ['task-1'] }),
      ],
      puts: ['tasks:task-2', 'history:h-del'],
      removes: ['tasks:task-1'],
    },
    {
      name: 'a deleted task blocking an unsent local task: that task lets go of it too',
      local: localRows({ tasks: [TASK, { ...OTHER, blockedBy: ['task-1'] }] }),
      changes: [gone('tasks', 'task-1'), change('history', DELETED_LINE)],
      pending: ['tasks:task-2'],
      puts: ['tasks:task-2', 'history:h-del'],
      removes: ['tasks:task-1'],
    },
    {
      name: 'two deleted tasks, one blocking the other',
      local: localRows({
        tasks: [
          TASK,
          { ...OTHER, blockedBy: ['task-1'] },
          aTask({ id: 'task-3', blockedBy: ['task-1', 'task-2'] }),
        ],
      }),
      changes: [gone('tasks', 'task-1'), gone('tasks', 'task-2')],
      puts: ['tasks:task-3'],
      removes: ['tasks:task-1', 'tasks:task-2', 'history:h-1'],
    },
    {
      name: 'a deleted theme sends its actions and tasks to the unlabeled theme',
      local: localRows({
        themes: [aTheme(), aTheme({ id: 'theme-2', color: '#2f4f6f' })],
        tasks: [
          { ...TASK, actionId: 'action-1' },
          { ...OTHER, themeId: 'theme-2' },
        ],
      }),
      changes: [gone('themes', 'theme-1')],
      puts: ['themes:plan-1:zonder-label', 'actions:action-1', 'tasks:task-1'],
      removes: ['themes:theme-1'],
    },
    {
      name: 'a deleted sprint sends its tasks to the backlog and renumbers the others',
      local: localRows({
        sprints: [
          aSprint({ id: 'sprint-3', number: 1, start: '2025-03-17', end: '2025-04-27' }),
          aSprint({ number: 2 }),
        ],
        tasks: [
          { ...TASK, sprintId: 'sprint-3' },
          { ...OTHER, sprintId: 'sprint-4' },
        ],
        actions: [anAction({ targetSprintId: 'sprint-3' })],
      }),
      changes: [gone('sprints', 'sprint-3')],
      puts: ['sprints:sprint-4', 'tasks:task-1', 'actions:action-1'],
      removes: ['sprints:sprint-3'],
    },
    {
      name: 'a deleted action is let go by its tasks',
      local: localRows({ tasks: [{ ...TASK, actionId: 'action-1' }, OTHER] }),
      changes: [gone('actions', 'action-1')],
      puts: ['tasks:task-1'],
      removes: ['actions:action-1'],
    },
    {
      name: 'a deleted person is let go by the tasks and actions naming them',
      local: localRows({
        tasks: [{ ...TASK, assigneeIds: ['person-1'] }, OTHER],
        actions: [anAction({ ownerId: 'person-1' })],
      }),
      changes: [gone('people', 'person-1')],
      puts: ['tasks:task-1', 'actions:action-1'],
      removes: ['people:person-1'],
    },
    {
      name: 'an action moved to another theme is let go by its tasks',
      local: localRows({
        themes: [aTheme(), aTheme({ id: 'theme-2', color: '#2f4f6f' })],
        tasks: [{ ...TASK, actionId: 'action-1' }, OTHER],
      }),
      changes: [change('actions', anAction({ themeId: 'theme-2' }))],
      puts: ['actions:action-1', 'tasks:task-1'],
    },
    {
      name: 'a refused task blocked by a deleted task: its stored version lets go of it',
      local: localRows({ tasks: [TASK, { ...OTHER, blockedBy: ['task-1'] }] }),
      changes: [
        gone('tasks', 'task-1'),
        change('history', DELETED_LINE),
        change('tasks', { ...OTHER, status: 'kapot' }),
      ],
      puts: ['tasks:task-2', 'history:h-del'],
      removes: ['tasks:task-1'],
      rejected: ['tasks:task-2'],
    },
  ];

  it.each(same)('$name: stores what checking the whole plan stores', (c) => {
    const local = c.local ?? localRows();
    const pending = new Set(c.pending ?? []);
    const result = incremental(local, c.changes, pending);
    expect(result.whole).toBe(false);
    const whole = planRemoteApply(
      {
        planId: 'plan-1',
        remote: remoteAfter(local, c.changes),
        local,
        pending,
      },
      CTX,
    );
    const mine = keysOf(result as RemoteApply);
    expect(mine.put.sort()).toEqual([...c.puts].sort());
    expect(mine.remove.sort()).toEqual([...(c.removes ?? [])].sort());
    expect(mine.rejected).toEqual(c.rejected ?? []);
    const theirs = keysOf(whole);
    expect(mine.put.sort()).toEqual(theirs.put.sort());
    expect(mine.remove.sort()).toEqual(theirs.remove.sort());
    expect(mine.rejected.sort()).toEqual(theirs.rejected.sort());
    expect(mine.rows).toEqual(expect.arrayContaining(theirs.rows));
  });

  const wholeCases: Array<{ name: string; changes: RemoteChange[]; local?: BackupRows }> = [
    { name: 'the deleted plan', changes: [gone('plans', 'plan-1')] },
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

  it('at 10,000 tasks, a deleted task examines that row and the tasks and lines naming it only', () => {
    const tasks = Array.from({ length: 10_000 }, (_, i) =>
      aTask({ id: `task-${i}`, blockedBy: i === 7 || i === 8 ? ['task-5000'] : [] }),
    );
    const local = localRows({ tasks, history: [{ ...LINE, taskId: 'task-5000' }] });
    const changes = [gone('tasks', 'task-5000')];
    const result = incremental(local, changes);
    expect(result).toMatchObject({
      whole: false,
      examined: ['tasks:task-5000', 'tasks:task-7', 'tasks:task-8', 'history:h-1'],
    });
    const stored = keysOf(result as RemoteApply);
    expect(stored.put.sort()).toEqual(['tasks:task-7', 'tasks:task-8']);
    expect(stored.remove.sort()).toEqual(['history:h-1', 'tasks:task-5000']);
    expect(stored.rows).toEqual([
      expect.objectContaining({ id: 'task-7', blockedBy: [] }),
      expect.objectContaining({ id: 'task-8', blockedBy: [] }),
    ]);
  });
});

describe('dependentLookupsOf', () => {
  const stored = new Map<string, { id: string }>([
    ['tasks:task-1', TASK],
    ['actions:action-1', anAction()],
    ['people:person-1', aPerson()],
  ]);
  const cases: Array<{
    name: string;
    changes: RemoteChange[];
    pending?: string[];
    want: Partial<DependentLookups>;
  }> = [
    {
      name: 'an edited task looks up nothing',
      changes: [{ table: 'tasks', id: 'task-1', row: { ...TASK, title: 'Nieuw' } }],
      want: {},
    },
    {
      name: 'a deleted task: the tasks it blocks and its history',
      changes: [{ table: 'tasks', id: 'task-1', row: null }],
      want: { blockedBy: ['task-1'], historyOf: ['task-1'] },
    },
    {
      name: 'a deleted person: the tasks assigned to them',
      changes: [{ table: 'people', id: 'person-1', row: null }],
      want: { assigneeIds: ['person-1'] },
    },
    {
      name: 'an action moved to another theme: its tasks',
      changes: [{ table: 'actions', id: 'action-1', row: anAction({ themeId: 'theme-2' }) }],
      want: { actionId: ['action-1'] },
    },
    {
      name: 'a renamed action looks up nothing',
      changes: [{ table: 'actions', id: 'action-1', row: anAction({ title: 'Nieuw' }) }],
      want: {},
    },
    {
      name: 'a row deleted that this device no longer has looks up nothing',
      changes: [{ table: 'themes', id: 'theme-9', row: null }],
      want: {},
    },
    {
      name: 'a deleted row this device changed and did not send yet looks up nothing',
      changes: [{ table: 'tasks', id: 'task-1', row: null }],
      pending: ['tasks:task-1'],
      want: {},
    },
  ];
  it.each(cases)('$name', ({ changes, pending, want }) => {
    expect(dependentLookupsOf({ changes, stored, pending: new Set(pending ?? []) })).toEqual({
      blockedBy: [],
      assigneeIds: [],
      themeId: [],
      sprintId: [],
      actionId: [],
      historyOf: [],
      ...want,
    });
  });
});
