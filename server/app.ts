import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Document, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Throttle } from '@hocuspocus/extension-throttle';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { DOCUMENT_FORMAT, FORMAT_CONFIRMATION, OUTDATED_APP } from '../src/domain/syncFields';
import type { ServerConfig } from './config';
import { httpHandler, originAllowed } from './http';
import { silentLogger, type Logger } from './log';
import { updateInMessage } from './messages';
import { openStore, type Store } from './store';
import { isPlanId, tokenKind, type TokenKind } from './tokens';

export interface RunningServer {
  /** http://host:port */
  url: string;
  /** ws://host:port */
  wsUrl: string;
  port: number;
  hocuspocus: Hocuspocus;
  store: Store;
  /** Stores every open document, closes every connection, the store and Redis. */
  stop(): Promise<void>;
}

interface ConnectionContext {
  tokenKind?: TokenKind;
}

// Close codes sent to a client whose message is refused (4000–4999 are free for applications).
const DOCUMENT_TOO_LARGE = { code: 4413, reason: 'document-too-large' };
const INVALID_UPDATE = { code: 4400, reason: 'invalid-update' };
const TOKEN_REPLACED = { code: 4401, reason: 'token-replaced' };

/**
 * Redis' store lock makes an instance skip storing when another one holds it, which can leave
 * that instance's latest changes unstored. The store merges instead of overwriting, so
 * concurrent stores are safe and the lock is not taken.
 */
class RedisWithoutStoreLock extends Redis {
  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}
}

function redisOptions(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    options: {
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
      // A lost Redis must not end the process; ioredis reconnects on its own.
      maxRetriesPerRequest: 3,
    },
  };
}

/** The transaction origin Hocuspocus' Redis extension gives the changes it applies. */
const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  for (let waited = 0; !condition() && waited < timeoutMs; waited += 20) await sleep(20);
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'reason' in error) return String(error.reason);
  return String(error);
}

export async function startServer(
  config: ServerConfig,
  log: Logger = silentLogger,
): Promise<RunningServer> {
  const store = await openStore(config);
  let stopping = false;
  // Size of each open document in bytes: the stored state's at load (encoding a 10,000-task plan
  // again only to measure it cost a join about as much as sending it), then grown by each
  // applied update.
  const sizes = new Map<string, number>();
  // Documents loaded with nothing stored yet: their first change is stored at once (newDocuments).
  const unstored = new Set<string>();

  const limits: Extension = {
    extensionName: 'sprintbord-limits',
    async afterLoadDocument({ documentName, document }) {
      if (!sizes.has(documentName)) sizes.set(documentName, Y.encodeStateAsUpdate(document).length);
    },
    async onChange({ documentName, update }) {
      sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.length);
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
    },
    async beforeHandleMessage({ documentName, document, update: data, connection }) {
      let update: Uint8Array | null;
      try {
        update = updateInMessage(data);
      } catch {
        // Unreadable framing: Hocuspocus refuses it itself.
        return;
      }
      if (update === null || connection.readOnly) return;
      try {
        Y.decodeUpdate(update);
      } catch {
        log('refused', { plan: documentName, reason: INVALID_UPDATE.reason });
        throw INVALID_UPDATE;
      }
      const known = sizes.get(documentName) ?? 0;
      if (known + update.length <= config.maxDocumentBytes) return;
      // The running total over-counts updates the document already had; measure before refusing.
      const exact = Y.encodeStateAsUpdate(document).length;
      sizes.set(documentName, exact);
      const added = Y.diffUpdate(update, Y.encodeStateVector(document)).length;
      if (exact + added > config.maxDocumentBytes) {
        log('refused', {
          plan: documentName,
          reason: DOCUMENT_TOO_LARGE.reason,
          bytes: exact + added,
        });
        throw DOCUMENT_TOO_LARGE;
      }
    },
  };

  /**
   * A plan just shared is stored with its first change instead of after the store debounce, so
   * a teammate joining through another instance a moment later gets it from the store at once,
   * rather than from the first instance over Redis (answered only after it encoded the whole plan
   * for the request). Later changes are debounced as before.
   */
  const newDocuments: Extension = {
    extensionName: 'sprintbord-new-documents',
    async onChange(payload) {
      const { documentName, document, transactionOrigin } = payload;
      if (!unstored.has(documentName)) return;
      // Changes that came over Redis are stored by the instance that received them.
      if (!transactionOrigin || transactionOrigin === REDIS_ORIGIN) return;
      unstored.delete(documentName);
      void hocuspocus.storeDocumentHooks(document, payload, true);
    },
    async afterUnloadDocument({ documentName }) {
      unstored.delete(documentName);
    },
  };

  const extensions: Extension[] = [limits, newDocuments];
  if (config.rateLimit > 0) {
    extensions.push(
      new Throttle({
        throttle: config.rateLimit,
        consideredSeconds: config.rateLimitSeconds,
        banTime: config.rateLimitBanMinutes,
      }),
    );
  }
  if (config.redisUrl) {
    const { host, port, options } = redisOptions(config.redisUrl);
    extensions.push(
      new RedisWithoutStoreLock({
        host,
        port,
        options,
        identifier: config.instanceName,
        prefix: `${config.tablePrefix}sync`,
      }),
    );
  }
  extensions.push(
    new Database({
      fetch: async ({ documentName }) => {
        const state = await store.fetchDocument(documentName);
        if (state) sizes.set(documentName, state.length);
        else unstored.add(documentName);
        return state;
      },
      // While stopping, stop() stores every document itself, after the store is known to be open.
      store: async ({ documentName, state }) => {
        if (!stopping) await store.storeDocument(documentName, state);
      },
    }),
  );

  const hocuspocus = new Hocuspocus({
    name: config.instanceName,
    quiet: true,
    debounce: config.storeDebounceMs,
    maxDebounce: config.storeMaxDebounceMs,
    extensions,
    async onAuthenticate({ documentName, token, connectionConfig, requestParameters }) {
      // Before the token: a device of another document format must not read or write the plan
      // (src/domain/syncFields.ts), and it is told why, so it can say "reload" instead of "no access".
      if (requestParameters.get('format') !== String(DOCUMENT_FORMAT)) {
        log('refused', {
          plan: isPlanId(documentName) ? documentName : 'not-a-uuid',
          reason: OUTDATED_APP,
        });
        throw { reason: OUTDATED_APP };
      }
      if (!isPlanId(documentName)) {
        log('refused', { plan: 'not-a-uuid', reason: 'plan-id-must-be-uuid' });
        throw { reason: 'permission-denied' };
      }
      const plan = await store.getPlan(documentName);
      const kind = plan ? tokenKind(token, plan) : null;
      if (kind === null) {
        log('refused', { plan: documentName, reason: plan ? 'wrong-token' : 'unknown-plan' });
        throw { reason: 'permission-denied' };
      }
      // Hocuspocus then drops every document change this connection sends.
      connectionConfig.readOnly = kind === 'read';
      return { tokenKind: kind } satisfies ConnectionContext;
    },
    async connected({ documentName, socketId, context, connection }) {
      connection.sendStateless(FORMAT_CONFIRMATION);
      log('connect', {
        plan: documentName,
        kind: (context as ConnectionContext).tokenKind ?? null,
        socket: socketId.slice(0, 8),
      });
    },
    async onDisconnect({ documentName, socketId }) {
      log('disconnect', { plan: documentName, socket: socketId.slice(0, 8) });
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
  const httpServer = createServer(
    httpHandler({
      config,
      store,
      log,
      status: () => ({
        instance: config.instanceName,
        store: store.kind,
        redis: config.redisUrl !== null,
        documents: hocuspocus.getDocumentsCount(),
        connections: hocuspocus.getConnectionsCount(),
        heapUsedBytes: process.memoryUsage().heapUsed,
        rssBytes: process.memoryUsage.rss(),
      }),
      dropConnections: (planId, kind) => {
        hocuspocus.documents
          .get(planId)
          ?.getConnections()
          .filter((connection) => (connection.context as ConnectionContext).tokenKind === kind)
          .forEach((connection) => connection.close(TOKEN_REPLACED));
      },
    }),
  );

  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const refuse = (status: string, reason: string) => {
      log('refused', { reason });
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (stopping) return refuse('503 Service Unavailable', 'stopping');
    if (!originAllowed(config, request.headers.origin))
      return refuse('403 Forbidden', 'origin-not-allowed');
    wss.handleUpgrade(request, socket, head, (ws) => {
      // Without a listener an oversized or broken frame would be an uncaught error.
      ws.on('error', (error) => log('error', { where: 'websocket', message: error.message }));
      hocuspocus.handleConnection(ws, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  httpServer.on('error', (error) => log('error', { where: 'http-server', message: error.message }));
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      httpServer.close();
      const open: Document[] = [...hocuspocus.documents.values()];
      for (const ws of wss.clients) ws.terminate();
      await Promise.all(
        open.map((document) =>
          store
            .storeDocument(document.name, Y.encodeStateAsUpdate(document))
            .catch((error: unknown) =>
              log('error', { where: 'store', plan: document.name, message: errorMessage(error) }),
            ),
        ),
      );
      // Stores started before `stopping` and Redis' unload delay finish before the store closes.
      await waitUntil(
        () =>
          hocuspocus.getDocumentsCount() === 0 &&
          !open.some((document) => document.saveMutex.isLocked()),
        5000,
      );
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus }).catch(() => {});
      wss.close();
      httpServer.closeAllConnections();
      await store.close().catch(() => {});
    })();
    return stopped;
  };

  return {
    url: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${port}`,
    port,
    hocuspocus,
    store,
    stop,
  };
}
