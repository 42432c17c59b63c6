import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyLocalRows,
  LOCAL_ORIGIN,
  remoteChangesOf,
  remoteRowsOf,
  rowsMissingFrom,
  watchRows,
  type RowRef,
} from '../../src/sync/bridge';
import { BACKUP_TABLES, type BackupRows } from '../../src/domain/backup';
import { planRemoteApply } from '../../src/domain/syncApply';
import { planRemoteChanges } from '../../src/domain/syncApplyChanges';
import { DOC_TABLE, tableMap, type Row } from '../../src/sync/rows';
import { aPlan, aTask, aTheme, REPAIR_NAMES } from '../builders';
import { EMPTIED, FILLED, writeOldFormat } from './rowFixtures';

// Two devices as two documents that exchange their updates, the way the server relays them.

function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const exchange = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, exchange };
}

const TASK = aTask({ id: 'task-1', title: 'Gedeeld', checklist: [] });
const tasksOf = (doc: Y.Doc) => remoteRowsOf(doc).tasks as Array<typeof TASK>;

describe('the bridge between local rows and the shared document', () => {
  it('different fields of one task changed on two devices both survive', () => {
    const { a, b, exchange } = pair();
    applyLocalRows(a, [{ table: 'tasks', id: TASK.id, row: TASK }]);
    exchange();
    applyLocalRows(a, [{ table: 'tasks', id: TASK.id, row: { ...TASK, title: 'Titel van A' } }]);
    applyLocalRows(b, [{ table: 'tasks', id: TASK.id, row: { ...TASK, dueDate: '2025-06-08' } }]);
    exchange();
    for (const doc of [a, b]) {
      expect(tasksOf(doc)[0]).toMatchObject({ title: 'Titel van A', dueDate: '2025-06-08' });
    }
  });

  it('WIP limits travel with the plan and theme rows, and a removed one is removed', () => {
    const { a, b, exchange } = pair();
    const plan = {
      id: 'plan-1',
      name: 'Jaarplan AI 2025',
      year: 2025,
      sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
      wipLimits: { 'in-uitvoering': 5 },
      createdAt: '2025-01-01T08:00:00.000Z',
      updatedAt: '2025-01-01T08:00:00.000Z',
    };
    const theme = aTheme({ wipLimit: 3 });
    applyLocalRows(a, [
      { table: 'plans', id: plan.id, row: plan },
      { table: 'themes', id: theme.id, row: theme },
    ]);
    exchange();
    expect(remoteRowsOf(b).plans[0]).toMatchObject({ wipLimits: { 'in-uitvoering': 5 } });
    expect(remoteRowsOf(b).themes[0]).toMatchObject({ wipLimit: 3 });
    applyLocalRows(b, [{ table: 'themes', id: theme.id, row: { ...theme, wipLimit: null } }]);
    exchange();
    expect(remoteRowsOf(a).themes[0]).toMatchObject({ wipLimit: null });
  });

  it('checklist items added on two devices at once both survive', () => {
    const { a, b, exchange } = pair();
    applyLocalRows(a, [{ table: 'tasks', id: TASK.id, row: TASK }]);
    exchange();
    const item = (id: string) => ({ id, title: id, done: false });
    applyLocalRows(a, [
      { table: 'tasks', id: TASK.id, row: { ...TASK, checklist: [item('van-a')] } },
    ]);
    applyLocalRows(b, [
      { table: 'tasks', id: TASK.id, row: { ...TASK, checklist: [item('van-b')] } },
    ]);
    exchange();
    for (const doc of [a, b]) {
      expect(
        tasksOf(doc)[0]!
          .checklist.map((c) => c.id)
          .sort(),
      ).toEqual(['van-a', 'van-b']);
    }
  });

  it('a delete wins over a concurrent edit of the same task', () => {
    const { a, b, exchange } = pair();
    applyLocalRows(a, [{ table: 'tasks', id: TASK.id, row: TASK }]);
    exchange();
    applyLocalRows(a, [{ table: 'tasks', id: TASK.id, row: null }]);
    applyLocalRows(b, [{ table: 'tasks', id: TASK.id, row: { ...TASK, title: 'Bewerkt' } }]);
    exchange();
    expect(tasksOf(a)).toEqual([]);
    expect(tasksOf(b)).toEqual([]);
  });

  it('a device that sends a deleted task later as it knew it does not bring it back', () => {
    const { a, b, exchange } = pair();
    applyLocalRows(a, [{ table: 'tasks', id: TASK.id, row: TASK }]);
    exchange();
    applyLocalRows(a, [{ table: 'tasks', id: TASK.id, row: null }]);
    exchange();
    applyLocalRows(b, [{ table: 'tasks', id: TASK.id, row: { ...TASK, title: 'Te laat' } }]);
    exchange();
    expect(tasksOf(a)).toEqual([]);
  });

  it('on the first connection only rows the document lacks (and never deleted) are sent', () => {
    const doc = new Y.Doc();
    const other = aTask({ id: 'task-2' });
    const gone = aTask({ id: 'task-3' });
    applyLocalRows(doc, [
      { table: 'tasks', id: TASK.id, row: TASK },
      { table: 'tasks', id: gone.id, row: gone },
    ]);
    applyLocalRows(doc, [{ table: 'tasks', id: gone.id, row: null }]);
    const local = {
      plans: [],
      themes: [],
      actions: [],
      sprints: [],
      people: [],
      history: [],
      tasks: [TASK, other, gone],
    };
    expect(rowsMissingFrom(doc, local as unknown as BackupRows).map((r) => r.id)).toEqual([
      'task-2',
    ]);
  });

  it('names the rows a teammate changed (a field, a checklist item, a delete), not my own', () => {
    const { a, b, exchange } = pair();
    applyLocalRows(a, [
      { table: 'tasks', id: TASK.id, row: TASK },
      { table: 'tasks', id: 'task-2', row: aTask({ id: 'task-2' }) },
    ]);
    const seen: RowRef[][] = [];
    const stop = watchRows(b, (rows) => seen.push(rows), [LOCAL_ORIGIN]);
    exchange();
    expect(
      seen
        .flat()
        .map((r) => r.id)
        .sort(),
    ).toEqual(['task-1', 'task-2']);

    const cases: Array<{ change: () => void; rows: string[] }> = [
      {
        change: () =>
          applyLocalRows(a, [{ table: 'tasks', id: TASK.id, row: { ...TASK, title: 'Nieuw' } }]),
        rows: ['tasks:task-1'],
      },
      {
        change: () =>
          applyLocalRows(a, [
            {
              table: 'tasks',
              id: 'task-2',
              row: aTask({ id: 'task-2', checklist: [{ id: 'c', title: 'c', done: false }] }),
            },
          ]),
        rows: ['tasks:task-2'],
      },
      {
        change: () => applyLocalRows(a, [{ table: 'tasks', id: 'task-2', row: null }]),
        rows: ['tasks:task-2'],
      },
    ];
    for (const { change, rows } of cases) {
      seen.length = 0;
      change();
      exchange();
      expect([...new Set(seen.flat().map((r) => `${r.table}:${r.id}`))]).toEqual(rows);
    }
    expect(remoteChangesOf(b, [{ table: 'tasks', id: 'task-2' }])).toEqual([
      { table: 'tasks', id: 'task-2', row: null },
    ]);
    expect(remoteChangesOf(b, [{ table: 'tasks', id: TASK.id }])[0]!.row).toMatchObject({
      title: 'Nieuw',
    });

    // My own changes (the outbox sent into the document) are not named.
    seen.length = 0;
    applyLocalRows(b, [{ table: 'tasks', id: TASK.id, row: { ...TASK, title: 'Van B' } }]);
    expect(seen).toEqual([]);
    stop();
  });
});

describe('rows the document leaves fields of out, read back for the checks', () => {
  const CTX = { now: '2025-05-20T10:00:00.000Z', names: REPAIR_NAMES };
  const PLAN = aPlan();
  const THEME = aTheme();
  const local = (tasks = [TASK]): BackupRows => ({
    plans: [PLAN],
    themes: [THEME],
    actions: [],
    tasks,
    sprints: [],
    people: [],
    history: [],
  });
  const localRowsOf = (rows: BackupRows) =>
    BACKUP_TABLES.flatMap((table) =>
      (rows[table] as Array<{ id: string }>).map((row) => ({ table, id: row.id, row })),
    );

  it.each([
    { fields: 'filled', rows: FILLED },
    { fields: 'empty', rows: EMPTIED },
  ])('every table round-trips with its fields $fields', ({ rows }) => {
    const { a, b, exchange } = pair();
    applyLocalRows(
      a,
      BACKUP_TABLES.map((table) => ({
        table,
        id: rows[DOC_TABLE[table]].id,
        row: rows[DOC_TABLE[table]],
      })),
    );
    exchange();
    for (const table of BACKUP_TABLES) {
      expect(remoteRowsOf(b)[table]).toEqual([rows[DOC_TABLE[table]]]);
      expect(remoteRowsOf(b, 'plan-1')[table]).toEqual([rows[DOC_TABLE[table]]]);
    }
  });

  it('the plan id comes from the caller, or else from the plan row of the document', () => {
    const doc = new Y.Doc();
    applyLocalRows(doc, [{ table: 'tasks', id: TASK.id, row: TASK }], 'plan-1');
    expect(tableMap(doc, 'tasks').get(TASK.id)!.has('planId')).toBe(false);
    expect(remoteRowsOf(doc, 'plan-1').tasks).toEqual([TASK]);
    expect(remoteChangesOf(doc, [{ table: 'tasks', id: TASK.id }], 'plan-1')[0]!.row).toEqual(TASK);
    applyLocalRows(doc, [{ table: 'plans', id: PLAN.id, row: PLAN }]);
    expect(remoteRowsOf(doc).tasks).toEqual([TASK]);
    expect(remoteChangesOf(doc, [{ table: 'tasks', id: TASK.id }])[0]!.row).toEqual(TASK);
  });

  it('a document written before reads exactly as before', () => {
    const doc = new Y.Doc();
    for (const table of BACKUP_TABLES)
      writeOldFormat(doc, DOC_TABLE[table], FILLED[DOC_TABLE[table]]);
    const empty = { ...EMPTIED.tasks, id: 'task-2' };
    writeOldFormat(doc, 'tasks', empty);
    expect(remoteRowsOf(doc, 'plan-1').tasks).toEqual([FILLED.tasks, empty]);
    for (const table of BACKUP_TABLES)
      expect(remoteRowsOf(doc, 'plan-1')[table]).toContainEqual(FILLED[DOC_TABLE[table]]);
  });

  it('the check of the whole plan takes the rows as stored and refuses a foreign plan stored in them', () => {
    const doc = new Y.Doc();
    const foreign = aTask({ id: 'task-9', planId: 'plan-2' });
    applyLocalRows(doc, localRowsOf(local([TASK, foreign])));
    expect(tableMap(doc, 'tasks').get(foreign.id)!.get('planId')).toBe('plan-2');
    const decided = planRemoteApply(
      { planId: 'plan-1', remote: remoteRowsOf(doc, 'plan-1'), local: local(), pending: new Set() },
      CTX,
    );
    expect(decided.rejected).toEqual([{ table: 'tasks', id: 'task-9' }]);
    expect(Object.values(decided.put).flat()).toEqual([]);
    expect(Object.values(decided.remove).flat()).toEqual([]);
  });

  it('the check of changed rows refuses a foreign plan and an id that is not the key', () => {
    const doc = new Y.Doc();
    const changed = { ...TASK, title: 'Van het team' };
    applyLocalRows(doc, [
      { table: 'plans', id: PLAN.id, row: PLAN },
      { table: 'tasks', id: TASK.id, row: changed },
      { table: 'tasks', id: 'task-9', row: aTask({ id: 'task-9', planId: 'plan-2' }) },
    ]);
    writeOldFormat(doc, 'tasks', { ...aTask({ id: 'task-8' }), id: 'task-8' } as unknown as Row);
    tableMap(doc, 'tasks').get('task-8')!.set('id', 'task-other');
    const changes = remoteChangesOf(
      doc,
      ['task-1', 'task-9', 'task-8'].map((id) => ({ table: 'tasks' as const, id })),
      'plan-1',
    );
    const decided = planRemoteChanges(
      {
        planId: 'plan-1',
        changes,
        context: { plans: [PLAN], themes: [THEME], actions: [], sprints: [], people: [] },
        stored: new Map([['tasks:task-1', TASK]]),
        storedTaskIds: new Set([TASK.id]),
        pending: new Set(),
        dependents: { tasks: [], history: [] },
      },
      CTX,
    );
    expect(decided.whole).toBe(false);
    if (decided.whole) return;
    expect(decided.put.tasks).toEqual([changed]);
    expect(decided.rejected).toEqual([
      { table: 'tasks', id: 'task-9' },
      { table: 'tasks', id: 'task-8' },
    ]);
  });
});
