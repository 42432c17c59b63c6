import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTheme } from '../../src/db/commands/catalogue';
import { createPlan, deletePlan } from '../../src/db/commands/plans';
import { connectPlan, disconnectPlan } from '../../src/db/commands/sync';
import { createTask, deleteTask, updateTask } from '../../src/db/commands/tasks';
import { CommandError } from '../../src/db/errors';
import { db } from '../../src/db/schema';
import { applyRemote, readOutbox } from '../../src/db/syncStore';
import { write } from '../../src/db/write';
import { setClock } from '../../src/lib/clock';

const SERVER = 'ws://127.0.0.1:4520';
const TOKEN = 'a-token-of-at-least-16-chars';

async function plan() {
  const p = await createPlan({
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  });
  const theme = await createTheme({
    planId: p.id,
    name: 'Strategie',
    label: 'strategie',
    color: '#1f5fa8',
  });
  return { planId: p.id, themeId: theme.id };
}

const outbox = () => db.outbox.toArray();

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('the outbox records local writes of synced plans', () => {
  it('records nothing for a plan without a sync server', async () => {
    const { planId, themeId } = await plan();
    await createTask({ planId, themeId, title: 'Niet gedeeld' });
    expect(await outbox()).toEqual([]);
  });

  it('records the task and its history lines of a synced plan', async () => {
    const { planId, themeId } = await plan();
    await connectPlan({ planId, serverUrl: SERVER, token: TOKEN });
    const task = await createTask({ planId, themeId, title: 'Gedeeld' });
    const entries = await outbox();
    expect(entries.filter((e) => e.table === 'tasks').map((e) => e.rowId)).toEqual([task.id]);
    expect(entries.some((e) => e.table === 'history')).toBe(true);
    expect(entries.every((e) => e.planId === planId)).toBe(true);
  });

  it('records a delete by the deleted row, read as null when sent', async () => {
    const { planId, themeId } = await plan();
    const task = await createTask({ planId, themeId, title: 'Weg ermee' });
    await connectPlan({ planId, serverUrl: SERVER, token: TOKEN });
    await deleteTask(task.id);
    const out = await readOutbox(planId);
    expect(out.rows.find((r) => r.table === 'tasks')).toEqual({
      table: 'tasks',
      id: task.id,
      row: null,
    });
  });

  it('a refused write records nothing: the entry is in the same transaction', async () => {
    const { planId, themeId } = await plan();
    const task = await createTask({ planId, themeId, title: 'Blijft' });
    await connectPlan({ planId, serverUrl: SERVER, token: TOKEN });
    await expect(updateTask(task.id, { title: '' })).rejects.toBeInstanceOf(CommandError);
    expect(await outbox()).toEqual([]);
  });

  it("a clear and a delete by index are recorded as deletes of the shared plan's rows", async () => {
    const { planId, themeId } = await plan();
    const kept = await createTask({ planId, themeId, title: 'Gewist' });
    await connectPlan({ planId, serverUrl: SERVER, token: TOKEN });
    // A clear reaches the middleware as a deleteRange, a delete by index as a delete of keys.
    await write([db.tasks, db.history], async () => {
      await db.history.where('planId').equals(planId).delete();
      await db.tasks.clear();
    });
    const out = await readOutbox(planId);
    expect(out.rows.filter((r) => r.table === 'tasks')).toEqual([
      { table: 'tasks', id: kept.id, row: null },
    ]);
    expect(out.rows.filter((r) => r.table === 'history').length).toBeGreaterThan(0);
    expect(out.rows.every((r) => r.row === null)).toBe(true);
  });

  it('remote writes are not recorded, so the changes of the team are not sent back', async () => {
    const { planId, themeId } = await plan();
    const task = await createTask({ planId, themeId, title: 'Van het team' });
    await connectPlan({ planId, serverUrl: SERVER, token: TOKEN });
    await applyRemote(planId, () => ({
      put: {
        plans: [],
        themes: [],
        actions: [],
        sprints: [],
        people: [],
        history: [],
        tasks: [{ ...task, title: 'Gewijzigd' }],
      },
      remove: {
        plans: [],
        themes: [],
        actions: [],
        tasks: [],
        sprints: [],
        people: [],
        history: [],
      },
      rejected: [],
    }));
    expect((await db.tasks.get(task.id))?.title).toBe('Gewijzigd');
    expect(await outbox()).toEqual([]);
  });

  it('reads each row once, as it is now, however often it changed', async () => {
    const { planId, themeId } = await plan();
    await connectPlan({ planId, serverUrl: SERVER, token: TOKEN });
    const task = await createTask({ planId, themeId, title: 'Eerst' });
    await updateTask(task.id, { title: 'Daarna' });
    const out = await readOutbox(planId);
    const rows = out.rows.filter((r) => r.table === 'tasks');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row?.title).toBe('Daarna');
    expect(out.seqs.length).toBeGreaterThan(rows.length);
  });

  it('deleting a shared plan on this device sends no deletes to the team', async () => {
    const { planId, themeId } = await plan();
    await createPlan({
      name: 'Ander plan',
      year: 2026,
      sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
    });
    await createTask({ planId, themeId, title: 'Blijft bij het team' });
    await connectPlan({ planId, serverUrl: SERVER, token: TOKEN });
    await deletePlan(planId);
    expect(await outbox()).toEqual([]);
    expect(await db.syncPlans.count()).toBe(0);
  });

  it('disconnecting a plan drops its outbox and records no more', async () => {
    const { planId, themeId } = await plan();
    await connectPlan({ planId, serverUrl: SERVER, token: TOKEN });
    await createTask({ planId, themeId, title: 'Eén' });
    await disconnectPlan(planId);
    await createTask({ planId, themeId, title: 'Twee' });
    expect(await outbox()).toEqual([]);
  });
});
