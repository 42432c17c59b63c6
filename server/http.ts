import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual, createHash, randomUUID } from 'node:crypto';
import type { ServerConfig } from './config';
import type { Logger } from './log';
import type { Store } from './store';
import { hashToken, isPlanId, newToken, tokenKind, tokenMatches, type TokenKind } from './tokens';

const MAX_BODY_BYTES = 16 * 1024;

export interface HttpDeps {
  config: ServerConfig;
  store: Store;
  log: Logger;
  status: () => Record<string, string | number | boolean>;
  /** Closes this instance's open connections that were opened with the replaced token. */
  dropConnections: (planId: string, kind: TokenKind) => void;
}

export function originAllowed(
  config: Pick<ServerConfig, 'allowedOrigins'>,
  origin: string | undefined,
): boolean {
  // Non-browser clients send no Origin; they still need a token for everything.
  if (origin === undefined || config.allowedOrigins === null) return true;
  return config.allowedOrigins.includes(origin);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'body-too-large');
    chunks.push(chunk);
  }
  if (size === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid-json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpError(400, 'invalid-json');
  }
  return parsed as Record<string, unknown>;
}

function bearer(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer (\S+)$/.exec(header) : null;
  return match?.[1] ?? null;
}

function sameSecret(a: string, b: string): boolean {
  // Hashing first gives equal lengths, so the comparison time says nothing about the key.
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

async function registerPlan(deps: HttpDeps, request: IncomingMessage, response: ServerResponse) {
  const { config, store } = deps;
  if (config.registration === 'admin') {
    const key = bearer(request);
    if (key === null || config.adminKey === null || !sameSecret(key, config.adminKey)) {
      throw new HttpError(403, 'admin-key-required');
    }
  }
  const body = await readJson(request);
  const planId = body.planId === undefined ? randomUUID() : body.planId;
  if (!isPlanId(planId)) throw new HttpError(400, 'plan-id-must-be-uuid');
  const editToken = newToken();
  const readToken = newToken();
  const created = await store.createPlan(planId, {
    editTokenHash: hashToken(editToken),
    readTokenHash: hashToken(readToken),
  });
  if (!created) throw new HttpError(409, 'plan-exists');
  deps.log('plan-registered', { plan: planId });
  send(response, 201, { planId, editToken, readToken });
}

async function replaceToken(
  deps: HttpDeps,
  planId: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const current = bearer(request);
  const body = await readJson(request);
  const kind = body.kind;
  if (kind !== 'edit' && kind !== 'read') throw new HttpError(400, 'kind-must-be-edit-or-read');
  const plan = isPlanId(planId) ? await deps.store.getPlan(planId) : null;
  // An unknown plan and a wrong token answer the same, so ids cannot be probed.
  if (current === null || plan === null || !tokenMatches(current, plan.editTokenHash)) {
    throw new HttpError(403, 'edit-token-required');
  }
  const token = newToken();
  const replaced = await deps.store.replaceTokenHash(
    planId,
    kind,
    plan.editTokenHash,
    hashToken(token),
  );
  if (!replaced) throw new HttpError(409, 'token-changed-meanwhile');
  deps.dropConnections(planId, kind);
  deps.log('token-replaced', { plan: planId, kind });
  send(response, 200, { planId, kind, token });
}

/**
 * Which kind of token the bearer holds for a plan: lets a browser check an invite link before it
 * stores anything, so a wrong or replaced link changes nothing on the device.
 */
async function checkAccess(
  deps: HttpDeps,
  planId: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const current = bearer(request);
  const plan = isPlanId(planId) ? await deps.store.getPlan(planId) : null;
  const kind = current === null || plan === null ? null : tokenKind(current, plan);
  // An unknown plan and a wrong token answer the same, so ids cannot be probed.
  if (kind === null) throw new HttpError(403, 'token-required');
  send(response, 200, { planId, kind });
}

export function httpHandler(deps: HttpDeps) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const origin = request.headers.origin;
    try {
      if (!originAllowed(deps.config, origin)) throw new HttpError(403, 'origin-not-allowed');
      if (origin !== undefined) {
        response.setHeader('Access-Control-Allow-Origin', origin);
        response.setHeader('Vary', 'Origin');
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      const path = url.pathname.replace(/\/$/, '');
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type',
          'Access-Control-Max-Age': '600',
        });
        response.end();
        return;
      }
      if (request.method === 'GET' && path === '/health') {
        send(response, 200, { status: 'ok', ...deps.status() });
        return;
      }
      if (request.method === 'POST' && path === '/plans') {
        await registerPlan(deps, request, response);
        return;
      }
      const tokens = /^\/plans\/([^/]+)\/tokens$/.exec(path);
      if (request.method === 'POST' && tokens) {
        await replaceToken(deps, tokens[1] ?? '', request, response);
        return;
      }
      const access = /^\/plans\/([^/]+)\/access$/.exec(path);
      if (request.method === 'GET' && access) {
        await checkAccess(deps, access[1] ?? '', request, response);
        return;
      }
      throw new HttpError(404, 'not-found');
    } catch (error) {
      if (error instanceof HttpError) {
        if (error.status >= 403 && error.status !== 404) {
          deps.log('http-refused', {
            method: request.method ?? '',
            status: error.status,
            reason: error.code,
          });
        }
        if (!response.headersSent) send(response, error.status, { error: error.code });
        return;
      }
      deps.log('error', {
        where: 'http',
        message: error instanceof Error ? error.message : String(error),
      });
      if (!response.headersSent) send(response, 500, { error: 'internal' });
    }
  };
}
