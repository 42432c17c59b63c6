import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Action, HistoryEntry, Person, Plan, Sprint, Task, Theme } from '../domain/types';
import { DEMO_STORY_DAY } from './seedData';

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

export function openDb(name = DB_NAME): SprintbordDb {
  const db = new Dexie(name) as SprintbordDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V1).upgrade(upgradeToV2);
  return db;
}

export const db = openDb();
