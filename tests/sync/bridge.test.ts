import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyLocalRows, remoteRowsOf, rowsMissingFrom } from '../../src/sync/bridge';
import type { BackupRows } from '../../src/domain/backup';
import { aTask } from '../builders';

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
});
