import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAll, restoreBackup } from '../../src/db/commands/backup';
import { createPlan, updatePlan } from '../../src/db/commands/plans';
import { connectPlan, disconnectPlan } from '../../src/db/commands/sync';
import { updateTask } from '../../src/db/commands/tasks';
import { repairStoredPlans } from '../../src/db/repair';
import { db } from '../../src/db/schema';
import { demoRows, resetDemo, seedDemoIfEmpty, writePlanRows } from '../../src/db/seed';
import { applyRemote, readOutbox } from '../../src/db/syncStore';
import { makeBackup } from '../../src/domain/backup';
import { emptyTables } from '../../src/domain/syncApply';
import { setClock } from '../../src/lib/clock';
import { REPAIR_NAMES } from '../builders';

// The whole-database writes (restore, demo reset, the repair on start) against team sync: what
// the outbox records for a plan shared on this device. The rule: src/domain/syncReplace.ts.

const SERVER = 'ws://127.0.0.1:4520';
const TOKEN = 'a-token-of-at-least-16-chars';
const EXPORTED_AT = '2025-05-20T10:00:00.000Z';

const share = (planId: string) => connectPlan({ planId, serverUrl: SERVER, token: TOKEN });

/** An unsent edit and a stored document update, as a shared plan has them in use. */
async function inUse(planId: string) {
  const task = (await db.tasks.where('planId').equals(planId).first())!;
  await updateTask(task.id, { title: 'Nog niet verstuurd' });
  await db.syncUpdates.add({ planId, update: new Uint8Array([0, 0]) });
}

async function otherPlan() {
  return createPlan({
    name: 'Jaarplan AI 2026',
    year: 2026,
    sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
  });
}

async function demoPlanId() {
  return (await db.meta.get('demoPlanId'))!.value as string;
}

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('repair on start, for a shared plan', () => {
  it('records the repaired rows in the outbox, so the team gets the repair like any local edit', async () => {
    const rows = demoRows();
    const [moved, loose] = rows.tasks.filter((t) => t.actionId !== null && t.sprintId !== null);
    moved!.sprintId = 'sprint-weg';
    loose!.actionId = 'actie-weg';
    await writePlanRows(rows);
    await share(rows.plan.id);

    const repairs = await repairStoredPlans(REPAIR_NAMES);

    expect(repairs).toHaveLength(2);
    const out = await readOutbox(rows.plan.id);
    const tasks = out.rows.filter((r) => r.table === 'tasks');
    expect(tasks.map((r) => r.id).sort()).toEqual([moved!.id, loose!.id].sort());
    expect(tasks.find((r) => r.id === moved!.id)?.row?.sprintId).toBeNull();
    expect(tasks.find((r) => r.id === loose!.id)?.row?.actionId).toBeNull();
    // The repair's own history lines go too: the team's task history says what was repaired.
    expect(out.rows.filter((r) => r.table === 'history')).toHaveLength(2);
  });

  it('records a row the repair removes as a delete', async () => {
    const rows = demoRows();
    rows.history.push({
      id: 'history-of-a-task-that-never-was',
      planId: rows.plan.id,
      taskId: 'task-weg',
      at: '2025-05-01T08:00:00.000Z',
      field: 'status',
      from: 'gepland',
      to: 'in-uitvoering',
    });
    await writePlanRows(rows);
    await share(rows.plan.id);

    await repairStoredPlans(REPAIR_NAMES);

    const out = await readOutbox(rows.plan.id);
    expect(out.rows).toEqual([
      { table: 'history', id: 'history-of-a-task-that-never-was', row: null },
    ]);
  });

  it('records nothing for a plan that is not shared', async () => {
    const rows = demoRows();
    rows.tasks[0]!.sprintId = 'sprint-weg';
    await writePlanRows(rows);
    expect(await repairStoredPlans(REPAIR_NAMES)).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('restoring a backup, with a plan shared on this device', () => {
  it('stops sharing the restored plan, names it, and sends the team nothing', async () => {
    await seedDemoIfEmpty();
    const planId = await demoPlanId();
    const backup = makeBackup(await exportAll(), EXPORTED_AT);
    await share(planId);
    await inUse(planId);

    const { sharingStopped } = await restoreBackup(backup, REPAIR_NAMES);

    expect(sharingStopped).toEqual([{ planId, name: 'Jaarplan AI 2025', kept: true }]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncPlans.count()).toBe(0);
    expect(await db.syncUpdates.count()).toBe(0);
    // This device shows the backup: the unsent edit is gone with the rest.
    expect((await db.tasks.toArray()).some((t) => t.title === 'Nog niet verstuurd')).toBe(false);
    expect(await db.tasks.count()).toBe(backup.data.tasks.length);
  });

  it('a backup without the shared plan sends no deletes of its rows and drops its sync settings', async () => {
    await seedDemoIfEmpty();
    const planId = await demoPlanId();
    const other = await otherPlan();
    const all = await exportAll();
    const ofOther = <T extends { planId: string }>(rows: T[]) =>
      rows.filter((r) => r.planId === other.id);
    const backupWithoutDemo = makeBackup(
      {
        plans: all.plans.filter((p) => p.id === other.id),
        themes: ofOther(all.themes),
        actions: ofOther(all.actions),
        tasks: ofOther(all.tasks),
        sprints: ofOther(all.sprints),
        people: ofOther(all.people),
        history: ofOther(all.history),
      },
      EXPORTED_AT,
    );
    await share(planId);

    const { sharingStopped } = await restoreBackup(backupWithoutDemo, REPAIR_NAMES);

    expect(sharingStopped).toEqual([{ planId, name: 'Jaarplan AI 2025', kept: false }]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncPlans.count()).toBe(0);
    expect(await db.plans.get(planId)).toBeUndefined();
  });

  it('stops no sharing when nothing was shared', async () => {
    await seedDemoIfEmpty();
    const backup = makeBackup(await exportAll(), EXPORTED_AT);
    const { sharingStopped } = await restoreBackup(backup, REPAIR_NAMES);
    expect(sharingStopped).toEqual([]);
  });

  it('team changes that arrive after the restore are not written into the restored plan', async () => {
    await seedDemoIfEmpty();
    const planId = await demoPlanId();
    const backup = makeBackup(await exportAll(), EXPORTED_AT);
    await share(planId);
    await restoreBackup(backup, REPAIR_NAMES);
    const task = (await db.tasks.where('planId').equals(planId).first())!;

    // What a still-running engine would store for the team's version of that task.
    const applied = await applyRemote(planId, () => ({
      put: { ...emptyTables(() => []), tasks: [{ ...task, title: 'Van het team' }] },
      remove: emptyTables(() => []),
      rejected: [],
    }));

    expect(applied.put.tasks).toEqual([]);
    expect((await db.tasks.get(task.id))?.title).toBe(task.title);
  });
});

describe('resetting the demo plan', () => {
  it('stops sharing a shared demo plan and sends the team none of its deletes', async () => {
    await seedDemoIfEmpty();
    const planId = await demoPlanId();
    await share(planId);
    await inUse(planId);

    const reset = await resetDemo();

    expect(reset.sharingStopped).toEqual([{ planId, name: 'Jaarplan AI 2025', kept: false }]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncPlans.count()).toBe(0);
    expect(await db.syncUpdates.count()).toBe(0);
    expect(await db.plans.get(planId)).toBeUndefined();
    expect(await db.plans.get(reset.planId)).toBeDefined();
  });

  it('leaves another shared plan shared, with its unsent changes', async () => {
    await seedDemoIfEmpty();
    const other = await otherPlan();
    await share(other.id);
    await db.syncUpdates.add({ planId: other.id, update: new Uint8Array([0, 0]) });
    await updatePlan(other.id, { name: 'Jaarplan AI 2026 (team)' });
    const pending = await db.outbox.count();

    const reset = await resetDemo();

    expect(reset.sharingStopped).toEqual([]);
    expect(pending).toBeGreaterThan(0);
    expect(await db.outbox.count()).toBe(pending);
    expect((await db.syncPlans.toArray()).map((s) => s.planId)).toEqual([other.id]);
    expect(await db.syncUpdates.count()).toBe(1);
  });
});

describe('changes of the team after a plan stopped being shared', () => {
  it('team changes that arrive after a plan was disconnected are not written', async () => {
    await seedDemoIfEmpty();
    const planId = await demoPlanId();
    await share(planId);
    await disconnectPlan(planId);
    const task = (await db.tasks.where('planId').equals(planId).first())!;
    await applyRemote(planId, () => ({
      put: { ...emptyTables(() => []), tasks: [{ ...task, title: 'Van het team' }] },
      remove: emptyTables(() => []),
      rejected: [],
    }));
    expect((await db.tasks.get(task.id))?.title).toBe(task.title);
  });
});
