import { beforeEach, describe, expect, it } from 'vitest';
import { createPerson, createTheme } from '../../src/db/commands/catalogue';
import { createPlan } from '../../src/db/commands/plans';
import { connectPlan } from '../../src/db/commands/sync';
import { db } from '../../src/db/schema';
import { applyRemoteChanges, type StoredForChanges } from '../../src/db/syncStore';
import type { RemoteApply } from '../../src/domain/syncApply';
import { planRemoteChanges, type RemoteChange } from '../../src/domain/syncApplyChanges';
import type { Task } from '../../src/domain/types';
import { setClock } from '../../src/lib/clock';
import { aTask } from '../builders';

// A remote change to a 10,000-task plan reads and checks the changed rows, the rows that name a
// deleted one (found through an index) and the tasks they name, never the whole plan; counted,
// not timed.

const CTX = {
  now: '2025-05-20T10:00:00.000Z',
  names: { unlabeledTheme: 'Zonder label', untitled: 'Zonder titel', missingReason: 'Onbekend' },
};

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});

/** A shared plan of 10,000 tasks; `fields` shapes task i. */
async function bigPlan(fields: (i: number) => Partial<Task> = () => ({})) {
  const plan = await createPlan({
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  });
  const theme = await createTheme({
    planId: plan.id,
    name: 'Strategie',
    label: 'strategie',
    color: '#1f5fa8',
  });
  const tasks = Array.from({ length: 10_000 }, (_, i) =>
    aTask({ id: `task-${i}`, planId: plan.id, themeId: theme.id, ...fields(i) }),
  );
  await db.tasks.bulkAdd(tasks);
  await connectPlan({ planId: plan.id, serverUrl: 'ws://127.0.0.1:4540', token: 'x'.repeat(20) });
  return { planId: plan.id, tasks };
}

/** Applies `changes` row by row; what was read, examined and decided. */
async function apply(planId: string, changes: RemoteChange[]) {
  let seen: StoredForChanges | null = null;
  let examined: string[] = [];
  const result = await applyRemoteChanges(
    planId,
    () => changes,
    (_changes, stored) => {
      seen = stored;
      const decided = planRemoteChanges({ planId, changes, ...stored }, CTX);
      if (decided.whole) return null;
      examined = decided.examined;
      return decided;
    },
  );
  return { seen: seen! as StoredForChanges, examined, result: result as RemoteApply };
}

describe('applyRemoteChanges', () => {
  it('at 10,000 tasks, one remote change examines and writes only the changed task', async () => {
    const { planId, tasks } = await bigPlan();
    const edited = { ...tasks[4_321]!, title: 'Van het team', blockedBy: ['task-7'] };
    const { seen, examined, result } = await apply(planId, [
      { table: 'tasks', id: edited.id, row: edited },
    ]);

    expect(examined).toEqual([`tasks:${edited.id}`]);
    expect([...seen.stored.keys()]).toEqual([`tasks:${edited.id}`]);
    expect([...seen.storedTaskIds]).toEqual(['task-7']);
    expect(seen.dependents).toEqual({ tasks: [], history: [] });
    expect(result.put.tasks.map((t) => t.id)).toEqual([edited.id]);
    expect(await db.tasks.get(edited.id)).toMatchObject({
      title: 'Van het team',
      blockedBy: ['task-7'],
    });
    expect(await db.tasks.count()).toBe(10_000);
    // Written as remote: nothing goes back out.
    expect(await db.outbox.count()).toBe(0);
  });

  it('at 10,000 tasks, a deleted task reads only the tasks it blocks and lets go of it there', async () => {
    const { planId } = await bigPlan((i) => ({
      blockedBy: i === 10 ? ['task-5000', 'task-11'] : i === 20 ? ['task-5000'] : [],
    }));
    const { seen, examined, result } = await apply(planId, [
      { table: 'tasks', id: 'task-5000', row: null },
    ]);

    expect(seen.dependents.tasks.map((t) => t.id).sort()).toEqual(['task-10', 'task-20']);
    // The blockers the dependents name, besides the deleted one, are read to keep them.
    expect([...seen.storedTaskIds].sort()).toEqual(['task-11', 'task-5000']);
    expect(examined).toEqual(['tasks:task-5000', 'tasks:task-10', 'tasks:task-20']);
    expect(result.remove.tasks).toEqual(['task-5000']);
    expect(result.put.tasks.map((t) => t.id).sort()).toEqual(['task-10', 'task-20']);
    expect(await db.tasks.get('task-5000')).toBeUndefined();
    expect((await db.tasks.get('task-10'))?.blockedBy).toEqual(['task-11']);
    expect((await db.tasks.get('task-20'))?.blockedBy).toEqual([]);
    expect(await db.tasks.count()).toBe(9_999);
    expect(await db.outbox.count()).toBe(0);
  });

  it('at 10,000 tasks, a deleted person reads only the tasks assigned to them', async () => {
    const plan = await bigPlan();
    const person = await createPerson({ planId: plan.planId, name: 'An Peeters', role: 'Analist' });
    await db.tasks.bulkPut(
      [3, 9_999].map((i) => ({ ...plan.tasks[i]!, assigneeIds: [person.id] })),
    );
    // Sent long ago: nothing of it is pending.
    await db.outbox.clear();
    const { seen, examined, result } = await apply(plan.planId, [
      { table: 'people', id: person.id, row: null },
    ]);

    expect(seen.dependents.tasks.map((t) => t.id).sort()).toEqual(['task-3', 'task-9999']);
    expect(examined).toEqual([`people:${person.id}`, 'tasks:task-3', 'tasks:task-9999']);
    expect(result.remove.people).toEqual([person.id]);
    expect(await db.tasks.where('assigneeIds').equals(person.id).count()).toBe(0);
    expect(await db.people.get(person.id)).toBeUndefined();
    expect(await db.tasks.count()).toBe(10_000);
  });

  it('a plan not stored yet (a join) is left to the whole-plan check before a row is read', async () => {
    const changes: RemoteChange[] = Array.from({ length: 3 }, (_, i) => {
      const row = aTask({ id: `task-${i}`, planId: 'plan-new' });
      return { table: 'tasks', id: row.id, row };
    });
    // Shared on this device (the join stored its settings), but none of its rows arrived yet.
    await connectPlan({
      planId: 'plan-new',
      serverUrl: 'ws://127.0.0.1:4540',
      token: 'x'.repeat(20),
    });
    let read = false;
    let asked = false;
    const result = await applyRemoteChanges(
      'plan-new',
      () => {
        read = true;
        return changes;
      },
      () => {
        asked = true;
        return null;
      },
    );
    expect(result).toBeNull();
    expect(read).toBe(false);
    expect(asked).toBe(false);
    expect(await db.tasks.count()).toBe(0);
  });
});
