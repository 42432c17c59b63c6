import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// Real sync servers for the browser tests: `server/main.ts` as child processes, on Postgres and
// Redis (DB 5), the way several instances run behind a load balancer.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const POSTGRES_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'}/5`;

export interface SyncServer {
  url: string;
  wsUrl: string;
  start(): Promise<void>;
  /** SIGTERM: the server stores every open plan before it exits. */
  stop(): Promise<void>;
}

async function healthy(url: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`sync server ${url} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The first of this run's sync-server ports; each spec takes its own offset from it. E2E_SYNC_PORT
 * moves them, so runs from several checkouts share one machine.
 */
export const SYNC_PORT = Number(process.env.E2E_SYNC_PORT ?? 4520);

/** A table (and Redis channel) prefix of its own, so runs never see each other's plans. */
export const uniquePrefix = () => `sync_e2e_${randomUUID().replace(/-/g, '').slice(0, 10)}_`;

export function syncServer(port: number, prefix: string, appOrigin: string): SyncServer {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}`,
    async start() {
      child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
        cwd: ROOT,
        stdio: 'ignore',
        env: {
          ...process.env,
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: POSTGRES_URL,
          REDIS_URL,
          TABLE_PREFIX: prefix,
          ALLOWED_ORIGINS: appOrigin,
          INSTANCE_NAME: `e2e-${port}`,
          RATE_LIMIT: '0',
          STORE_DEBOUNCE_MS: '100',
          STORE_MAX_DEBOUNCE_MS: '500',
        },
      });
      await healthy(url, 30_000);
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
  };
}

export async function registerPlan(server: SyncServer, planId: string): Promise<string> {
  const response = await fetch(`${server.url}/plans`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ planId }),
  });
  if (response.status !== 201) throw new Error(`registration answered ${response.status}`);
  return ((await response.json()) as { editToken: string }).editToken;
}

export async function dropTables(prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${prefix}plans, ${prefix}documents`);
  } finally {
    await client.end();
  }
}
