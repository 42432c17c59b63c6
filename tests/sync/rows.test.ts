import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRow, readRows, writeRow, type Row } from '../../src/sync/rows';
import { aPerson, aSprint, aTask, aTheme } from '../builders';

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
