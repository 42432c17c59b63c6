import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectPlan, disconnectPlan } from '../../src/db/commands/sync';
import { createTask } from '../../src/db/commands/tasks';
import { db } from '../../src/db/schema';
import { repairStoredPlans } from '../../src/db/repair';
import { storedPlansNeedRepair } from '../../src/db/repairCheck';
import { applyLater, applyRemote, applyRemoteChanges } from '../../src/db/syncStore';
import type { FirstWrite } from '../../src/domain/syncFirstWrite';
import { emptyTables, type RemoteApply } from '../../src/domain/syncApply';
import type { Task } from '../../src/domain/types';
import { aTask } from '../builders';
import { setClock } from '../../src/lib/clock';
import { aStoredPlan } from './storedPlan';

// The server's document updates are stored in the transaction that writes the rows they
// brought: never rows without their update, never an update of a plan no longer shared.

const SERVER = 'ws://127.0.0.1:4520';
const TOKEN = 'a-token-of-at-least-16-chars';
const UPDATE = new Uint8Array([0, 0]);
const NAMES = {
  unlabeledTheme: 'Zonder label',
  untitled: 'Zonder titel',
  missingReason: 'Onbekend',
};

async function sharedTask(): Promise<Task> {
  const { plan, theme } = await aStoredPlan();
  const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'Eigen titel' });
  await connectPlan({ planId: plan.id, serverUrl: SERVER, token: TOKEN });
  return task;
}

const retitled = (task: Task, title: string): RemoteApply => ({
  put: { ...emptyTables(() => []), tasks: [{ ...task, title } as Task] },
  remove: emptyTables(() => []),
  rejected: [],
});

const storedUpdates = () => db.syncUpdates.toArray();

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('the server updates of a remote apply', () => {
  it('are stored with the rows they brought', async () => {
    const task = await sharedTask();
    await applyRemote(task.planId, () => retitled(task, 'Van het team'), [UPDATE]);
    expect((await db.tasks.get(task.id))?.title).toBe('Van het team');
    expect((await storedUpdates()).map((u) => [u.planId, [...u.update]])).toEqual([
      [task.planId, [0, 0]],
    ]);
  });

  it('are not stored when writing the rows fails, and the rows are not written either', async () => {
    const task = await sharedTask();
    await expect(
      applyRemote(
        task.planId,
        () => {
          throw new Error('check failed');
        },
        [UPDATE],
      ),
    ).rejects.toThrow();
    expect(await storedUpdates()).toEqual([]);
    expect((await db.tasks.get(task.id))?.title).toBe('Eigen titel');
  });

  it('are not stored for a plan that is no longer shared', async () => {
    const task = await sharedTask();
    await disconnectPlan(task.planId);
    await applyRemote(task.planId, () => retitled(task, 'Van het team'), [UPDATE]);
    expect(await storedUpdates()).toEqual([]);
    expect((await db.tasks.get(task.id))?.title).toBe('Eigen titel');
  });

  it('are stored by a changes-only apply even when it leaves the check to the whole plan', async () => {
    const task = await sharedTask();
    const result = await applyRemoteChanges(
      task.planId,
      () => [{ table: 'tasks', id: task.id, row: { ...task, title: 'Van het team' } }],
      () => null,
      [UPDATE],
    );
    expect(result).toBeNull();
    expect(await storedUpdates()).toHaveLength(1);
    expect((await db.tasks.get(task.id))?.title).toBe('Eigen titel');
  });
});

describe('rows left for later by a large remote apply', () => {
  it('are added where the device has none, and not sent back to the team', async () => {
    const task = await sharedTask();
    const rows = [1, 2].map((n) =>
      aTask({ id: `later-${n}`, planId: task.planId, themeId: task.themeId }),
    );
    expect(
      await applyLater(
        task.planId,
        rows.map((row) => ({ table: 'tasks', row })),
        true,
      ),
    ).toBe(2);
    expect((await db.tasks.bulkGet(['later-1', 'later-2'])).map((t) => t?.id)).toEqual([
      'later-1',
      'later-2',
    ]);
    // createTask's own change waits in the outbox; the added rows are not sent back.
    expect((await db.outbox.toArray()).filter((e) => e.rowId.startsWith('later-'))).toEqual([]);
  });

  it('never overwrite a row stored meanwhile: it came from a newer state', async () => {
    const task = await sharedTask();
    await applyRemote(task.planId, () => retitled(task, 'Nieuwer'));
    const older = { ...task, title: 'Ouder' };
    expect(await applyLater(task.planId, [{ table: 'tasks', row: older }], true)).toBe(0);
    expect((await db.tasks.get(task.id))?.title).toBe('Nieuwer');
  });

  it('are not added for a plan that is no longer shared', async () => {
    const task = await sharedTask();
    await disconnectPlan(task.planId);
    const row = aTask({ id: 'later-1', planId: task.planId, themeId: task.themeId });
    expect(await applyLater(task.planId, [{ table: 'tasks', row }], true)).toBe(0);
    expect(await db.tasks.get('later-1')).toBeUndefined();
  });
});

describe('a plan whose rows are not all stored yet', () => {
  const leaveForLater = (task: Task, blocker: Task) => (): FirstWrite => ({
    ...retitled(task, 'Geblokkeerd'),
    later: [{ table: 'tasks', row: blocker }],
  });
  const isPartial = async (planId: string) => (await db.syncPlans.get(planId))?.partial ?? false;

  it('is marked with the first part and unmarked by the last later part', async () => {
    const task = await sharedTask();
    const blocker = aTask({ id: 'blocker', planId: task.planId, themeId: task.themeId });
    await applyRemote(task.planId, leaveForLater(task, blocker));
    expect(await isPartial(task.planId)).toBe(true);
    await applyLater(task.planId, [{ table: 'tasks', row: blocker }], false);
    expect(await isPartial(task.planId)).toBe(true);
    await applyLater(task.planId, [], true);
    expect(await isPartial(task.planId)).toBe(false);
  });

  it('is unmarked by a whole apply that leaves nothing for later', async () => {
    const task = await sharedTask();
    const blocker = aTask({ id: 'blocker', planId: task.planId, themeId: task.themeId });
    await applyRemote(task.planId, leaveForLater(task, blocker));
    await applyRemote(task.planId, () => retitled(task, 'Alles binnen'));
    expect(await isPartial(task.planId)).toBe(false);
  });

  it('is left alone by the check on start: a blocker not stored yet is no damage', async () => {
    const task = await sharedTask();
    const blocker = aTask({ id: 'blocker', planId: task.planId, themeId: task.themeId });
    const blocked = { ...task, blockedBy: ['blocker'] };
    await applyRemote(task.planId, () => ({
      ...retitled(blocked, 'Geblokkeerd'),
      later: [{ table: 'tasks', row: blocker }],
    }));
    const context = { now: '2025-05-20T10:00:00.000Z', names: NAMES };
    expect(await storedPlansNeedRepair(context)).toBe(false);
    expect(await repairStoredPlans(NAMES)).toEqual([]);
    expect((await db.tasks.get(task.id))?.blockedBy).toEqual(['blocker']);
    // Once it is no longer marked, the same rows are damage: the check is only postponed.
    await applyLater(task.planId, [], true);
    expect(await storedPlansNeedRepair(context)).toBe(true);
  });
});
