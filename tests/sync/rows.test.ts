import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  deleteRow,
  readRows,
  SYNC_TABLES,
  tableMap,
  writeRow,
  type Row,
  type SyncTable,
} from '../../src/sync/rows';
import { aPerson, aPlan, aSprint, aTask, aTheme } from '../builders';
import { EMPTIED, FILLED, writeOldFormat } from './rowFixtures';

/** Two empty replicas of one plan. */
function twoReplicas(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  return [a, b];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

function task(doc: Y.Doc, id = 'task-1'): Row | undefined {
  return readRows(doc, 'tasks').find((row) => row.id === id);
}

describe('row ↔ Y.Map mapping', () => {
  it.each([
    { table: 'tasks' as const, row: aTask({ assigneeIds: ['person-1'], blockedBy: ['task-9'] }) },
    { table: 'themes' as const, row: aTheme() },
    { table: 'sprints' as const, row: aSprint({ snapshot: [aTask()] }) },
    { table: 'people' as const, row: aPerson() },
  ])('reads back a written $table row unchanged', ({ table, row }) => {
    const doc = new Y.Doc();
    writeRow(doc, table, row as unknown as Row);
    expect(readRows(doc, table)).toEqual([row]);
  });

  it('keeps checklist and note order and content', () => {
    const doc = new Y.Doc();
    const row = aTask({
      checklist: [
        { id: 'c2', title: 'Tweede eerst', done: true },
        { id: 'c1', title: 'Dan de eerste', done: false },
      ],
      notes: [{ id: 'n1', date: '2025-05-02', text: 'Besproken' }],
    });
    writeRow(doc, 'tasks', row as unknown as Row);
    expect(task(doc)).toEqual(row);
  });

  it('writes nothing when the row did not change', () => {
    const doc = new Y.Doc();
    const row = aTask({ checklist: [{ id: 'c1', title: 'Een', done: false }] }) as unknown as Row;
    writeRow(doc, 'tasks', row);
    let updates = 0;
    doc.on('update', () => (updates += 1));
    writeRow(doc, 'tasks', { ...row });
    expect(updates).toBe(0);
  });

  it('drops a field that the row no longer has', () => {
    const doc = new Y.Doc();
    writeRow(doc, 'plan', { id: 'plan-1', name: 'Jaarplan', extra: 1 });
    writeRow(doc, 'plan', { id: 'plan-1', name: 'Jaarplan' });
    expect(readRows(doc, 'plan')).toEqual([{ id: 'plan-1', name: 'Jaarplan' }]);
  });
});

/** A document of plan-1 (its plan row is what tells the document's plan). */
function planDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeRow(doc, 'plan', aPlan() as unknown as Row);
  return doc;
}

const storedKeys = (doc: Y.Doc, table: SyncTable, id: string) =>
  [...tableMap(doc, table).get(id)!.keys()].sort();

describe('fields the document leaves out', () => {
  it.each(
    SYNC_TABLES.flatMap((table) => [
      { table, fields: 'filled', row: FILLED[table] },
      { table, fields: 'empty', row: EMPTIED[table] },
    ]),
  )('reads back a $table row with its fields $fields unchanged', ({ table, row }) => {
    const doc = planDoc();
    writeRow(doc, table, row);
    expect(readRows(doc, table).find((r) => r.id === row.id)).toEqual(row);
  });

  it('stores neither id, planId, empty values nor a new task’s priority and carry-over count; checklist and notes even when empty', () => {
    const doc = planDoc();
    writeRow(doc, 'tasks', aTask() as unknown as Row);
    expect(storedKeys(doc, 'tasks', 'task-1')).toEqual(
      ['checklist', 'createdAt', 'notes', 'rank', 'status', 'themeId', 'title', 'updatedAt'].sort(),
    );
    expect(storedKeys(doc, 'plan', 'plan-1')).not.toContain('id');
  });

  it('stores a planId that is not the plan of the document, and reads it as stored', () => {
    const doc = planDoc();
    writeRow(doc, 'tasks', aTask({ planId: 'plan-2' }) as unknown as Row);
    expect(storedKeys(doc, 'tasks', 'task-1')).toContain('planId');
    expect(task(doc)?.planId).toBe('plan-2');
  });

  it('stores planId while the plan of the document is unknown, unless the caller names it', () => {
    const doc = new Y.Doc();
    writeRow(doc, 'tasks', aTask() as unknown as Row);
    expect(storedKeys(doc, 'tasks', 'task-1')).toContain('planId');
    writeRow(doc, 'tasks', aTask({ id: 'task-2' }) as unknown as Row, 'plan-1');
    expect(storedKeys(doc, 'tasks', 'task-2')).not.toContain('planId');
    expect(readRows(doc, 'tasks', 'plan-1')).toEqual([aTask(), aTask({ id: 'task-2' })]);
    // Unknown to the reader as well: the row does not name a plan it was not given.
    expect(readRows(doc, 'tasks').find((r) => r.id === 'task-2')).not.toHaveProperty('planId');
  });

  it('a document with two plan rows names no plan: planId is stored and not filled in', () => {
    const doc = planDoc();
    writeRow(doc, 'plan', aPlan({ id: 'plan-2' }) as unknown as Row);
    writeRow(doc, 'tasks', aTask() as unknown as Row);
    expect(storedKeys(doc, 'tasks', 'task-1')).toContain('planId');
    tableMap(doc, 'tasks').get('task-1')!.delete('planId');
    expect(task(doc)).not.toHaveProperty('planId');
  });

  it.each(
    SYNC_TABLES.flatMap((table) => [
      { table, fields: 'filled', row: FILLED[table] },
      { table, fields: 'empty', row: EMPTIED[table] },
    ]),
  )('reads an older $table row ($fields, every field stored) as before', ({ table, row }) => {
    const doc = new Y.Doc();
    writeOldFormat(doc, 'plan', aPlan() as unknown as Row);
    writeOldFormat(doc, table, row);
    expect(readRows(doc, table).find((r) => r.id === row.id)).toEqual(row);
    expect(readRows(doc, table, 'plan-9').find((r) => r.id === row.id)).toEqual(row);
  });

  it('reads a stored id that is not the row key as stored', () => {
    const doc = planDoc();
    writeOldFormat(doc, 'tasks', aTask({ id: 'task-1' }) as unknown as Row);
    tableMap(doc, 'tasks').get('task-1')!.set('id', 'task-other');
    expect(readRows(doc, 'tasks')[0]?.id).toBe('task-other');
  });

  it('an older row written again loses its empty fields, id and planId, and reads the same', () => {
    const doc = new Y.Doc();
    const row = aTask({ dueDate: '2025-06-01' }) as unknown as Row;
    writeOldFormat(doc, 'plan', aPlan() as unknown as Row);
    writeOldFormat(doc, 'tasks', row);
    writeRow(doc, 'tasks', row);
    expect(storedKeys(doc, 'tasks', 'task-1')).not.toContain('planId');
    expect(storedKeys(doc, 'tasks', 'task-1')).not.toContain('id');
    expect(storedKeys(doc, 'tasks', 'task-1')).not.toContain('sprintId');
    expect(storedKeys(doc, 'tasks', 'task-1')).toContain('dueDate');
    expect(task(doc)).toEqual(row);
    let updates = 0;
    doc.on('update', () => (updates += 1));
    writeRow(doc, 'tasks', { ...row });
    expect(updates).toBe(0);
  });

  it('a value that became empty is removed, and reads as empty', () => {
    const doc = planDoc();
    const row = FILLED.tasks;
    writeRow(doc, 'tasks', row);
    writeRow(doc, 'tasks', EMPTIED.tasks);
    expect(storedKeys(doc, 'tasks', row.id)).not.toContain('dueDate');
    expect(storedKeys(doc, 'tasks', row.id)).not.toContain('assigneeIds');
    expect(task(doc)).toEqual(EMPTIED.tasks);
  });

  it('a 1,000-task plan takes fewer bytes than with every field stored', () => {
    const compact = planDoc();
    const old = new Y.Doc();
    writeOldFormat(old, 'plan', aPlan() as unknown as Row);
    for (let i = 0; i < 1000; i += 1) {
      const row = aTask({
        id: `task-${i}`,
        title: `Taak ${i}`,
        sprintId: i % 10 === 0 ? null : `sprint-${(i % 9) + 1}`,
        assigneeIds: i % 4 === 0 ? [] : [`person-${i % 10}`],
        dueDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
        rank: i * 16,
        checklist: i % 5 === 0 ? [{ id: `c-${i}`, title: 'Eerste stap', done: false }] : [],
        blockedReason: i % 5 === 3 ? 'Wacht op juridisch advies' : '',
        blockedSince: i % 5 === 3 ? '2025-05-01' : null,
      }) as unknown as Row;
      writeRow(compact, 'tasks', row);
      writeOldFormat(old, 'tasks', row);
    }
    expect(readRows(compact, 'tasks')).toEqual(readRows(old, 'tasks'));
    const compactBytes = Y.encodeStateAsUpdate(compact).length;
    const oldBytes = Y.encodeStateAsUpdate(old).length;
    expect(compactBytes).toBeLessThan(oldBytes * 0.75);
  });
});

describe('merging concurrent edits of two replicas', () => {
  it('keeps both changes when two people edit different fields of one task', () => {
    const [a, b] = twoReplicas();
    const original = aTask() as unknown as Row;
    writeRow(a, 'tasks', original);
    exchange(a, b);
    writeRow(a, 'tasks', { ...original, title: 'Nieuwe titel' });
    writeRow(b, 'tasks', { ...original, status: 'in-uitvoering' });
    exchange(a, b);
    expect(task(a)).toMatchObject({ title: 'Nieuwe titel', status: 'in-uitvoering' });
    expect(task(b)).toEqual(task(a));
  });

  it('picks the same winner on both replicas when two people edit the same field', () => {
    const [a, b] = twoReplicas();
    const original = aTask() as unknown as Row;
    writeRow(a, 'tasks', original);
    exchange(a, b);
    writeRow(a, 'tasks', { ...original, title: 'Van A' });
    writeRow(b, 'tasks', { ...original, title: 'Van B' });
    exchange(a, b);
    expect(['Van A', 'Van B']).toContain(task(a)?.title);
    expect(task(b)?.title).toBe(task(a)?.title);
  });

  it('keeps both checklist items when two people add one at the same time', () => {
    const [a, b] = twoReplicas();
    const original = aTask({ checklist: [{ id: 'c1', title: 'Bestaand', done: false }] });
    writeRow(a, 'tasks', original as unknown as Row);
    exchange(a, b);
    writeRow(a, 'tasks', {
      ...original,
      checklist: [...original.checklist, { id: 'c-a', title: 'Van A', done: false }],
    } as unknown as Row);
    writeRow(b, 'tasks', {
      ...original,
      checklist: [...original.checklist, { id: 'c-b', title: 'Van B', done: false }],
    } as unknown as Row);
    exchange(a, b);
    const titles = (task(a)?.checklist as { title: string }[]).map((item) => item.title);
    expect(titles[0]).toBe('Bestaand');
    expect([...titles].sort()).toEqual(['Bestaand', 'Van A', 'Van B']);
    expect(task(b)?.checklist).toEqual(task(a)?.checklist);
  });

  it('keeps both notes when two people add one at the same time', () => {
    const [a, b] = twoReplicas();
    const original = aTask();
    writeRow(a, 'tasks', original as unknown as Row);
    exchange(a, b);
    writeRow(a, 'tasks', {
      ...original,
      notes: [{ id: 'n-a', date: '2025-05-02', text: 'A' }],
    } as unknown as Row);
    writeRow(b, 'tasks', {
      ...original,
      notes: [{ id: 'n-b', date: '2025-05-02', text: 'B' }],
    } as unknown as Row);
    exchange(a, b);
    expect((task(a)?.notes as { text: string }[]).map((n) => n.text).sort()).toEqual(['A', 'B']);
    expect(task(b)?.notes).toEqual(task(a)?.notes);
  });

  it('keeps a ticked-off checklist item and a concurrent title change', () => {
    const [a, b] = twoReplicas();
    const original = aTask({ checklist: [{ id: 'c1', title: 'Een', done: false }] });
    writeRow(a, 'tasks', original as unknown as Row);
    exchange(a, b);
    writeRow(a, 'tasks', {
      ...original,
      checklist: [{ id: 'c1', title: 'Een', done: true }],
    } as unknown as Row);
    writeRow(b, 'tasks', { ...original, title: 'Andere titel' } as unknown as Row);
    exchange(a, b);
    expect(task(b)).toMatchObject({
      title: 'Andere titel',
      checklist: [{ id: 'c1', title: 'Een', done: true }],
    });
  });

  it.each([{ order: 'delete first' as const }, { order: 'edit first' as const }])(
    'lets a delete win over a concurrent edit of the same task ($order)',
    ({ order }) => {
      const [a, b] = twoReplicas();
      const original = aTask() as unknown as Row;
      writeRow(a, 'tasks', original);
      exchange(a, b);
      if (order === 'delete first') {
        deleteRow(a, 'tasks', 'task-1');
        writeRow(b, 'tasks', { ...original, title: 'Nog bewerkt' });
      } else {
        writeRow(b, 'tasks', { ...original, title: 'Nog bewerkt' });
        deleteRow(a, 'tasks', 'task-1');
      }
      exchange(a, b);
      expect(task(a)).toBeUndefined();
      expect(task(b)).toBeUndefined();
    },
  );

  it.each([{ setter: 'a' as const }, { setter: 'b' as const }])(
    'a value set on one replica ($setter) survives emptying the field at once on the other',
    ({ setter }) => {
      const [a, b] = twoReplicas();
      const original = aTask({ dueDate: '2025-06-01', description: 'Oud' }) as unknown as Row;
      writeRow(a, 'plan', aPlan() as unknown as Row);
      writeRow(a, 'tasks', original);
      exchange(a, b);
      const [sets, empties] = setter === 'a' ? [a, b] : [b, a];
      writeRow(sets, 'tasks', { ...original, dueDate: '2025-07-01', description: 'Nieuw' });
      writeRow(empties, 'tasks', { ...original, dueDate: null, description: '' });
      exchange(a, b);
      expect(task(a)).toMatchObject({ dueDate: '2025-07-01', description: 'Nieuw' });
      expect(task(b)).toEqual(task(a));
    },
  );

  it('a value set on one replica survives the other writing an older row in the new way', () => {
    const [a, b] = twoReplicas();
    const original = aTask() as unknown as Row;
    writeOldFormat(a, 'plan', aPlan() as unknown as Row);
    writeOldFormat(a, 'tasks', original);
    exchange(a, b);
    // An older app sets a field that was null; the newer one, editing the title, drops the nulls.
    tableMap(a, 'tasks').get('task-1')!.set('dueDate', '2025-07-01');
    writeRow(b, 'tasks', { ...original, title: 'Nieuwe titel' });
    exchange(a, b);
    expect(task(a)).toMatchObject({ dueDate: '2025-07-01', title: 'Nieuwe titel' });
    expect(task(b)).toEqual(task(a));
  });

  it('keeps every history entry appended on two replicas', () => {
    const [a, b] = twoReplicas();
    const entry = (id: string): Row => ({
      id,
      planId: 'plan-1',
      taskId: 'task-1',
      at: '2025-05-01T08:00:00.000Z',
      field: 'status',
      from: 'gepland',
      to: 'afgerond',
    });
    writeRow(a, 'history', entry('h-a'));
    writeRow(b, 'history', entry('h-b'));
    exchange(a, b);
    expect(
      readRows(a, 'history')
        .map((row) => row.id)
        .sort(),
    ).toEqual(['h-a', 'h-b']);
    expect(readRows(b, 'history')).toHaveLength(2);
  });
});
