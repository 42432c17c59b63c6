import type { Table } from 'dexie';
import { planNow, planToday } from '../domain/planTime';
import { isReadOnlyAccess } from '../domain/syncShare';
import { historyFor } from '../domain/tasks';
import type { IsoDate, IsoDateTime, Plan, Task } from '../domain/types';
import { now, today } from '../lib/clock';
import { newTimeId } from '../lib/ids';
import { CommandError, toCommandError } from './errors';
import { planTables } from './rows';
import { db } from './schema';

// Every command opens its transaction here and stores tasks through storeTask/removeTask, so what
// each write must also record (today: a task's history) is recorded in this one file, inside the
// same transaction as the change itself.

/** Every table of a plan, for commands that create, copy or remove whole plans. */
export const allTables = (): Table[] => [...planTables(), db.meta];

/**
 * One write = one transaction; any failure surfaces as a CommandError and nothing is half-stored.
 * The plans table is always in the transaction, so every command can check its plan still exists.
 */
export async function write<T>(tables: readonly Table[], body: () => Promise<T>): Promise<T> {
  try {
    // The outbox and the sync settings are in every write, so the outbox middleware
    // (src/db/outbox.ts) can record a synced plan's changes in this same transaction.
    // meta too: storeTask reads who this device says it is, for the history lines.
    const scope = [...new Set([db.plans, ...tables, db.outbox, db.syncPlans, db.meta])];
    return await db.transaction('rw', scope, body);
  } catch (error) {
    throw toCommandError(error);
  }
}

/** The meta key of the person this device says it is in a plan ("Ik ben"); never synced. */
export const authorKey = (planId: string): string => `me:${planId}`;

/** Who this device says it is in the plan, or null. Call it inside `write`. */
export async function currentAuthor(planId: string): Promise<string | null> {
  const row = await db.meta.get(authorKey(planId));
  return typeof row?.value === 'string' ? row.value : null;
}

async function addHistory(lines: ReturnType<typeof historyFor>, planId: string): Promise<void> {
  if (!lines.length) return;
  const by = await currentAuthor(planId);
  await db.history.bulkAdd(lines.map((l) => ({ ...l, id: newTimeId(), ...(by ? { by } : {}) })));
}

/** Stores a task (new or changed) with the history lines of the change. */
export async function storeTask(before: Task | null, after: Task): Promise<void> {
  await db.tasks.put(after);
  await addHistory(historyFor(before, after, after.updatedAt), after.planId);
}

/** Deletes a task and records its deletion in the history. */
export async function removeTask(before: Task, stamp: string): Promise<void> {
  await db.tasks.delete(before.id);
  await addHistory(historyFor(before, null, stamp), before.planId);
}

/**
 * Refuses a write into a plan that is gone (deleted, reset, replaced by a restore): rows of a
 * missing plan would be invisible orphans. Call it inside `write` for what only reads the plan
 * on this device (open it, say who I am); changes to the plan go through `requirePlan`.
 */
export async function requirePlanExists(planId: string): Promise<Plan> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new CommandError('plan-missing');
  return plan;
}

/**
 * Refuses a change to a plan that is gone, or that this device joined with a read-only link: the
 * server would refuse it anyway, and a change kept only here would differ from the team's plan.
 * Remote changes (src/db/syncStore.ts) do not come through here. Call it inside `write`.
 */
export async function requirePlan(planId: string): Promise<Plan> {
  const plan = await requirePlanExists(planId);
  const sync = await db.syncPlans.get(planId);
  if (isReadOnlyAccess(sync?.access, false)) throw new CommandError('read-only');
  return plan;
}

/**
 * The day and moment a write in `plan` happens on: the clock's for the user's plans, the story
 * day for the demo, so a task blocked or closed in the demo is not "since" a day after its today.
 */
export function planClock(plan: Plan): { today: IsoDate; now: IsoDateTime } {
  return { today: planToday(plan, today()), now: planNow(plan, now()) };
}
