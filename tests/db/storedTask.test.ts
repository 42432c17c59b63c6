import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAll, restoreBackup } from '../../src/db/commands/backup';
import { startNextYearPlan } from '../../src/db/commands/plans';
import { closeSprint } from '../../src/db/commands/sprintClose';
import { connectPlan } from '../../src/db/commands/sync';
import { createTask, moveTask } from '../../src/db/commands/tasks';
import { planBundle, tasksOfPlan, tasksOfSprint } from '../../src/db/queries';
import { repairStoredPlans } from '../../src/db/repair';
import { DB_NAME, db } from '../../src/db/schema';
import { resetDemo } from '../../src/db/seed';
import { BACKLOG_KEY, storedTask, taskFromStore } from '../../src/db/storedTask';
import { applyRemote, readOutbox, readPlanRows } from '../../src/db/syncStore';
import { makeBackup } from '../../src/domain/backup';
import { emptyTables } from '../../src/domain/syncApply';
import type { Task } from '../../src/domain/types';
import { setClock } from '../../src/lib/clock';
import { aTask, REPAIR_NAMES } from '../builders';
import { aStoredPlan } from './storedPlan';

// A backlog task (sprintId null) is stored with sprintId '' so the [planId+sprintId] index finds
// the backlog (src/db/storedTask.ts). Every way a task is written must store it so, and every
// way a task is read must give it back with null.

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

/** The stored sprintId of every task, read past the app's middleware. */
async function storedSprintIds(): Promise<Map<string, unknown>> {
  const raw = new Dexie(DB_NAME);
  await raw.open();
  try {
    const rows = (await raw.table('tasks').toArray()) as Task[];
    return new Map(rows.map((t) => [t.id, t.sprintId]));
  } finally {
    raw.close();
  }
}

/** The backlog the index answers is the plan's tasks without a sprint, and none is stored with null. */
async function expectBacklogIndexRight(planId: string) {
  const all = await tasksOfPlan(planId);
  const backlog = await tasksOfSprint(planId, null);
  const ids = (tasks: Task[]) => tasks.map((t) => t.id).sort();
  expect(ids(backlog)).toEqual(ids(all.filter((t) => t.sprintId === null)));
  expect(backlog.every((t) => t.sprintId === null)).toBe(true);
  expect(all.some((t) => t.sprintId === BACKLOG_KEY)).toBe(false);
  expect([...(await storedSprintIds()).values()]).not.toContain(null);
}

describe('the stored form of a task', () => {
  const inSprint = aTask({ sprintId: 'sprint-4' });
  const inBacklog = aTask({ sprintId: null });
  it.each([
    ['a backlog task is stored with the backlog key', inBacklog, { ...inBacklog, sprintId: '' }],
    ['a sprint task is stored as it is', inSprint, inSprint],
    ['a row without sprintId (another table) is stored as it is', { id: 'x' }, { id: 'x' }],
  ])('%s', (_name, row, stored) => {
    expect(storedTask(row)).toEqual(stored);
    expect(taskFromStore(storedTask(row))).toEqual(row);
  });

  it('storing does not change the object the caller still holds', () => {
    const task = aTask({ sprintId: null });
    storedTask(task);
    expect(task.sprintId).toBeNull();
  });
});

describe('every Dexie write and read of a task goes through the stored form', () => {
  it('add, put, bulkPut, update, modify and bulkUpdate store the backlog key; get, bulkGet, toArray, each and filter read null', async () => {
    const { plan, theme } = await aStoredPlan();
    const t = (id: string, sprintId: string | null) =>
      aTask({ id, planId: plan.id, themeId: theme.id, sprintId });
    await db.tasks.add(t('added', null));
    await db.tasks.put(t('put', null));
    await db.tasks.bulkPut([
      t('bulk', null),
      t('moved-out', 'sprint-x'),
      t('modified', 'sprint-x'),
    ]);
    await db.tasks.update('moved-out', { sprintId: null });
    await db.tasks.where('id').equals('modified').modify({ sprintId: null });
    await db.tasks.bulkPut([t('bulk-updated', 'sprint-x')]);
    await db.tasks.bulkUpdate([{ key: 'bulk-updated', changes: { sprintId: null } }]);
    await db.tasks
      .where('id')
      .equals('put')
      .modify((task) => {
        task.title = `${task.title} (gewijzigd)`;
      });

    const backlog = ['added', 'bulk', 'bulk-updated', 'modified', 'moved-out', 'put'];
    const stored = await storedSprintIds();
    expect(backlog.map((id) => stored.get(id))).toEqual(backlog.map(() => BACKLOG_KEY));
    expect((await tasksOfSprint(plan.id, null)).map((x) => x.id).sort()).toEqual(backlog);
    expect((await db.tasks.get('put'))?.sprintId).toBeNull();
    expect((await db.tasks.bulkGet(backlog)).map((x) => x?.sprintId)).toEqual(
      backlog.map(() => null),
    );
    const each: unknown[] = [];
    await db.tasks.each((x) => void each.push(x.sprintId));
    expect(each).toEqual(backlog.map(() => null));
    expect(await db.tasks.filter((x) => x.sprintId === null).count()).toBe(backlog.length);
    await expectBacklogIndexRight(plan.id);
  });
});

describe('the app writes keep the backlog index right', () => {
  it('the demo seed', async () => {
    const { planId } = await resetDemo();
    expect((await tasksOfSprint(planId, null)).length).toBeGreaterThan(0);
    await expectBacklogIndexRight(planId);
  });

  it('creating in the backlog, moving into a sprint and back with reranked neighbours', async () => {
    const { plan, theme } = await aStoredPlan();
    const sprint = (await planBundle(plan.id))!.sprints[0]!;
    const a = await createTask({ planId: plan.id, themeId: theme.id, title: 'A' });
    const b = await createTask({ planId: plan.id, themeId: theme.id, title: 'B' });
    expect((await tasksOfSprint(plan.id, null)).map((t) => t.title).sort()).toEqual(['A', 'B']);
    await moveTask(a.id, { sprintId: sprint.id, status: 'gepland' });
    expect((await tasksOfSprint(plan.id, null)).map((t) => t.title)).toEqual(['B']);
    expect((await tasksOfSprint(plan.id, sprint.id)).map((t) => t.title)).toEqual(['A']);
    // Back to the backlog, its neighbour reranked through an update of the stored row.
    await moveTask(a.id, { sprintId: null, status: 'backlog', rank: 1 }, [{ id: b.id, rank: 2 }]);
    expect((await tasksOfSprint(plan.id, null)).map((t) => [t.title, t.rank]).sort()).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
    await expectBacklogIndexRight(plan.id);
  });

  it('closing a sprint with unfinished work sent to the backlog', async () => {
    const { planId } = await resetDemo();
    const sprint4 = (await planBundle(planId))!.sprints.find((s) => s.number === 4)!;
    const open = (await tasksOfSprint(planId, sprint4.id)).filter((t) => t.status !== 'afgerond');
    const before = (await tasksOfSprint(planId, null)).length;
    await closeSprint(sprint4.id, Object.fromEntries(open.map((t) => [t.id, 'backlog'])));
    expect((await tasksOfSprint(planId, null)).length).toBe(before + open.length);
    await expectBacklogIndexRight(planId);
  });

  it('a backup is written with null (no stored key leaks into it) and restores into the index', async () => {
    const { planId } = await resetDemo();
    const rows = await exportAll();
    expect(rows.tasks.some((t) => t.sprintId === null)).toBe(true);
    expect(rows.tasks.some((t) => t.sprintId === BACKLOG_KEY)).toBe(false);
    const backlog = rows.tasks
      .filter((t) => t.sprintId === null)
      .map((t) => t.id)
      .sort();
    await db.delete();
    await db.open();
    await restoreBackup(makeBackup(rows, '2025-05-20T10:00:00.000Z'), REPAIR_NAMES);
    expect((await tasksOfSprint(planId, null)).map((t) => t.id).sort()).toEqual(backlog);
    await expectBacklogIndexRight(planId);
  });

  it("next year's plan carries open tasks over", async () => {
    const { planId } = await resetDemo();
    const next = await startNextYearPlan(planId, {
      name: 'Jaarplan AI 2026',
      year: 2026,
      sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
      carryOpenTasks: true,
    });
    await expectBacklogIndexRight(next.id);
  });

  it('a repair that sends a task whose sprint is gone to the backlog', async () => {
    const { plan, theme } = await aStoredPlan();
    const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'Wees' });
    // Damage the row the way another tab or an older version could have left it.
    const raw = new Dexie(DB_NAME);
    await raw.open();
    await raw.table('tasks').put({ ...storedTask(task), sprintId: 'sprint-weg' });
    raw.close();
    expect(await tasksOfSprint(plan.id, null)).toEqual([]);
    await repairStoredPlans(REPAIR_NAMES);
    expect((await tasksOfSprint(plan.id, null)).map((t) => t.id)).toEqual([task.id]);
    await expectBacklogIndexRight(plan.id);
  });

  it("the team's rows stored by sync, and the rows sent to the team carry null", async () => {
    const { plan, theme } = await aStoredPlan();
    await connectPlan({ planId: plan.id, serverUrl: 'ws://127.0.0.1:4540', token: 'x'.repeat(20) });
    const local = await createTask({ planId: plan.id, themeId: theme.id, title: 'Van hier' });
    const remote = aTask({
      id: 'van-het-team',
      planId: plan.id,
      themeId: theme.id,
      sprintId: null,
    });
    await applyRemote(plan.id, () => ({
      put: { ...emptyTables(() => []), tasks: [remote] },
      remove: emptyTables(() => []),
      rejected: [],
    }));
    expect((await tasksOfSprint(plan.id, null)).map((t) => t.id).sort()).toEqual(
      [local.id, remote.id].sort(),
    );
    const sent = (await readOutbox(plan.id)).rows.filter((r) => r.table === 'tasks');
    expect(sent.map((r) => r.row?.sprintId)).toEqual([null]);
    const shared = (await readPlanRows(plan.id)).tasks;
    expect(shared.map((t) => t.sprintId)).toEqual([null, null]);
    await expectBacklogIndexRight(plan.id);
  });
});
