import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { RepairNames } from '../domain/repair';
import { planRemoteApply, rowKey, type RejectedRow } from '../domain/syncApply';
import { planRemoteChanges } from '../domain/syncApplyChanges';
import { planFirstWrite, type LaterRow } from '../domain/syncFirstWrite';
import { isFormatConfirmation, OUTDATED_APP, syncUrl } from '../domain/syncFields';
import type { SyncPlan } from '../db/outbox';
import {
  applyLater,
  applyRemote,
  applyRemoteChanges,
  compactUpdates,
  loadUpdates,
  markJoined,
  readOutbox,
  readPlanRows,
  storeAccess,
  storeSent,
  storeUpdates,
  watchOutbox,
} from '../db/syncStore';
import { now, today } from '../lib/clock';
import { peersOf } from '../domain/presence';
import { mineOf, usePresence } from '../state/presence';
import { useSyncState, type PlanSyncState } from '../state/sync';
import {
  applyLocalRows,
  LOCAL_ORIGIN,
  remoteChangesOf,
  remoteRowsOf,
  rowsMissingFrom,
  watchRows,
  type LocalRow,
  type RowRef,
} from './bridge';

// One shared plan on this device: its Y.Doc (kept in IndexedDB as updates), the outbox sent into
// it, the team's changes written back to the plan's tables, and the connection to the server.
// Loaded only when a plan has a sync server, so a device without one makes no request at all.

const LOADED_ORIGIN = Symbol('sprintbord-loaded');
/** Stored updates beyond this are merged into one on start. */
const COMPACT_AFTER = 50;
/** Remote changes arriving together are written together. */
const APPLY_DELAY_MS = 30;

/**
 * A User Timing mark (DevTools' performance panel; bench/syncBrowser.ts reads them to split a
 * join into its steps). Costs nothing noticeable and writes no log.
 */
const mark = (step: string, detail?: unknown) =>
  globalThis.performance?.mark?.(`sprintbord-sync:${step}`, { detail });

/** Updates at least this large (a join's whole plan) get a timing mark. */
const LARGE_UPDATE = 100_000;
/**
 * New rows left for later (domain/syncFirstWrite) are added this many per transaction: about
 * 30 ms of main thread each in Chromium (IndexedDB's put of a task row) and a short wait for a
 * board read that queues behind one, so the board stays answerable while a joined plan is stored.
 */
const LATER_CHUNK = 500;
/**
 * A server that has not said it checks the document format this long after the document arrived
 * is taken for an older one (domain/syncFields.ts FORMAT_CONFIRMATION).
 */
const FORMAT_WAIT_MS = 3000;
/** After a later part failed to store, the next try waits this long. */
const LATER_RETRY_MS = 5000;

export interface SyncHandle {
  stop(): void;
}

export interface SyncOptions {
  /** Words the repair writes into data (from i18n), as for a restored backup. */
  names: RepairNames;
  /** The browser's WebSocket; tests hand in one for Node. */
  WebSocketPolyfill?: unknown;
  /**
   * The board's `sprint` URL value now (a number, 'backlog' or null): its rows are written first
   * when a large part of the plan arrives at once.
   */
  shownSprint?: () => string | null;
  /**
   * Calls `work` once the board has shown the plan: rows left for later are written after it,
   * or their transactions would queue ahead of the board's reads. Default: at once.
   */
  whenShown?: (planId: string, work: () => void) => void;
}

export async function startSync(config: SyncPlan, options: SyncOptions): Promise<SyncHandle> {
  const { planId } = config;
  const state = (patch: Partial<PlanSyncState>) => useSyncState.getState().update(planId, patch);
  let stopped = false;
  let joined = config.joined;
  let chain: Promise<void> = Promise.resolve();
  // The server said it checks the document format (onStateless), and the document arrived.
  let formatConfirmed = false;
  let synced = false;
  let formatTimer: ReturnType<typeof setTimeout> | null = null;
  // One job at a time: sending the outbox and storing the team's changes never interleave.
  const run = (job: () => Promise<void>) => {
    chain = chain
      .then(() => (stopped ? undefined : job()))
      .catch((error: unknown) => console.error('sync', planId, error));
    return chain;
  };

  const doc = new Y.Doc();
  const stored = await loadUpdates(planId);
  Y.transact(doc, () => stored.updates.forEach((u) => Y.applyUpdate(doc, u)), LOADED_ORIGIN);
  if (stored.updates.length > COMPACT_AFTER) {
    await compactUpdates(planId, stored.seqs, Y.encodeStateAsUpdate(doc));
  }

  // Rows changed since the last apply, by `table:id`; the whole plan is checked on start, on the
  // first connection and when a change names a task this device lacks (planRemoteChanges). A
  // delete checks the stored rows that name the deleted row, found through indexes.
  let changed = new Map<string, RowRef>();
  let checkWhole = true;
  const rejected = new Map<string, RejectedRow>();
  // New rows a large apply left for later, by `table:id`, written LATER_CHUNK at a time once
  // the board has shown the plan (laterReady).
  let later = new Map<string, LaterRow>();
  let laterReady = false;
  // Until the last later part is stored (and the plan's `partial` mark cleared with it), also
  // when the team's changes took the last rows out of `later`.
  let laterOpen = false;
  // A local change sent while rows were left for later may name one of them (a deleted action
  // whose tasks were not stored yet): the whole plan is checked once they are all stored.
  let sentDuringLater = false;
  const markChanged = (rows: readonly RowRef[]) => {
    for (const row of rows) changed.set(rowKey(row.table, row.id), row);
  };
  const unwatchRows = watchRows(doc, markChanged, [LOCAL_ORIGIN, LOADED_ORIGIN]);

  let captured: Uint8Array[] = [];
  /** The server's updates not stored yet. */
  let received: Uint8Array[] = [];
  let applyTimer: ReturnType<typeof setTimeout> | null = null;
  const scheduleApply = () => {
    if (applyTimer !== null) return;
    applyTimer = setTimeout(() => {
      applyTimer = null;
      void run(apply);
    }, APPLY_DELAY_MS);
  };

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === LOADED_ORIGIN) return;
    if (origin === LOCAL_ORIGIN) {
      captured.push(update);
      return;
    }
    if (update.length >= LARGE_UPDATE) mark('update-received', { bytes: update.length });
    // Stored by the next apply, in the transaction that writes the rows it changed.
    received.push(update);
    scheduleApply();
  });

  /** Puts local rows into the document and stores the result before the outbox is cleared. */
  const send = async (rows: LocalRow[], seqs: number[]) => {
    captured = [];
    applyLocalRows(doc, rows, planId);
    const update = captured.length ? Y.mergeUpdates(captured) : null;
    captured = [];
    // Joining a plan this device did not have sends nothing: no transaction to wait for.
    if (update || seqs.length) await storeSent(planId, seqs, update);
  };

  const flush = async () => {
    // Local rows go into the document only for a server that checks its format: they stay in
    // the outbox (and on disk) until it said so.
    if (!formatConfirmed) return;
    const out = await readOutbox(planId);
    if (!out.seqs.length) return;
    await send(out.rows, out.seqs);
    if (laterOpen) sentDuringLater = true;
    // A sent row the document refused (deleted meanwhile) must be checked against it.
    markChanged(out.rows.map(({ table, id }) => ({ table, id })));
    scheduleApply();
  };

  const ctx = () => ({ now: now(), names: options.names });

  const applyWhole = async (updates: readonly Uint8Array[]) => {
    mark('whole-start');
    const result = await applyRemote(
      planId,
      (local, pending) => {
        mark('whole-stored-read');
        const remote = remoteRowsOf(doc, planId);
        mark('whole-document-read');
        const decided = planRemoteApply({ planId, remote, local, pending }, ctx());
        mark('whole-checked');
        return planFirstWrite(decided, {
          local,
          choice: options.shownSprint?.() ?? null,
          clockToday: today(),
        });
      },
      updates,
    );
    mark('whole-written', {
      rows: Object.values(result.put).reduce((n, rows) => n + rows.length, 0),
      later: result.later.length,
    });
    rejected.clear();
    for (const row of result.rejected) rejected.set(rowKey(row.table, row.id), row);
    // A whole check decides every row again: rows left for later by an earlier one are in it.
    later = new Map(result.later.map((l) => [rowKey(l.table, l.row.id), l]));
    sentDuringLater = false;
    laterOpen = later.size > 0;
    if (laterOpen && !laterReady) {
      const ready = () => {
        laterReady = true;
        scheduleApply();
      };
      if (options.whenShown) options.whenShown(planId, ready);
      else ready();
    }
  };

  /** Adds the next rows left for later; once all are in, checks the whole plan if it must. */
  const applyNextLater = async () => {
    const chunk = [...later.values()].slice(0, LATER_CHUNK);
    const last = chunk.length === later.size;
    try {
      await applyLater(planId, chunk, last);
    } catch (error) {
      // A full disk or a closing database: tried again later, not at the pace of the chunks.
      setTimeout(scheduleApply, LATER_RETRY_MS);
      throw error;
    }
    for (const l of chunk) later.delete(rowKey(l.table, l.row.id));
    if (!last) {
      scheduleApply();
      return;
    }
    laterOpen = false;
    mark('later-written');
    if (sentDuringLater) {
      sentDuringLater = false;
      checkWhole = true;
      scheduleApply();
    }
  };

  /** Checks and stores the changed rows and their dependents; false when the whole plan must be. */
  const applyChanged = async (rows: RowRef[], updates: readonly Uint8Array[]) => {
    const result = await applyRemoteChanges(
      planId,
      () => remoteChangesOf(doc, rows, planId),
      (changes, stored) => {
        // Tasks left for later are tasks of the plan, only not stored yet: a change that names
        // one (a blocker) must keep it, not repair it away and then send that to the team.
        const storedTaskIds = new Set(stored.storedTaskIds);
        for (const { table, row } of later.values())
          if (table === 'tasks') storedTaskIds.add(row.id);
        const decided = planRemoteChanges({ planId, changes, ...stored, storedTaskIds }, ctx());
        return decided.whole ? null : decided;
      },
      updates,
    );
    if (!result) return false;
    for (const row of rows) rejected.delete(rowKey(row.table, row.id));
    for (const row of result.rejected) rejected.set(rowKey(row.table, row.id), row);
    return true;
  };

  const apply = async () => {
    // The server's updates go to disk with the first transaction below that writes rows; until
    // then (and again if it fails) they wait here.
    let unstored = received;
    received = [];
    try {
      // Before the first connection the document may lack rows this device has: nothing is
      // written back until the rows the server lacked were sent.
      if (!joined) {
        if (unstored.length) await storeUpdates(planId, unstored);
        unstored = [];
        return;
      }
      const whole = checkWhole;
      const rows = [...changed.values()];
      // A row changed by the team since it was left for later is stored by this apply, from the
      // document's newest version, not by an older copy afterwards.
      for (const key of changed.keys()) later.delete(key);
      checkWhole = false;
      changed = new Map();
      try {
        let done = !whole && rows.length === 0;
        if (!whole && rows.length > 0) {
          done = await applyChanged(rows, unstored);
          unstored = [];
        }
        if (!done) {
          await applyWhole(unstored);
          unstored = [];
        }
      } catch (error) {
        checkWhole = true;
        throw error;
      }
      if (unstored.length) await storeUpdates(planId, unstored);
      unstored = [];
      state({ rejected: [...rejected.values()] });
      if (laterOpen && laterReady) await applyNextLater();
    } finally {
      if (unstored.length) received = [...unstored, ...received];
    }
  };

  const join = async () => {
    if (!joined) {
      await send(rowsMissingFrom(doc, await readPlanRows(planId)), []);
      await markJoined(planId);
      joined = true;
      checkWhole = true;
    }
    await apply();
  };

  const unwatch = watchOutbox(planId, (count) => {
    state({ pending: count });
    if (count > 0) void run(flush);
  });

  const provider = new HocuspocusProvider({
    url: syncUrl(config.serverUrl),
    name: planId,
    token: config.token,
    document: doc,
    ...(options.WebSocketPolyfill
      ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket }
      : {}),
    onSynced: () => {
      mark('synced');
      synced = true;
      if (formatConfirmed) void run(join);
      else if (formatTimer === null)
        formatTimer = setTimeout(() => {
          if (!formatConfirmed) state({ status: 'serverOutdated' });
        }, FORMAT_WAIT_MS);
    },
    onStateless: ({ payload }) => {
      if (formatConfirmed || !isFormatConfirmation(payload)) return;
      formatConfirmed = true;
      if (formatTimer !== null) clearTimeout(formatTimer);
      if (useSyncState.getState().plans[planId]?.status === 'serverOutdated')
        state({ status: 'connected' });
      if (synced) void run(join);
      void run(flush);
    },
    onStatus: ({ status }) => {
      const now = useSyncState.getState().plans[planId]?.status;
      if (now === 'refused' || now === 'outdated' || now === 'serverOutdated') return;
      state({
        status:
          status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline',
      });
    },
    onAuthenticationFailed: ({ reason }) =>
      state({ status: reason === OUTDATED_APP ? 'outdated' : 'refused' }),
    onAuthenticated: ({ scope }) => {
      state({ readOnly: scope === 'readonly' });
      void run(() => storeAccess(planId, scope === 'readonly' ? 'read' : 'edit'));
    },
    // The server closes the plan for connections whose token was replaced (server/app.ts); the
    // socket stays open, so no authentication failure follows until the next start.
    onClose: ({ event }) => {
      if (event.reason === 'token-replaced') state({ status: 'refused' });
    },
    // What the header counts as waiting while offline: updates the server has not confirmed.
    onUnsyncedChanges: ({ number }) => state({ unsent: number }),
  });

  // Presence: who this browser is and which task it has open go out on the awareness channel;
  // the other browsers' states come back, checked, into view state.
  const awareness = provider.awareness;
  const publish = () => awareness?.setLocalState(mineOf(planId));
  const showPeers = () => {
    if (awareness)
      usePresence
        .getState()
        .setPeers(planId, peersOf(awareness.getStates().entries(), awareness.clientID));
  };
  awareness?.on('change', showPeers);
  publish();
  const unwatchMine = usePresence.subscribe((s, before) => {
    if (s.mine[planId] !== before.mine[planId]) publish();
  });

  // A browser that says it is offline gets no answers anyway; dropping the socket at once (and
  // reconnecting the moment it is back) beats waiting for the provider's timeout.
  const goOffline = () => {
    provider.disconnect();
    state({ status: 'offline' });
  };
  const goOnline = () => void provider.connect();
  globalThis.addEventListener?.('offline', goOffline);
  globalThis.addEventListener?.('online', goOnline);

  state({ status: 'connecting' });
  void run(apply);

  return {
    stop() {
      stopped = true;
      if (applyTimer !== null) clearTimeout(applyTimer);
      if (formatTimer !== null) clearTimeout(formatTimer);
      unwatch();
      unwatchRows();
      unwatchMine();
      awareness?.off('change', showPeers);
      awareness?.setLocalState(null);
      usePresence.getState().forgetPeers(planId);
      globalThis.removeEventListener?.('offline', goOffline);
      globalThis.removeEventListener?.('online', goOnline);
      provider.destroy();
      doc.destroy();
      useSyncState.getState().forget(planId);
    },
  };
}
