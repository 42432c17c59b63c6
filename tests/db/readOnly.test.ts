import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deletePerson, moveTheme } from '../../src/db/commands/catalogue';
import { setAuthor } from '../../src/db/commands/identity';
import { setActivePlan, updatePlan } from '../../src/db/commands/plans';
import { connectPlan, disconnectPlan } from '../../src/db/commands/sync';
import { createTask, deleteTask, updateTask } from '../../src/db/commands/tasks';
import { CommandError } from '../../src/db/errors';
import { db } from '../../src/db/schema';
import { applyRemote, storeAccess } from '../../src/db/syncStore';
import { emptyTables } from '../../src/domain/syncApply';
import { setClock } from '../../src/lib/clock';
import { aStoredPlan } from './storedPlan';

const SERVER = 'wss://sync.example.be';
const READ_TOKEN = 'r'.repeat(43);
const EDIT_TOKEN = 'e'.repeat(43);

async function sharedPlan() {
  const stored = await aStoredPlan();
  const task = await createTask({
    planId: stored.plan.id,
    themeId: stored.theme.id,
    title: 'DPIA opstellen',
  });
  return { ...stored, task };
}

const joinReadOnly = (planId: string) =>
  connectPlan({
    planId,
    serverUrl: SERVER,
    token: READ_TOKEN,
    readToken: READ_TOKEN,
    access: 'read',
  });

async function refusal(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof CommandError ? error.code : 'other';
  }
}

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('a plan joined with a read-only link', () => {
  it('refuses every change with read-only and stores nothing', async () => {
    const { plan, theme, an, task } = await sharedPlan();
    await joinReadOnly(plan.id);
    expect(await refusal(updateTask(task.id, { title: 'Gewijzigd' }))).toBe('read-only');
    expect(await refusal(createTask({ planId: plan.id, themeId: theme.id, title: 'Nieuw' }))).toBe(
      'read-only',
    );
    expect(await refusal(deleteTask(task.id))).toBe('read-only');
    expect(await refusal(updatePlan(plan.id, { name: 'Ander plan' }))).toBe('read-only');
    expect(await refusal(moveTheme(theme.id, 1))).toBe('read-only');
    expect(await refusal(deletePerson(an.id))).toBe('read-only');
    expect((await db.tasks.get(task.id))?.title).toBe('DPIA opstellen');
    expect(await db.tasks.count()).toBe(1);
    expect((await db.plans.get(plan.id))?.name).toBe('Jaarplan AI 2025');
    expect(await db.outbox.count()).toBe(0);
  });

  it('still opens the plan and says who this device is: those stay on this device', async () => {
    const { plan, an } = await sharedPlan();
    await joinReadOnly(plan.id);
    await setActivePlan(plan.id);
    await setAuthor(plan.id, an.id);
    expect((await db.meta.get('activePlanId'))?.value).toBe(plan.id);
    expect((await db.meta.get(`me:${plan.id}`))?.value).toBe(an.id);
  });

  it('still takes the team changes in: remote applies do not go through requirePlan', async () => {
    const { plan, task } = await sharedPlan();
    await joinReadOnly(plan.id);
    await applyRemote(plan.id, () => ({
      put: { ...emptyTables(() => []), tasks: [{ ...task, title: 'Van het team' }] },
      remove: emptyTables(() => []),
      rejected: [],
    }));
    expect((await db.tasks.get(task.id))?.title).toBe('Van het team');
  });

  it('is editable again once the server says the token edits, or after stopping to share', async () => {
    const { plan, task } = await sharedPlan();
    await joinReadOnly(plan.id);
    await storeAccess(plan.id, 'edit');
    await updateTask(task.id, { title: 'Na upgrade' });
    await storeAccess(plan.id, 'read');
    expect(await refusal(updateTask(task.id, { title: 'Opnieuw' }))).toBe('read-only');
    await disconnectPlan(plan.id);
    await updateTask(task.id, { title: 'Lokaal' });
    expect((await db.tasks.get(task.id))?.title).toBe('Lokaal');
  });

  it('keeps the access a join stored when the plan connects again with a link of unknown kind', async () => {
    const { plan } = await sharedPlan();
    await joinReadOnly(plan.id);
    await connectPlan({ planId: plan.id, serverUrl: SERVER, token: READ_TOKEN });
    expect((await db.syncPlans.get(plan.id))?.access).toBe('read');
    await connectPlan({ planId: plan.id, serverUrl: SERVER, token: EDIT_TOKEN, access: 'edit' });
    expect((await db.syncPlans.get(plan.id))?.access).toBe('edit');
  });
});

describe('a plan shared with an edit token', () => {
  it('takes changes as before', async () => {
    const { plan, task } = await sharedPlan();
    await connectPlan({ planId: plan.id, serverUrl: SERVER, token: EDIT_TOKEN, access: 'edit' });
    await updateTask(task.id, { title: 'Gewijzigd' });
    expect((await db.tasks.get(task.id))?.title).toBe('Gewijzigd');
  });
});
