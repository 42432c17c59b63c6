import { randomUUID } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IncomingMessage } from '@hocuspocus/server';
import WebSocket from 'ws';
import * as Y from 'yjs';
import pg from 'pg';
import { readConfig, type ServerConfig } from '../../server/config';
import { afterAll } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import { syncUrl } from '../../src/domain/syncFields';

// The services the server tests run against (see .ci/run, which starts them on a fresh machine).
export const POSTGRES_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A table prefix of its own, so test runs and files never see each other's rows. */
export function uniquePrefix(): string {
  return `t${randomUUID().replace(/-/g, '').slice(0, 12)}_`;
}

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...readConfig({}),
    host: '127.0.0.1',
    port: 0,
    databaseUrl: POSTGRES_URL,
    rateLimit: 0,
    storeDebounceMs: 50,
    storeMaxDebounceMs: 200,
    ...overrides,
  };
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

export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 8000,
): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface Registered {
  planId: string;
  editToken: string;
  readToken: string;
}

export async function register(
  server: RunningServer,
  planId = randomUUID(),
  adminKey?: string,
): Promise<Registered> {
  const response = await fetch(`${server.url}/plans`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(adminKey ? { Authorization: `Bearer ${adminKey}` } : {}),
    },
    body: JSON.stringify({ planId }),
  });
  if (response.status !== 201) throw new Error(`registration answered ${response.status}`);
  return (await response.json()) as Registered;
}

export interface Client {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Number of SyncStatus messages in which the server said it did not apply a change. */
  refusedChanges: () => number;
  closed: () => boolean;
  /** The stateless messages the server sent this client. */
  stateless: string[];
  /** Destroys the provider and its socket. */
  close: () => void;
}

/**
 * A real Hocuspocus client over `ws`. Resolves once it is synced, rejects when the server
 * refuses its token.
 */
export function connect(
  wsUrl: string,
  planId: string,
  token: string,
  doc = new Y.Doc(),
): Promise<Client> {
  let refused = 0;
  let closed = false;
  const stateless: string[] = [];
  return new Promise((resolve, reject) => {
    const socket = new HocuspocusProviderWebsocket({
      // A test of another document format (or of none) gives its own query.
      url: new URL(wsUrl).search ? wsUrl : syncUrl(wsUrl),
      WebSocketPolyfill: WebSocket,
    });
    const close = () => {
      provider.destroy();
      socket.destroy();
    };
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: socket,
      name: planId,
      token,
      document: doc,
      onSynced: () =>
        resolve({
          provider,
          doc,
          refusedChanges: () => refused,
          closed: () => closed,
          stateless,
          close,
        }),
      onStateless: ({ payload }) => {
        stateless.push(payload);
      },
      onAuthenticationFailed: ({ reason }) => {
        close();
        reject(new Error(`authentication failed: ${reason}`));
      },
      onClose: () => {
        closed = true;
      },
    });
    // A provider on a socket it did not create does not attach by itself.
    provider.attach();
    provider.on('message', ({ message }: { message: IncomingMessage }) => {
      message.readVarString();
      // 8 = SyncStatus; 0 = the change was not applied.
      if (message.readVarUint() === 8 && message.readVarUint() === 0) refused += 1;
    });
  });
}

/** Rejects after `ms`, so a refused connection that never answers cannot hang a test. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms)),
  ]);
}

export function tasks(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('tasks');
}

export function setTitle(doc: Y.Doc, taskId: string, title: string): void {
  doc.transact(() => {
    const row = tasks(doc).get(taskId) ?? new Y.Map<unknown>();
    if (!tasks(doc).has(taskId)) tasks(doc).set(taskId, row);
    row.set('title', title);
  });
}

export function titleOf(doc: Y.Doc, taskId: string): unknown {
  return tasks(doc).get(taskId)?.get('title');
}

export function storedDoc(update: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc;
}

/** lib0's variable-length unsigned integer, as Hocuspocus frames its messages. */
function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}

function varBytes(data: Uint8Array): number[] {
  return [...varUint(data.length), ...data];
}

function varString(text: string): number[] {
  return varBytes(new TextEncoder().encode(text));
}

/** The message a provider sends to authenticate for a document. */
export function authMessage(planId: string, token: string): Uint8Array {
  return new Uint8Array([...varString(planId), 2, 0, ...varString(token)]);
}

/** A Yjs update message (sync type 0, sub-type 2) with any payload, valid or not. */
export function updateMessage(planId: string, payload: Uint8Array): Uint8Array {
  return new Uint8Array([...varString(planId), 0, 2, ...varBytes(payload)]);
}

export interface RawSocket {
  ws: WebSocket;
  received: Uint8Array[];
  closeCode: () => number | null;
}

/** A bare WebSocket, for sending what no well-behaved provider would send. */
export function rawSocket(
  wsUrl: string,
  options: WebSocket.ClientOptions = {},
): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(syncUrl(wsUrl), options);
    const received: Uint8Array[] = [];
    let code: number | null = null;
    ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    ws.on('close', (c) => {
      code = c;
    });
    ws.on('error', () => {});
    ws.once('open', () => resolve({ ws, received, closeCode: () => code }));
    ws.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade answered ${response.statusCode}`)),
    );
    ws.once('close', () => reject(new Error('closed before open')));
  });
}

export interface ServerSuite {
  /** This file's own table prefix. */
  prefix: string;
  /** Starts a server on this file's tables; it is stopped after the file. */
  start: (overrides?: Partial<ServerConfig>) => Promise<RunningServer>;
  /** A synced client of `server`; closed after the file. */
  client: (server: RunningServer, planId: string, token: string, what?: string) => Promise<Client>;
}

/**
 * The set-up every server test file needs: tables of its own, and after the file every client
 * closed, every server stopped and the tables dropped, whatever the tests left behind.
 */
export function serverSuite(): ServerSuite {
  const prefix = uniquePrefix();
  const servers: RunningServer[] = [];
  const clients: Client[] = [];
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all(servers.map((s) => s.stop()));
    await dropTables(prefix);
  }, 30_000);
  return {
    prefix,
    start: async (overrides = {}) => {
      const server = await startServer(testConfig({ tablePrefix: prefix, ...overrides }));
      servers.push(server);
      return server;
    },
    client: async (server, planId, token, what = 'connect') => {
      const c = await within(connect(server.wsUrl, planId, token), 10_000, what);
      clients.push(c);
      return c;
    },
  };
}
