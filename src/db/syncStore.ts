import { liveQuery } from 'dexie';
import { BACKUP_TABLES, type BackupRows, type BackupTable } from '../domain/backup';
import { emptyTables, rowKey, type RemoteApply } from '../domain/syncApply';
import type { FirstWrite, LaterRow } from '../domain/syncFirstWrite';
import {
  dependentLookupsOf,
  taskRefsOf,
  type ContextTable,
  type DependentLookups,
  type Dependents,
  type RemoteChange,
  type RemoteChangesInput,
} from '../domain/syncApplyChanges';
import type { Task } from '../domain/types';
import { toCommandError } from './errors';
import { markRemoteTransaction, type OutboxEntry, type SyncPlan } from './outbox';
import { db } from './schema';

// What the sync engine (src/sync) reads and writes in IndexedDB: the outbox, the stored shared
// document and the remote changes. Only src/db touches Dexie, so these live here.

const planTables = () => BACKUP_TABLES.map((t) => db[t]);

/** A local change to send: the row as it is now, or null when it was deleted. */
export interface OutgoingRow {
  table: BackupTable;
  id: string;
  row: ({ id: string } & Record<string, unknown>) | null;
}

export interface Outgoing {
  /** The outbox entries these rows answer; cleared by `storeSent`. */
  seqs: number[];
  rows: OutgoingRow[];
}

export function syncPlans(): Promise<SyncPlan[]> {
  return db.syncPlans.toArray();
}

export function getSyncPlan(planId: string): Promise<SyncPlan | undefined> {
  return db.syncPlans.get(planId);
}

/** Calls back with the number of unsent changes of a plan, now and after every change. */
export function watchOutbox(planId: string, onCount: (count: number) => void): () => void {
  const sub = liveQuery(() => db.outbox.where('planId').equals(planId).count()).subscribe({
    next: onCount,
    error: () => onCount(0),
  });
  return () => sub.unsubscribe();
}

/** The plan's unsent changes, each row once, read as they are now. */
export async function readOutbox(planId: string): Promise<Outgoing> {
  return db.transaction('r', [db.outbox, ...planTables()], async () => {
    const entries: OutboxEntry[] = await db.outbox.where('planId').equals(planId).sortBy('seq');
    const seen = new Map<string, OutboxEntry>();
    for (const e of entries) seen.set(rowKey(e.table, e.rowId), e);
    const rows: OutgoingRow[] = [];
    for (const e of seen.values()) {
      const row = (await db[e.table].get(e.rowId)) as OutgoingRow['row'] | undefined;
      rows.push({ table: e.table, id: e.rowId, row: row ?? null });
    }
    return { seqs: entries.map((e) => e.seq!), rows };
  });
}

/**
 * Stores the document update that holds the sent rows and clears their outbox entries, in one
 * transaction: an entry disappears only once its change is on disk in the shared document.
 */
export async function storeSent(planId: string, seqs: number[], update: Uint8Array | null) {
  await db.transaction('rw', [db.outbox, db.syncUpdates], async () => {
    if (update) await db.syncUpdates.add({ planId, update });
    await db.outbox.bulkDelete(seqs);
  });
}

/** Keeps updates that came from the server, so the document survives a reload offline. */
export async function storeUpdates(planId: string, updates: readonly Uint8Array[]): Promise<void> {
  await db.syncUpdates.bulkAdd(updates.map((update) => ({ planId, update })));
}

export async function loadUpdates(
  planId: string,
): Promise<{ seqs: number[]; updates: Uint8Array[] }> {
  const rows = await db.syncUpdates.where('planId').equals(planId).sortBy('seq');
  return { seqs: rows.map((r) => r.seq!), updates: rows.map((r) => r.update) };
}

/** Replaces many stored updates by their merge (the same document, smaller and faster to load). */
export async function compactUpdates(planId: string, seqs: number[], merged: Uint8Array) {
  await db.transaction('rw', [db.syncUpdates], async () => {
    await db.syncUpdates.bulkDelete(seqs);
    await db.syncUpdates.add({ planId, update: merged });
  });
}

/** Keeps what the server says this device's token opens, so it holds after a reload. */
export async function storeAccess(planId: string, access: 'read' | 'edit'): Promise<void> {
  await db.transaction('rw', db.syncPlans, async () => {
    const config = await db.syncPlans.get(planId);
    if (config && config.access !== access) await db.syncPlans.put({ ...config, access });
  });
}

export async function markJoined(planId: string): Promise<void> {
  await db.syncPlans.update(planId, { joined: true });
}

async function readPlan(planId: string): Promise<BackupRows> {
  const byPlan = (t: Exclude<BackupTable, 'plans'>) =>
    db[t].where('planId').equals(planId).toArray();
  const plan = await db.plans.get(planId);
  const [themes, actions, tasks, sprints, people, history] = await Promise.all([
    byPlan('themes'),
    byPlan('actions'),
    byPlan('tasks'),
    byPlan('sprints'),
    byPlan('people'),
    byPlan('history'),
  ]);
  return {
    plans: plan ? [plan] : [],
    themes,
    actions,
    tasks,
    sprints,
    people,
    history,
  } as BackupRows;
}

/** The plan's rows as stored, for the first connection (rows the server lacks are sent). */
export function readPlanRows(planId: string): Promise<BackupRows> {
  return db.transaction('r', planTables(), () => readPlan(planId));
}

async function writeApply(plan: RemoteApply): Promise<void> {
  for (const table of BACKUP_TABLES) {
    const store = db[table] as unknown as {
      bulkPut(rows: unknown[]): Promise<unknown>;
      bulkDelete(ids: string[]): Promise<void>;
    };
    if (plan.remove[table].length) await store.bulkDelete(plan.remove[table]);
    if (plan.put[table].length) await store.bulkPut(plan.put[table]);
  }
}

async function pendingOf(planId: string): Promise<Set<string>> {
  const entries = await db.outbox.where('planId').equals(planId).toArray();
  return new Set(entries.map((e) => rowKey(e.table, e.rowId)));
}

/**
 * The engine of a plan may still hold changes of the team when the plan stops being shared on
 * this device (disconnected, deleted, replaced by a restore or the demo reset): those are not
 * written, or the team's rows would come back into a plan that no longer follows the team.
 */
async function isShared(planId: string): Promise<boolean> {
  return (await db.syncPlans.get(planId)) !== undefined;
}

const syncTables = () => [...planTables(), db.outbox, db.syncPlans];

/**
 * Says (or stops saying) that rows of the plan's document wait to be stored
 * (`SyncPlan.partial`).
 */
async function markPartial(config: SyncPlan, partial: boolean): Promise<void> {
  if ((config.partial ?? false) === partial) return;
  const { partial: _was, ...rest } = config;
  await db.syncPlans.put(partial ? { ...rest, partial } : rest);
}

/**
 * The server's updates the rows being written came from, in the same transaction: rows are
 * never on disk without the document that holds them (on the next start the whole plan is
 * checked against the stored document, and a row missing from it would be removed), and a
 * join waits for one transaction instead of two (the update of a 10,000-task plan is ~7 MB).
 */
async function keepUpdates(planId: string, updates: readonly Uint8Array[]): Promise<void> {
  if (updates.length) await db.syncUpdates.bulkAdd(updates.map((update) => ({ planId, update })));
}

const nothingToApply = (): RemoteApply => ({
  put: emptyTables(() => []),
  remove: emptyTables(() => []),
  rejected: [],
});

/**
 * Writes what the team changed in one transaction, with the server's `updates` it came from,
 * marked remote so the outbox does not send it back. `decide` sees the rows as stored and the
 * unsent local changes, inside the transaction, so a local edit made meanwhile is never
 * overwritten. Rows `decide` leaves for later come back in `later` (see `applyLater`). Nothing is
 * written for a plan that is no longer shared on this device.
 */
export async function applyRemote(
  planId: string,
  decide: (local: BackupRows, pending: ReadonlySet<string>) => RemoteApply | FirstWrite,
  updates: readonly Uint8Array[] = [],
): Promise<FirstWrite> {
  try {
    return await db.transaction('rw', [...syncTables(), db.syncUpdates], async () => {
      markRemoteTransaction();
      const config = await db.syncPlans.get(planId);
      if (!config) return { ...nothingToApply(), later: [] };
      await keepUpdates(planId, updates);
      const plan = decide(await readPlan(planId), await pendingOf(planId));
      await writeApply(plan);
      const later = 'later' in plan ? plan.later : [];
      await markPartial(config, later.length > 0);
      return { ...plan, later };
    });
  } catch (error) {
    throw toCommandError(error);
  }
}

/**
 * Adds new rows an earlier `applyRemote` left for later (domain/syncFirstWrite), in one
 * transaction, marked remote. A row is added only where the device still has none and no local
 * change waits for it: anything stored meanwhile came from a newer state than these rows.
 * Their document update was stored with the first part, so a tab closed before this has lost
 * nothing: the next start checks the whole plan against that document and writes what is missing.
 * Returns the number of rows added.
 */
export async function applyLater(
  planId: string,
  rows: readonly LaterRow[],
  last: boolean,
): Promise<number> {
  try {
    return await db.transaction('rw', syncTables(), async () => {
      markRemoteTransaction();
      const config = await db.syncPlans.get(planId);
      if (!config) return 0;
      if (last) await markPartial(config, false);
      const pending = await pendingOf(planId);
      let added = 0;
      for (const table of BACKUP_TABLES) {
        const mine = rows.filter((r) => r.table === table).map((r) => r.row);
        if (!mine.length) continue;
        const store = db[table] as unknown as {
          bulkGet(ids: string[]): Promise<unknown[]>;
          bulkAdd(rows: unknown[]): Promise<unknown>;
        };
        const stored = await store.bulkGet(mine.map((r) => r.id));
        const missing = mine.filter(
          (row, i) => stored[i] === undefined && !pending.has(rowKey(table, row.id)),
        );
        if (missing.length) await store.bulkAdd(missing);
        added += missing.length;
      }
      return added;
    });
  } catch (error) {
    throw toCommandError(error);
  }
}

/** What `applyRemoteChanges` reads for the rows that changed: never the plan's other tasks. */
export type StoredForChanges = Omit<RemoteChangesInput, 'planId' | 'changes'>;

/** The stored rows of the plan that may name a deleted or moved row, found through indexes. */
async function readDependents(planId: string, lookups: DependentLookups): Promise<Dependents> {
  const own = <T extends { planId: string }>(rows: T[]) => rows.filter((r) => r.planId === planId);
  const found = await Promise.all([
    lookups.blockedBy.length ? db.tasks.where('blockedBy').anyOf(lookups.blockedBy).toArray() : [],
    lookups.assigneeIds.length
      ? db.tasks.where('assigneeIds').anyOf(lookups.assigneeIds).toArray()
      : [],
    lookups.actionId.length ? db.tasks.where('actionId').anyOf(lookups.actionId).toArray() : [],
    ...lookups.themeId.map((id) =>
      db.tasks.where('[planId+themeId]').equals([planId, id]).toArray(),
    ),
    ...lookups.sprintId.map((id) =>
      db.tasks.where('[planId+sprintId]').equals([planId, id]).toArray(),
    ),
  ]);
  const tasks = new Map<string, Task>();
  for (const task of own(found.flat())) tasks.set(task.id, task);
  const history = lookups.historyOf.length
    ? own(await db.history.where('taskId').anyOf(lookups.historyOf).toArray())
    : [];
  return { tasks: [...tasks.values()], history };
}

/**
 * `applyRemote` for a few changed rows: reads the plan's small tables, the changed rows
 * (`readChanges`, from the document), their stored versions, the rows that name a row the changes deleted or moved (through indexes) and
 * the tasks all these name, in one transaction. `decide` answers null when the whole plan must
 * be checked instead, and so does this when the plan is not stored; then nothing is written here.
 */
export async function applyRemoteChanges(
  planId: string,
  readChanges: () => readonly RemoteChange[],
  decide: (changes: readonly RemoteChange[], stored: StoredForChanges) => RemoteApply | null,
  updates: readonly Uint8Array[] = [],
): Promise<RemoteApply | null> {
  try {
    return await db.transaction('rw', [...syncTables(), db.syncUpdates], async () => {
      markRemoteTransaction();
      if (!(await isShared(planId))) return nothingToApply();
      // Kept even when the whole plan must be checked instead: the document is stored either way.
      await keepUpdates(planId, updates);
      const byPlan = (t: Exclude<ContextTable, 'plans'>) =>
        db[t].where('planId').equals(planId).toArray();
      const [planRow, themes, actions, sprints, people] = await Promise.all([
        db.plans.get(planId),
        byPlan('themes'),
        byPlan('actions'),
        byPlan('sprints'),
        byPlan('people'),
      ]);
      // A plan not stored yet (the document of a join arrived) is checked whole in any case:
      // reading its 10,000 rows from the document and their stored versions would be wasted.
      if (!planRow) return null;
      const changes = readChanges();
      const stored = new Map<string, { id: string }>();
      for (const table of BACKUP_TABLES) {
        const ids = changes.filter((c) => c.table === table).map((c) => c.id);
        if (!ids.length) continue;
        const rows = (await db[table].bulkGet(ids)) as Array<{ id: string } | undefined>;
        for (const row of rows) if (row) stored.set(rowKey(table, row.id), row);
      }
      const pending = await pendingOf(planId);
      const dependents = await readDependents(
        planId,
        dependentLookupsOf({ changes, stored, pending }),
      );
      const taskRefs = taskRefsOf([
        ...changes,
        ...dependents.tasks.map((row) => ({ table: 'tasks' as const, id: row.id, row })),
      ]);
      const refs = await db.tasks.bulkGet(taskRefs);
      const storedTaskIds = new Set(refs.flatMap((t) => (t && t.planId === planId ? [t.id] : [])));
      const plan = decide(changes, {
        context: { plans: planRow ? [planRow] : [], themes, actions, sprints, people } as Pick<
          BackupRows,
          ContextTable
        >,
        stored,
        storedTaskIds,
        pending,
        dependents,
      });
      if (plan) await writeApply(plan);
      return plan;
    });
  } catch (error) {
    throw toCommandError(error);
  }
}
