import type { Table } from 'dexie';
import { historyFor } from '../domain/tasks';
import type { Task } from '../domain/types';
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
    const scope = tables.includes(db.plans) ? [...tables] : [db.plans, ...tables];
    return await db.transaction('rw', scope, body);
  } catch (error) {
    throw toCommandError(error);
  }
}

/** Stores a task (new or changed) with the history lines of the change. */
export async function storeTask(before: Task | null, after: Task): Promise<void> {
  await db.tasks.put(after);
  const lines = historyFor(before, after, after.updatedAt);
  if (lines.length) await db.history.bulkAdd(lines.map((l) => ({ ...l, id: newTimeId() })));
}

/** Deletes a task and records its deletion in the history. */
export async function removeTask(before: Task, stamp: string): Promise<void> {
  await db.tasks.delete(before.id);
  const lines = historyFor(before, null, stamp);
  if (lines.length) await db.history.bulkAdd(lines.map((l) => ({ ...l, id: newTimeId() })));
}

/**
 * Refuses a write into a plan that is gone (deleted, reset, replaced by a restore): rows of a
 * missing plan would be invisible orphans. Call it inside `write`.
 */
export async function requirePlan(planId: string): Promise<void> {
  if (!(await db.plans.get(planId))) throw new CommandError('plan-missing');
}
