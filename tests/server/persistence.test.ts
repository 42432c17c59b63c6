// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/app';
import {
  connect,
  dropTables,
  register,
  setTitle,
  testConfig,
  titleOf,
  uniquePrefix,
  waitFor,
  within,
} from './harness';

const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
}, 30_000);

/**
 * The client's last change is acknowledged but still inside the store debounce when the server
 * stops; the stop must store it, and a new server on the same store must hand it out.
 */
async function survivesRestart(config: ReturnType<typeof testConfig>): Promise<void> {
  const first = await startServer(config);
  let second: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    const plan = await register(first);
    const writer = await within(
      connect(first.wsUrl, plan.planId, plan.editToken),
      10_000,
      'connect',
    );
    // A new plan's first change is stored at once (server/app.ts, newDocuments); the next one waits.
    setTitle(writer.doc, 'task-1', 'Eerste versie');
    await waitFor(() => writer.provider.unsyncedChanges === 0, 'server acknowledged the change');
    await waitFor(
      () => !first.hocuspocus.debouncer.isCurrentlyExecuting(`onStoreDocument-${plan.planId}`),
      'first change stored',
    );
    setTitle(writer.doc, 'task-1', 'Voor de herstart');
    await waitFor(() => writer.provider.unsyncedChanges === 0, 'server acknowledged the change');
    expect(first.hocuspocus.debouncer.isDebounced(`onStoreDocument-${plan.planId}`)).toBe(true);
    await first.stop();
    writer.close();

    second = await startServer({ ...config, port: 0 });
    const reader = await within(
      connect(second.wsUrl, plan.planId, plan.readToken),
      10_000,
      'reconnect',
    );
    expect(titleOf(reader.doc, 'task-1')).toBe('Voor de herstart');
    reader.close();
  } finally {
    await first.stop();
    await second?.stop();
  }
}

describe('sync server persistence', () => {
  it('keeps a document across a restart with the embedded store (PGlite)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sprintbord-server-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    await survivesRestart(
      testConfig({
        databaseUrl: null,
        dataDir,
        storeDebounceMs: 60_000,
        storeMaxDebounceMs: 60_000,
      }),
    );
  }, 180_000);

  it('keeps a document across a restart with Postgres', async () => {
    const tablePrefix = uniquePrefix();
    cleanups.push(() => dropTables(tablePrefix));
    await survivesRestart(
      testConfig({ tablePrefix, storeDebounceMs: 60_000, storeMaxDebounceMs: 60_000 }),
    );
  }, 60_000);

  it('merges instead of overwriting when two states of one plan are stored', async () => {
    const tablePrefix = uniquePrefix();
    cleanups.push(() => dropTables(tablePrefix));
    const server = await startServer(testConfig({ tablePrefix }));
    try {
      const { Doc, encodeStateAsUpdate } = await import('yjs');
      const a = new Doc();
      const b = new Doc();
      setTitle(a, 'task-a', 'Alleen in A');
      setTitle(b, 'task-b', 'Alleen in B');
      await server.store.storeDocument('doc', encodeStateAsUpdate(a));
      await server.store.storeDocument('doc', encodeStateAsUpdate(b));
      const { storedDoc } = await import('./harness');
      const stored = storedDoc(await server.store.fetchDocument('doc'));
      expect(titleOf(stored, 'task-a')).toBe('Alleen in A');
      expect(titleOf(stored, 'task-b')).toBe('Alleen in B');
    } finally {
      await server.stop();
    }
  }, 30_000);
});
