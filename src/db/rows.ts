import type { Table } from 'dexie';
import type { BackupRows } from '../domain/backup';
import { db } from './schema';

// Whole-database reads and whole-plan writes, shared by backup, restore, repair, seeding and
// next year's plan, so a table added to a plan is added here once and not in five places.

/** The tables that hold plan rows: every table but meta. */
export const planTables = (): Table[] => [
  db.plans,
  db.themes,
  db.actions,
  db.tasks,
  db.sprints,
  db.people,
  db.history,
];

/** Every row of every plan table. Runs in the caller's transaction, so the copy is consistent. */
export async function readAllRows(): Promise<BackupRows> {
  const [plans, themes, actions, tasks, sprints, people, history] = await Promise.all([
    db.plans.toArray(),
    db.themes.toArray(),
    db.actions.toArray(),
    db.tasks.toArray(),
    db.sprints.toArray(),
    db.people.toArray(),
    db.history.toArray(),
  ]);
  return { plans, themes, actions, tasks, sprints, people, history };
}

/** Adds the rows of whole plans (new ids only). Runs in the caller's transaction. */
export async function addPlanRows(rows: BackupRows): Promise<void> {
  await db.plans.bulkAdd(rows.plans);
  await db.themes.bulkAdd(rows.themes);
  await db.actions.bulkAdd(rows.actions);
  await db.people.bulkAdd(rows.people);
  await db.sprints.bulkAdd(rows.sprints);
  await db.tasks.bulkAdd(rows.tasks);
  await db.history.bulkAdd(rows.history);
}

/**
 * Deletes one plan and every row of it. Runs in the caller's transaction; a shared plan's sync
 * settings must be dropped first (`dropSync`), or its deletes are sent to the team.
 */
export async function removePlanRows(planId: string): Promise<void> {
  for (const table of [db.themes, db.actions, db.tasks, db.sprints, db.people, db.history]) {
    await table.where('planId').equals(planId).delete();
  }
  await db.plans.delete(planId);
}

/** The plans whose rows are not all stored yet (`SyncPlan.partial`): the check on start skips them. */
export async function partialPlanIds(): Promise<Set<string>> {
  const plans = await db.syncPlans.toArray();
  return new Set(plans.filter((p) => p.partial).map((p) => p.planId));
}
