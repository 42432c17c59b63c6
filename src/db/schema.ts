import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Action, HistoryEntry, Person, Plan, Sprint, Task, Theme } from '../domain/types';
import { outboxMiddleware, type OutboxEntry, type SyncPlan, type SyncUpdate } from './outbox';
import { DEMO_STORY_DAY } from './demoDay';
import { storedTask, storedTaskMiddleware } from './storedTask';

export interface Meta {
  key: string;
  value: unknown;
}

export type SprintbordDb = Dexie & {
  plans: EntityTable<Plan, 'id'>;
  themes: EntityTable<Theme, 'id'>;
  actions: EntityTable<Action, 'id'>;
  tasks: EntityTable<Task, 'id'>;
  sprints: EntityTable<Sprint, 'id'>;
  people: EntityTable<Person, 'id'>;
  history: EntityTable<HistoryEntry, 'id'>;
  meta: EntityTable<Meta, 'key'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
  syncPlans: EntityTable<SyncPlan, 'planId'>;
  syncUpdates: EntityTable<SyncUpdate, 'seq'>;
};

export const DB_NAME = 'sprintbord';

/**
 * Every schema change is a new version with its own upgrade; old versions are never edited,
 * because browsers in the field hold databases written by them.
 */
export const SCHEMA_V1 = {
  plans: 'id, year',
  themes: 'id, planId, [planId+order]',
  actions: 'id, planId, themeId',
  tasks: 'id, planId, [planId+sprintId], [planId+status], [planId+themeId], actionId, plannerId',
  sprints: 'id, planId, [planId+number]',
  people: 'id, planId',
  history: 'id, planId, taskId, at',
  meta: 'key',
};

/**
 * Version 2: plans get `storyDay` (not indexed, so the stores stay as they were). The demo plan,
 * known by `meta.demoPlanId`, is given its story day so it opens as of that day; every other plan
 * keeps living on the real clock and is left untouched.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const demo = (await tx.table('meta').get('demoPlanId')) as Meta | undefined;
  if (typeof demo?.value !== 'string') return;
  await tx
    .table('plans')
    .where('id')
    .equals(demo.value)
    .modify((plan: Plan) => {
      plan.storyDay = DEMO_STORY_DAY;
    });
}

/**
 * Version 3 adds team sync: the outbox of local changes, the sync settings per plan and the
 * plan's shared document. Only new tables: every v2 row stays as it was, so the upgrade has
 * nothing to transform (tests/db/upgrade.test.ts opens a v1 and a v2 database with the demo plan).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V1,
  outbox: '++seq, planId',
  syncPlans: 'planId',
  syncUpdates: '++seq, planId',
};

/**
 * Version 4 indexes the lists of ids a task holds, so a teammate's delete finds the tasks that
 * name the deleted task (as a blocker) or person (as an assignee) without reading the whole
 * plan. Indexes only: IndexedDB builds them over the stored rows, there is nothing to transform.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  tasks: `${SCHEMA_V1.tasks}, *blockedBy, *assigneeIds`,
};

/**
 * Version 5 makes the backlog and a sprint's report readable without reading the whole plan.
 * Tasks: a task without a sprint is stored with sprintId '' (src/db/storedTask.ts; IndexedDB
 * leaves null out of an index), so [planId+sprintId] answers the backlog. History: a sprint's
 * moves in and out are found by [field+to] and [field+from] (['sprintId', id]), so a report reads
 * the history of the tasks that were ever in its sprint, not the plan's.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  history: `${SCHEMA_V1.history}, [field+from], [field+to]`,
};

/**
 * Stores every backlog task in its v5 form. Straight on IndexedDB, under the middlewares: the
 * rows do not change for the app, so the outbox must not send them to the team again.
 */
export function upgradeToV5(tx: Transaction): Promise<void> {
  const store = tx.idbtrans.objectStore('tasks');
  return new Promise((resolve, reject) => {
    const all = store.getAll();
    all.onerror = () => reject(all.error);
    all.onsuccess = () => {
      const backlog = (all.result as Task[]).filter((t) => t.sprintId === null);
      if (!backlog.length) return resolve();
      backlog.forEach((task, i) => {
        const put = store.put(storedTask(task));
        put.onerror = () => reject(put.error);
        if (i === backlog.length - 1) put.onsuccess = () => resolve();
      });
    };
  });
}

export function openDb(name = DB_NAME): SprintbordDb {
  const db = new Dexie(name) as SprintbordDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V1).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  db.use(outboxMiddleware);
  db.use(storedTaskMiddleware);
  return db;
}

export const db = openDb();
