import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import type { AddressInfo } from 'node:net';
import { Server as HocuspocusServer } from '@hocuspocus/server';
import { startServer, type RunningServer } from '../../server/app';
import { editTask, undo } from '../../src/app/writes';
import { createTheme } from '../../src/db/commands/catalogue';
import { createPlan } from '../../src/db/commands/plans';
import { connectPlan } from '../../src/db/commands/sync';
import { createTask, deleteTask, updateTask } from '../../src/db/commands/tasks';
import { repairStoredPlans } from '../../src/db/repair';
import { db } from '../../src/db/schema';
import { markRemoteTransaction } from '../../src/db/outbox';
import { getSyncPlan } from '../../src/db/syncStore';
import { DEFER_AT_LEAST } from '../../src/domain/syncFirstWrite';
import { setClock } from '../../src/lib/clock';
import { applyLocalRows } from '../../src/sync/bridge';
import { startSync, type SyncHandle } from '../../src/sync/engine';
import { readRows } from '../../src/sync/rows';
import { aTask } from '../builders';
import {
  connect,
  dropTables,
  register,
  setTitle,
  tasks,
  testConfig,
  titleOf,
  uniquePrefix,
  waitFor,
  type Client,
} from '../server/harness';

// The client engine against a real server (Postgres, as the other server tests): the outbox is
// sent, the team's changes are stored, and an outbox left by a crash is sent on the next start.

const NAMES = {
  unlabeledTheme: 'Zonder label',
  untitled: 'Zonder titel',
  missingReason: 'Onbekend',
};
const prefix = uniquePrefix();
let server: RunningServer;
const handles: SyncHandle[] = [];
const clients: Client[] = [];

async function sharedPlan() {
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
  const tokens = await register(server, plan.id as ReturnType<typeof crypto.randomUUID>);
  return { planId: plan.id, themeId: theme.id, token: tokens.editToken };
}

async function start(
  planId: string,
  options: Partial<Parameters<typeof startSync>[1]> = {},
): Promise<SyncHandle> {
  const config = (await getSyncPlan(planId))!;
  const handle = await startSync(config, {
    names: NAMES,
    WebSocketPolyfill: WebSocket,
    ...options,
  });
  handles.push(handle);
  return handle;
}

async function until(check: () => Promise<boolean>, what: string) {
  const startAt = Date.now();
  while (!(await check())) {
    if (Date.now() - startAt > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  server = await startServer(testConfig({ tablePrefix: prefix }));
});
afterAll(async () => {
  await server.stop();
  await dropTables(prefix);
});
beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => {
  handles.splice(0).forEach((h) => h.stop());
  clients.splice(0).forEach((c) => c.close());
  setClock(null);
});

describe('the sync engine', () => {
  it('sends the plan on the first connection and a later edit through the outbox', async () => {
    const { planId, themeId, token } = await sharedPlan();
    const task = await createTask({ planId, themeId, title: 'Eerst lokaal' });
    await connectPlan({ planId, serverUrl: server.wsUrl, token });
    await start(planId);
    const peer = await connect(server.wsUrl, planId, token);
    clients.push(peer);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Eerst lokaal', 'the first rows');
    await updateTask(task.id, { title: 'Daarna gewijzigd' });
    await waitFor(() => titleOf(peer.doc, task.id) === 'Daarna gewijzigd', 'the edit');
    await until(async () => (await db.outbox.count()) === 0, 'an empty outbox');
  });

  it('stores a change of a teammate in the table without sending it back', async () => {
    const { planId, themeId, token } = await sharedPlan();
    const task = await createTask({ planId, themeId, title: 'Van mij' });
    await connectPlan({ planId, serverUrl: server.wsUrl, token });
    await start(planId);
    const peer = await connect(server.wsUrl, planId, token);
    clients.push(peer);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Van mij', 'the first rows');
    setTitle(peer.doc, task.id, 'Van een teammaat');
    await until(
      async () => (await db.tasks.get(task.id))?.title === 'Van een teammaat',
      'the change',
    );
    expect(await db.outbox.count()).toBe(0);
  });

  it('outbox replay after a crash: a write made while the engine was gone is sent on the next start', async () => {
    const { planId, themeId, token } = await sharedPlan();
    const task = await createTask({ planId, themeId, title: 'Voor de crash' });
    await connectPlan({ planId, serverUrl: server.wsUrl, token });
    const first = await start(planId);
    const peer = await connect(server.wsUrl, planId, token);
    clients.push(peer);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Voor de crash', 'the first rows');
    // The tab dies: the Y side is dropped, the write lands in the outbox only.
    first.stop();
    await updateTask(task.id, { title: 'Net voor de crash' });
    expect(await db.outbox.count()).toBeGreaterThan(0);
    await start(planId);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Net voor de crash', 'the replayed edit');
    await until(async () => (await db.outbox.count()) === 0, 'an empty outbox');
  });

  it('a repair on start reaches a teammate: the repaired task is in their document', async () => {
    const { planId, themeId, token } = await sharedPlan();
    const sprint = (await db.sprints.where('planId').equals(planId).first())!;
    const task = await createTask({ planId, themeId, title: 'In sprint 1', sprintId: sprint.id });
    await connectPlan({ planId, serverUrl: server.wsUrl, token });
    const first = await start(planId);
    const peer = await connect(server.wsUrl, planId, token);
    clients.push(peer);
    // Read as the app reads it: a sprintId back to null is left out of the document.
    const sprintOf = () => readRows(peer.doc, 'tasks').find((t) => t.id === task.id)?.sprintId;
    await waitFor(() => sprintOf() === sprint.id, 'the first rows');
    // Once a teammate's edit is stored, the first connection's check of the whole plan is done.
    setTitle(peer.doc, task.id, 'Van een teammaat');
    await until(async () => (await db.tasks.get(task.id))?.title === 'Van een teammaat', 'edit');
    first.stop();
    // Damage as an older version could have stored it: written without the outbox.
    await db.transaction('rw', db.tasks, () => db.tasks.update(task.id, { sprintId: 'weg' }));
    expect(await repairStoredPlans(NAMES)).toHaveLength(1);
    await start(planId);
    await waitFor(() => sprintOf() === null, 'the repaired task, in the backlog');
    await until(async () => (await db.outbox.count()) === 0, 'an empty outbox');
  });

  it('a local delete stays: a late edit of the deleted task by a teammate does not bring it back', async () => {
    const { planId, themeId, token } = await sharedPlan();
    const task = await createTask({ planId, themeId, title: 'Wordt verwijderd' });
    await connectPlan({ planId, serverUrl: server.wsUrl, token });
    await start(planId);
    const peer = await connect(server.wsUrl, planId, token);
    clients.push(peer);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Wordt verwijderd', 'the first rows');
    await deleteTask(task.id);
    await waitFor(() => !peer.doc.getMap('tasks').has(task.id), 'the delete');
    setTitle(peer.doc, task.id, 'Te laat bewerkt');
    // A later change of the same teammate arrives after the late edit: by then it was handled.
    peer.doc.getMap<Y.Map<unknown>>('themes').get(themeId)!.set('name', 'Na de late bewerking');
    await until(
      async () => (await db.themes.get(themeId))?.name === 'Na de late bewerking',
      'the later change',
    );
    expect(await db.tasks.get(task.id)).toBeUndefined();
  });

  it("a teammate's delete: the task it blocked lets go of it here, and the history stays", async () => {
    const { planId, themeId, token } = await sharedPlan();
    const blocker = await createTask({ planId, themeId, title: 'Blokkeert' });
    const blocked = await createTask({ planId, themeId, title: 'Wacht' });
    await updateTask(blocked.id, { blockedBy: [blocker.id] });
    await connectPlan({ planId, serverUrl: server.wsUrl, token });
    await start(planId);
    const peer = await connect(server.wsUrl, planId, token);
    clients.push(peer);
    await waitFor(() => titleOf(peer.doc, blocked.id) === 'Wacht', 'the first rows');
    await until(async () => (await db.outbox.count()) === 0, 'an empty outbox');
    applyLocalRows(peer.doc, [{ table: 'tasks', id: blocker.id, row: null }]);
    await until(async () => (await db.tasks.get(blocker.id)) === undefined, 'the delete');
    expect((await db.tasks.get(blocked.id))?.blockedBy).toEqual([]);
    // The delete carried no delete line: the deleted task's own lines go, as a full check does.
    expect(await db.history.where('taskId').equals(blocker.id).count()).toBe(0);
    expect(await db.history.where('taskId').equals(blocked.id).count()).toBeGreaterThan(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('undo stays local: Ctrl+Z takes back my title, not the priority a teammate set since', async () => {
    const { planId, themeId, token } = await sharedPlan();
    const task = await createTask({ planId, themeId, title: 'Mijn titel' });
    await connectPlan({ planId, serverUrl: server.wsUrl, token });
    await start(planId);
    const peer = await connect(server.wsUrl, planId, token);
    clients.push(peer);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Mijn titel', 'the first rows');
    expect((await editTask(task.id, { title: 'Mijn nieuwe titel' })).ok).toBe(true);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Mijn nieuwe titel', 'my edit');
    peer.doc.getMap<Y.Map<unknown>>('tasks').get(task.id)!.set('priority', 'urgent');
    await until(async () => (await db.tasks.get(task.id))?.priority === 'urgent', 'the teammate');
    expect((await undo()).ok).toBe(true);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Mijn titel', 'the undo at the teammate');
    expect(await db.tasks.get(task.id)).toMatchObject({ title: 'Mijn titel', priority: 'urgent' });
    expect(peer.doc.getMap<Y.Map<unknown>>('tasks').get(task.id)!.get('priority')).toBe('urgent');
  });

  it('keeps an invalid row of a teammate aside and counts it, storing the valid ones', async () => {
    const { planId, themeId, token } = await sharedPlan();
    const task = await createTask({ planId, themeId, title: 'Geldig' });
    await connectPlan({ planId, serverUrl: server.wsUrl, token });
    await start(planId);
    const peer = await connect(server.wsUrl, planId, token);
    clients.push(peer);
    await waitFor(() => titleOf(peer.doc, task.id) === 'Geldig', 'the first rows');
    peer.doc.transact(() => {
      peer.doc.getMap<Y.Map<unknown>>('tasks').get(task.id)!.set('status', 'kapot');
      peer.doc
        .getMap<Y.Map<unknown>>('themes')
        .get(themeId)!
        .set('name', 'Strategie en doelstellingen');
    });
    await until(
      async () => (await db.themes.get(themeId))?.name === 'Strategie en doelstellingen',
      'the valid row',
    );
    const { useSyncState } = await import('../../src/state/sync');
    expect(useSyncState.getState().plans[planId]?.rejected).toEqual([
      { table: 'tasks', id: task.id },
    ]);
    expect((await db.tasks.get(task.id))?.status).not.toBe('kapot');
  });

  describe('a join of a large plan', () => {
    const OFF_SCREEN = DEFER_AT_LEAST + 100;
    /** `table:rows` of every stored table, for comparing the whole store at once. */
    const storedCounts = async () =>
      Object.fromEntries(
        await Promise.all(
          (['plans', 'themes', 'sprints', 'tasks', 'history'] as const).map(
            async (t) => [t, await db[t].count()] as const,
          ),
        ),
      );
    const writtenMarks = (step: string) =>
      performance
        .getEntriesByName(`sprintbord-sync:${step}`)
        .map((m) => (m as PerformanceMark).detail as { rows?: number } | null);

    /**
     * A plan with 3 tasks in sprint 4 (today's) and OFF_SCREEN in sprint 5, shared from one
     * device; then this device is emptied, as a teammate's fresh browser, and opens the link.
     */
    /**
     * `hold`: the board never says it showed the plan, so the rows off the first screen wait
     * until `release()`. `blocked`: the first shown task is blocked by a task off the screen.
     */
    async function joinLargePlan(options: { hold?: boolean; blocked?: boolean } = {}) {
      const { planId, themeId, token } = await sharedPlan();
      const sprint = async (number: number) =>
        (await db.sprints.where({ planId, number }).first())!.id;
      const [shownId, laterId] = [await sprint(4), await sprint(5)];
      await db.tasks.bulkAdd([
        ...Array.from({ length: 3 }, (_, i) =>
          aTask({
            id: `shown-${i}`,
            planId,
            themeId,
            sprintId: shownId,
            blockedBy: options.blocked && i === 0 ? ['later-0'] : [],
          }),
        ),
        ...Array.from({ length: OFF_SCREEN }, (_, i) =>
          aTask({ id: `later-${i}`, planId, themeId, sprintId: laterId, rank: i }),
        ),
      ]);
      await connectPlan({ planId, serverUrl: server.wsUrl, token });
      const sharer = await start(planId);
      const peer = await connect(server.wsUrl, planId, token);
      clients.push(peer);
      await waitFor(() => tasks(peer.doc).size === OFF_SCREEN + 3, 'the shared plan');
      await until(async () => (await db.outbox.count()) === 0, 'an empty outbox');
      const shared = await storedCounts();
      sharer.stop();
      await db.delete();
      await db.open();
      performance.clearMarks();
      await connectPlan({ planId, serverUrl: server.wsUrl, token }, true);
      let held = () => {};
      await start(
        planId,
        options.hold ? { whenShown: (_plan: string, work: () => void) => (held = work) } : {},
      );
      if (options.hold) await until(async () => (await db.tasks.count()) === 3, 'the first screen');
      else await until(async () => (await db.tasks.count()) === OFF_SCREEN + 3, 'every task');
      return { planId, shared, peer, release: () => held() };
    }

    it("a teammate's change while the other sprints wait keeps a blocker that is not stored yet", async () => {
      const { planId, shared, peer, release } = await joinLargePlan({ hold: true, blocked: true });
      expect((await getSyncPlan(planId))?.partial).toBe(true);
      setTitle(peer.doc, 'shown-0', 'Van een teammaat');
      await until(
        async () => (await db.tasks.get('shown-0'))?.title === 'Van een teammaat',
        'edit',
      );
      expect((await db.tasks.get('shown-0'))?.blockedBy).toEqual(['later-0']);
      expect(await db.tasks.count()).toBe(3);
      release();
      await until(async () => (await db.tasks.count()) === OFF_SCREEN + 3, 'every task');
      await until(async () => !(await getSyncPlan(planId))?.partial, 'the partial mark cleared');
      expect(await storedCounts()).toEqual(shared);
      expect(await db.outbox.count()).toBe(0);
      expect(readRows(peer.doc, 'tasks').find((t) => t.id === 'shown-0')?.blockedBy).toEqual([
        'later-0',
      ]);
    });

    it('stores the opening sprint in the first transaction and the other tasks after it', async () => {
      const { planId, shared } = await joinLargePlan();
      const total = Object.values(shared).reduce((n, c) => n + c, 0);
      expect(writtenMarks('whole-written')).toEqual([
        { rows: total - OFF_SCREEN, later: OFF_SCREEN },
      ]);
      await until(async () => writtenMarks('later-written').length === 1, 'the rest');
      expect(await storedCounts()).toEqual(shared);
      expect(await db.outbox.count()).toBe(0);
      expect((await getSyncPlan(planId))?.partial).toBeUndefined();
    });

    it('tasks not stored when the tab closed are stored on the next start', async () => {
      const { planId, shared } = await joinLargePlan();
      await until(async () => writtenMarks('later-written').length === 1, 'the rest');
      handles.splice(0).forEach((h) => h.stop());
      // As if the tab closed after the first transaction: the document is stored, these are not.
      const ids = Array.from({ length: OFF_SCREEN }, (_, i) => `later-${i}`);
      await db.transaction('rw', db.tasks, db.syncPlans, async () => {
        markRemoteTransaction();
        await db.tasks.bulkDelete(ids);
        await db.syncPlans.update(planId, { partial: true });
      });
      expect(await db.tasks.count()).toBe(3);
      await start(planId);
      await until(async () => (await db.tasks.count()) === OFF_SCREEN + 3, 'the missing tasks');
      await until(async () => !(await getSyncPlan(planId))?.partial, 'the partial mark cleared');
      expect(await storedCounts()).toEqual(shared);
      expect(await db.outbox.count()).toBe(0);
    });
  });

  it('writes nothing into the document of a server that does not say it checks the document format, and says the server is older', async () => {
    // A server from before format 2: Hocuspocus without Sprintbord's checks.
    const older = new HocuspocusServer({ quiet: true, address: '127.0.0.1' });
    await older.listen(0);
    const wsUrl = `ws://127.0.0.1:${(older.httpServer.address() as AddressInfo).port}`;
    try {
      const { planId, themeId } = await sharedPlan();
      await connectPlan({ planId, serverUrl: wsUrl, token: 'a-token-of-at-least-16' });
      // Made while shared: it waits in the outbox.
      const task = await createTask({ planId, themeId, title: 'Alleen lokaal' });
      await start(planId);
      const peer = await connect(wsUrl, planId, 'a-token-of-at-least-16');
      clients.push(peer);
      const { useSyncState } = await import('../../src/state/sync');
      await until(
        async () => useSyncState.getState().plans[planId]?.status === 'serverOutdated',
        'the older server noticed',
      );
      expect(titleOf(peer.doc, task.id)).toBeUndefined();
      expect(tasks(peer.doc).size).toBe(0);
      expect(peer.doc.getMap('plan').size).toBe(0);
      expect(await db.outbox.count()).toBeGreaterThan(0);
    } finally {
      handles.splice(0).forEach((h) => h.stop());
      clients.splice(0).forEach((c) => c.close());
      await older.destroy();
    }
  });
});
