import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, SCHEMA_V1, SCHEMA_V3, SCHEMA_V4, type SprintbordDb } from '../../src/db/schema';
import { BACKLOG_KEY } from '../../src/db/storedTask';
import { DEMO_STORY_DAY, demoRows, type PlanRows } from '../../src/db/seed';
import type { HistoryEntry, Note, Plan, Task } from '../../src/domain/types';

// The pattern for every schema version: write a database the way that old version did (its own
// stores only, real data in it), open it with today's `openDb` and check nothing was lost.
// When version N+1 is added, copy the `v1` block for `vN` with `SCHEMA_VN` and its data.

const opened: Dexie[] = [];
let counter = 0;
const testName = (version: number) => `sprintbord-upgrade-v${version}-${++counter}`;

afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

/** A database exactly as version 1 left it: only the v1 stores, filled with the demo plan. */
async function writeV1(
  name: string,
  rows: PlanRows,
  extra: { plans?: Plan[]; meta?: Array<{ key: string; value: unknown }> } = {},
): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.table('plans').add(rows.plan);
    await old.table('themes').bulkAdd(rows.themes);
    await old.table('actions').bulkAdd(rows.actions);
    await old.table('people').bulkAdd(rows.people);
    await old.table('sprints').bulkAdd(rows.sprints);
    await old.table('tasks').bulkAdd(rows.tasks);
    await old.table('history').bulkAdd(rows.history);
    await old
      .table('meta')
      .bulkAdd([
        { key: 'activePlanId', value: rows.plan.id },
        { key: 'seeded', value: true },
        ...(extra.meta ?? []),
      ]);
    if (extra.plans) await old.table('plans').bulkAdd(extra.plans);
  });
  old.close();
}

function v1Rows(): PlanRows {
  // Version 1 knew no story day: its plans had no such field.
  const { plan: current, ...rest } = demoRows();
  const { storyDay: _storyDay, ...plan } = current;
  const rows: PlanRows = { ...rest, plan };
  // Notes and a checklist on a task, and history with array values, so nested data is covered.
  const notes: Note[] = [
    { id: 'n2', date: '2025-05-06', text: 'overleg met het AI-expertisecentrum' },
    { id: 'n1', date: '2025-04-28', text: 'antwoord AI-expert ontvangen 🚀' },
  ];
  const task: Task = {
    ...rows.tasks[0]!,
    notes,
    checklist: [{ id: 'c1', title: 'DPIA', done: true }],
  };
  const history: HistoryEntry[] = [
    ...rows.history,
    {
      id: '01900000-0000-7000-8000-000000000001',
      planId: rows.plan.id,
      taskId: task.id,
      at: '2025-05-02T08:00:00.000Z',
      field: 'assigneeIds',
      from: [],
      to: [rows.people[0]!.id],
    },
  ];
  return { ...rows, tasks: [task, ...rows.tasks.slice(1)], history };
}

async function readAll(db: SprintbordDb) {
  return {
    plans: await db.plans.toArray(),
    themes: await db.themes.toArray(),
    actions: await db.actions.toArray(),
    people: await db.people.toArray(),
    sprints: await db.sprints.toArray(),
    tasks: await db.tasks.toArray(),
    history: await db.history.toArray(),
    meta: await db.meta.toArray(),
  };
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('schema upgrades keep every row', () => {
  it('v1 → current: every task, theme, note and history entry survives', async () => {
    const name = testName(1);
    const rows = v1Rows();
    await writeV1(name, rows);

    const db = openDb(name);
    opened.push(db);
    await db.open();
    const now = await readAll(db);

    expect(now.tasks.length).toBeGreaterThan(50);
    expect(byId(now.tasks)).toEqual(byId(rows.tasks));
    expect(byId(now.themes)).toEqual(byId(rows.themes));
    expect(byId(now.history)).toEqual(byId(rows.history));
    expect(byId(now.actions)).toEqual(byId(rows.actions));
    expect(byId(now.people)).toEqual(byId(rows.people));
    expect(byId(now.sprints)).toEqual(byId(rows.sprints));
    expect(now.plans).toEqual([rows.plan]);
    expect(now.meta).toEqual(
      expect.arrayContaining([
        { key: 'activePlanId', value: rows.plan.id },
        { key: 'seeded', value: true },
      ]),
    );
    const withNotes = now.tasks.find((t) => t.id === rows.tasks[0]!.id)!;
    expect(withNotes.notes.map((n) => n.text)).toEqual([
      'overleg met het AI-expertisecentrum',
      'antwoord AI-expert ontvangen 🚀',
    ]);
    expect(db.verno).toBeGreaterThanOrEqual(1);
  });

  it('v1 → v3: the demo plan is kept and the sync tables are there, empty and usable', async () => {
    const name = testName(1);
    const rows = v1Rows();
    await writeV1(name, rows);
    const db = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.tasks.count()).toBe(rows.tasks.length);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncPlans.count()).toBe(0);
    expect(await db.syncUpdates.count()).toBe(0);
    await db.syncPlans.put({
      planId: rows.plan.id,
      serverUrl: 'ws://127.0.0.1:4520',
      token: 'secret',
      joined: false,
    });
    expect((await db.syncPlans.get(rows.plan.id))?.serverUrl).toBe('ws://127.0.0.1:4520');
  });

  it('v1 → current: the indexes of the current schema answer over the old rows', async () => {
    const name = testName(1);
    const rows = v1Rows();
    await writeV1(name, rows);
    const db = openDb(name);
    opened.push(db);
    const sprint = rows.sprints.find((s) => s.number === 4)!;
    const inSprint = rows.tasks
      .filter((t) => t.sprintId === sprint.id)
      .map((t) => t.id)
      .sort();
    const found = await db.tasks
      .where('[planId+sprintId]')
      .equals([rows.plan.id, sprint.id])
      .primaryKeys();
    expect([...found].sort()).toEqual(inSprint);
    const taskHistory = await db.history.where('taskId').equals(rows.tasks[0]!.id).count();
    expect(taskHistory).toBe(rows.history.filter((h) => h.taskId === rows.tasks[0]!.id).length);
  });

  it('an empty v1 database opens without error', async () => {
    const name = testName(1);
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    old.close();
    const db = openDb(name);
    opened.push(db);
    expect(await db.tasks.count()).toBe(0);
  });

  it('v1 → v2: the demo plan (meta.demoPlanId) gets its story day, a plan of the user none', async () => {
    const name = testName(1);
    const rows = v1Rows();
    const own: Plan = {
      id: '0f3f1f7e-0000-4000-8000-000000000002',
      name: 'Eigen plan',
      year: 2026,
      sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
      createdAt: '2026-01-02T08:00:00.000Z',
      updatedAt: '2026-01-02T08:00:00.000Z',
    };
    await writeV1(name, rows, {
      plans: [own],
      meta: [{ key: 'demoPlanId', value: rows.plan.id }],
    });
    const db = openDb(name);
    opened.push(db);
    await db.open();
    expect(await db.plans.get(rows.plan.id)).toEqual({ ...rows.plan, storyDay: DEMO_STORY_DAY });
    expect(await db.plans.get(own.id)).toEqual(own);
    expect(db.verno).toBeGreaterThanOrEqual(3);
  });

  it('v2 → v3: a v2 database (demo with its story day) keeps every row and gains the sync tables', async () => {
    const name = testName(1);
    const rows = v1Rows();
    await writeV1(name, rows);
    // Version 2 as it shipped: the v1 stores with the story-day upgrade.
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V1);
    await v2.open();
    await v2.table('plans').update(rows.plan.id, { storyDay: DEMO_STORY_DAY });
    v2.close();

    const db = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.plans.get(rows.plan.id)).toEqual({ ...rows.plan, storyDay: DEMO_STORY_DAY });
    expect(await db.tasks.count()).toBe(rows.tasks.length);
    expect(await db.history.count()).toBe(rows.history.length);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncPlans.count()).toBe(0);
    expect(await db.syncUpdates.count()).toBe(0);
  });

  it('v3 → v4: every row is kept and tasks are found by a blocker and by an assignee they name', async () => {
    const name = testName(3);
    const rows = v1Rows();
    const [blocker, blocked, other] = rows.tasks;
    const person = rows.people[0]!.id;
    const tasks: Task[] = [
      { ...blocked!, blockedBy: [blocker!.id, other!.id], assigneeIds: [person] },
      { ...other!, blockedBy: [blocker!.id], assigneeIds: [] },
      ...rows.tasks
        .filter((t) => t.id !== blocked!.id && t.id !== other!.id)
        .map((t) => ({ ...t, blockedBy: [], assigneeIds: [] })),
    ];
    // Version 3 as it shipped: the v1 stores (with the story-day upgrade) and the sync tables.
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V1);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3.transaction('rw', v3.tables, async () => {
      await v3.table('plans').add(rows.plan);
      await v3.table('themes').bulkAdd(rows.themes);
      await v3.table('people').bulkAdd(rows.people);
      await v3.table('tasks').bulkAdd(tasks);
      await v3.table('history').bulkAdd(rows.history);
      await v3.table('syncPlans').add({
        planId: rows.plan.id,
        serverUrl: 'ws://127.0.0.1:4520',
        token: 'secret',
        joined: true,
      });
    });
    v3.close();

    const db = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(byId(await db.tasks.toArray())).toEqual(byId(tasks));
    expect(await db.history.count()).toBe(rows.history.length);
    expect((await db.syncPlans.get(rows.plan.id))?.joined).toBe(true);
    const blocking = await db.tasks.where('blockedBy').equals(blocker!.id).primaryKeys();
    expect([...blocking].sort()).toEqual([blocked!.id, other!.id].sort());
    expect(await db.tasks.where('blockedBy').equals(other!.id).primaryKeys()).toEqual([
      blocked!.id,
    ]);
    expect(await db.tasks.where('assigneeIds').equals(person).primaryKeys()).toEqual([blocked!.id]);
  });
  it("v4 → v5: every task reads back as it was, and the indexes answer the backlog and a sprint's moves", async () => {
    const name = testName(4);
    const rows = v1Rows();
    const sprint4 = rows.sprints.find((s) => s.number === 4)!;
    const backlog = rows.tasks.filter((t) => t.sprintId === null);
    const moved = rows.tasks.find((t) => t.sprintId === sprint4.id)!;
    const history: HistoryEntry[] = [
      ...rows.history,
      {
        id: '01900000-0000-7000-8000-000000000002',
        planId: rows.plan.id,
        taskId: moved.id,
        at: '2025-04-28T07:00:00.000Z',
        field: 'sprintId',
        from: null,
        to: sprint4.id,
      },
    ];
    // Version 4 as it shipped: backlog tasks stored with sprintId null, a shared plan.
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V1);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    await v4.transaction('rw', v4.tables, async () => {
      await v4.table('plans').add(rows.plan);
      await v4.table('themes').bulkAdd(rows.themes);
      await v4.table('people').bulkAdd(rows.people);
      await v4.table('sprints').bulkAdd(rows.sprints);
      await v4.table('tasks').bulkAdd(rows.tasks);
      await v4.table('history').bulkAdd(history);
      await v4.table('syncPlans').add({
        planId: rows.plan.id,
        serverUrl: 'ws://127.0.0.1:4520',
        token: 'secret',
        joined: true,
      });
    });
    v4.close();

    const db = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(backlog.length).toBeGreaterThan(0);
    expect(byId(await db.tasks.toArray())).toEqual(byId(rows.tasks));
    const found = await db.tasks
      .where('[planId+sprintId]')
      .equals([rows.plan.id, BACKLOG_KEY])
      .primaryKeys();
    expect([...found].sort()).toEqual(backlog.map((t) => t.id).sort());
    const movesIn = await db.history.where('[field+to]').equals(['sprintId', sprint4.id]).toArray();
    const expectedIn = history.filter((h) => h.field === 'sprintId' && h.to === sprint4.id);
    expect(movesIn.map((h) => h.id).sort()).toEqual(expectedIn.map((h) => h.id).sort());
    expect(movesIn.map((h) => h.taskId)).toContain(moved.id);
    // The upgrade changed how rows are stored, not what they are: nothing to send to the team.
    expect(await db.outbox.count()).toBe(0);
  });
});
