// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store';
import {
  POSTGRES_URL,
  connect,
  dropTables,
  setTitle,
  storedDoc,
  titleOf,
  uniquePrefix,
  waitFor,
  within,
} from './harness';

const prefix = uniquePrefix();
let child: ChildProcess | null = null;

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await dropTables(prefix);
}, 30_000);

/** `npm run server` as a real process: resolves with its WebSocket URL once it listens. */
function runServer(
  env: Record<string, string>,
): Promise<{ process: ChildProcess; wsUrl: string; httpUrl: string; output: () => string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening url="ws:\/\/([^"]+)"/.exec(output);
      if (match)
        resolve({
          process: proc,
          wsUrl: `ws://${match[1]}`,
          httpUrl: `http://${match[1]}`,
          output: () => output,
        });
    });
    proc.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

describe('npm run server', () => {
  it('stores an open plan on SIGTERM, exits 0 and never logs a token', async () => {
    const server = await within(
      runServer({
        PORT: '0',
        DATABASE_URL: POSTGRES_URL,
        TABLE_PREFIX: prefix,
        RATE_LIMIT: '0',
        STORE_DEBOUNCE_MS: '600000',
        STORE_MAX_DEBOUNCE_MS: '600000',
      }),
      60_000,
      'server start',
    );
    child = server.process;
    const response = await fetch(`${server.httpUrl}/plans`, { method: 'POST', body: '{}' });
    const plan = (await response.json()) as {
      planId: string;
      editToken: string;
      readToken: string;
    };
    const writer = await within(
      connect(server.wsUrl, plan.planId, plan.editToken),
      10_000,
      'connect',
    );
    setTitle(writer.doc, 'task-1', 'Net voor het stoppen');
    await waitFor(() => writer.provider.unsyncedChanges === 0, 'server acknowledged the change');

    const exited = new Promise<number | null>((resolve) =>
      server.process.once('exit', (code) => resolve(code)),
    );
    server.process.kill('SIGTERM');
    expect(await within(exited, 30_000, 'exit')).toBe(0);
    writer.close();

    const store = await openStore({ databaseUrl: POSTGRES_URL, dataDir: '', tablePrefix: prefix });
    try {
      expect(titleOf(storedDoc(await store.fetchDocument(plan.planId)), 'task-1')).toBe(
        'Net voor het stoppen',
      );
    } finally {
      await store.close();
    }
    expect(server.output()).toMatch(/connect plan="[^"]+" kind="edit"/);
    expect(server.output()).not.toContain(plan.editToken);
    expect(server.output()).not.toContain(plan.readToken);
  }, 120_000);
});
