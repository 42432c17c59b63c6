import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import { BACKUP_TABLES } from '../domain/backup';

// The outbox of team sync. Every local write records here, in its own transaction, which rows
// it changed, so a change made a moment before the tab dies is still sent after the next start.
// It is one Dexie middleware rather than a line in every command: a command cannot forget it.

/** The tables whose rows are shared with the team when their plan is synced: a backup's. */
export const SYNCED_TABLES = BACKUP_TABLES;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/**
 * One local change still to be sent: which row of which table. The row itself is read when the
 * entry is sent, so the latest version goes and a row missing by then is sent as a delete.
 */
export interface OutboxEntry {
  seq?: number;
  planId: string;
  table: SyncedTable;
  rowId: string;
}

/** A plan shared through a sync server: where, with which token, and whether it was sent once. */
export interface SyncPlan {
  planId: string;
  serverUrl: string;
  token: string;
  /** The first connection sent the plan's rows the server did not have yet. */
  joined: boolean;
  /** The invite tokens this device knows (it shared the plan, or joined with an edit link). */
  editToken?: string;
  readToken?: string;
  /**
   * What the token opens, as the server answered on joining or connecting; absent = edit (a plan
   * this device shared). Not indexed, so no schema version.
   */
  access?: 'read' | 'edit';
  /**
   * Some rows of the plan's document are not stored yet (a join writes those off the first screen
   * after it: src/sync/engine.ts). The check on start leaves the plan alone meanwhile: a task
   * blocked by one not stored yet is no damage. Not indexed, so no schema version.
   */
  partial?: boolean;
}

/** One stored Yjs update of a plan's shared document; together they are the document on disk. */
export interface SyncUpdate {
  seq?: number;
  planId: string;
  update: Uint8Array;
}

const SYNCED: ReadonlySet<string> = new Set(SYNCED_TABLES);

/** Transactions that store what came from the team: they must not echo it back. */
const remoteTransactions = new WeakSet<object>();

/** Marks the running transaction as applying remote changes; call first thing in its body. */
export function markRemoteTransaction(): void {
  const tx = Dexie.currentTransaction;
  if (tx) remoteTransactions.add(tx);
}

type Changed = { id: string; planId: string };

function changedOf(table: string, row: unknown): Changed | null {
  if (typeof row !== 'object' || row === null) return null;
  const r = row as { id?: unknown; planId?: unknown };
  const planId = table === 'plans' ? r.id : r.planId;
  return typeof r.id === 'string' && typeof planId === 'string' ? { id: r.id, planId } : null;
}

/** The rows a delete is about to remove, read first: a delete names keys, not plans. */
async function rowsBeforeDelete(
  down: DBCore,
  table: string,
  req: DBCoreMutateRequest,
): Promise<unknown[]> {
  const core = down.table(table);
  if (req.type === 'delete') return core.getMany({ trans: req.trans, keys: req.keys });
  if (req.type === 'deleteRange') {
    const found = await core.query({
      trans: req.trans,
      values: true,
      query: { index: core.schema.primaryKey, range: req.range },
    });
    return found.result;
  }
  return [];
}

async function record(down: DBCore, req: DBCoreMutateRequest, changed: Changed[], table: string) {
  if (!changed.length) return;
  const planIds = [...new Set(changed.map((c) => c.planId))];
  const synced = await down.table('syncPlans').getMany({ trans: req.trans, keys: planIds });
  const shared = new Set(planIds.filter((_, i) => synced[i] !== undefined));
  const entries: OutboxEntry[] = changed
    .filter((c) => shared.has(c.planId))
    .map((c) => ({ planId: c.planId, table: table as SyncedTable, rowId: c.id }));
  if (entries.length)
    await down.table('outbox').mutate({ type: 'add', trans: req.trans, values: entries });
}

/**
 * Records the rows every write of a synced plan changes, in the same transaction. Only
 * transactions that include the outbox record (the shared write helper always includes it);
 * remote ones are marked and skipped. Plans without a sync server record nothing.
 */
export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sprintbord-outbox',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!SYNCED.has(name)) return table;
      return {
        ...table,
        mutate: async (req) => {
          const tx = Dexie.currentTransaction;
          const stores = (req.trans as unknown as IDBTransaction).objectStoreNames;
          const recording =
            tx !== null &&
            !remoteTransactions.has(tx) &&
            stores?.contains('outbox') === true &&
            stores.contains('syncPlans');
          if (!recording) return table.mutate(req);
          const rows =
            req.type === 'add' || req.type === 'put'
              ? [...req.values]
              : await rowsBeforeDelete(down, name, req);
          const result = await table.mutate(req);
          const changed = rows
            .map((row) => changedOf(name, row))
            .filter((c): c is Changed => c !== null);
          await record(down, req, changed, name);
          return result;
        },
      };
    },
  }),
};
