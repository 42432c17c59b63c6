import { isPlanUuid, joinLink, parseJoinLink, tokenOf, type SyncSettings } from './syncConfig';

// Sharing a plan: the invite links, what the sync server's HTTP answers mean, and the words the
// header shows. Pure, so every case is a table test; the requests themselves live in src/sync.

export type TokenKind = 'edit' | 'read';

/** Why sharing, joining or replacing a link did not work, as the screens explain it. */
export type ShareProblem =
  /** The token (or the link) is wrong or was replaced. */
  | 'refused'
  /** The server registers plans only with its administrator's key. */
  | 'adminOnly'
  /** The plan is already registered there: it was shared before, from this device or another. */
  | 'exists'
  | 'unreachable'
  /** Anything else: an old server, a proxy's error page. */
  | 'unexpected';

/** The server's HTTP address for its WebSocket address: same host, same port. */
export function httpUrlOf(serverUrl: string): string {
  return serverUrl.replace(/^ws(s?):\/\//, 'http$1://');
}

/** The server's name as a person reads it in a question: its host (and port). */
export function serverLabelOf(serverUrl: string): string {
  return URL.canParse(serverUrl) ? new URL(serverUrl).host : serverUrl;
}

/** What an HTTP status that is not the expected one means for the screens. */
export function problemOfStatus(
  status: number,
  action: 'register' | 'token' | 'access',
): ShareProblem {
  if (status === 403) return action === 'register' ? 'adminOnly' : 'refused';
  if (status === 409 && action === 'register') return 'exists';
  return 'unexpected';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The tokens of `POST /plans`; null when the answer is not for this plan or not complete. */
export function registrationOf(
  body: unknown,
  planId: string,
): { editToken: string; readToken: string } | null {
  if (!isRecord(body) || body.planId !== planId) return null;
  const editToken = typeof body.editToken === 'string' ? tokenOf(body.editToken) : null;
  const readToken = typeof body.readToken === 'string' ? tokenOf(body.readToken) : null;
  return editToken && readToken && editToken !== readToken ? { editToken, readToken } : null;
}

/** The new token of `POST /plans/:id/tokens`; null when the answer is not that. */
export function replacedTokenOf(body: unknown, planId: string, kind: TokenKind): string | null {
  if (!isRecord(body) || body.planId !== planId || body.kind !== kind) return null;
  return typeof body.token === 'string' ? tokenOf(body.token) : null;
}

/** The kind of token of `GET /plans/:id/access`; null when the answer is not that. */
export function accessKindOf(body: unknown, planId: string): TokenKind | null {
  if (!isRecord(body) || body.planId !== planId) return null;
  return body.kind === 'edit' || body.kind === 'read' ? body.kind : null;
}

/** An invite: the settings of a join link and the plan's name as the sharer had it. */
export interface Invite extends SyncSettings {
  planName: string | null;
}

const MAX_NAME = 200;

/**
 * Reads an invite link's part after `#`. The name is only what the sharer's device called the
 * plan: shown in the question, never stored.
 */
export function inviteOf(hash: string): Invite | null {
  const settings = parseJoinLink(hash);
  if (!settings) return null;
  const raw = new URLSearchParams(hash.replace(/^#\/join\?/, '')).get('name');
  // Control characters and long names could make the question unreadable or misleading.
  const name = raw?.replace(/\p{Cc}/gu, ' ').trim() ?? '';
  return { ...settings, planName: name && name.length <= MAX_NAME ? name : null };
}

/**
 * The link a teammate opens: the app's own address, and after `#` the server, the plan, its
 * name and the token, so the token never reaches a web server's log.
 */
export function inviteLink(appUrl: string, settings: SyncSettings, planName: string): string {
  const base = joinLink(appUrl, settings);
  const name = planName.trim().slice(0, MAX_NAME);
  if (!name) return base;
  const [head, query = ''] = base.split('#/join?');
  const params = new URLSearchParams(query);
  const token = params.get('token') ?? '';
  params.delete('token');
  params.set('name', name);
  // The token last: whoever reads the link over a shoulder sees the plan before the secret.
  params.set('token', token);
  return `${head}#/join?${params.toString()}`;
}

export interface SharedTokens {
  serverUrl: string;
  planId: string;
  editToken?: string;
  readToken?: string;
}

/** Both invite links of a shared plan; null where this device does not know the token. */
export function inviteLinksOf(
  appUrl: string,
  shared: SharedTokens,
  planName: string,
): Record<TokenKind, string | null> {
  const link = (token: string | undefined) =>
    token && isPlanUuid(shared.planId)
      ? inviteLink(appUrl, { serverUrl: shared.serverUrl, planId: shared.planId, token }, planName)
      : null;
  return { edit: link(shared.editToken), read: link(shared.readToken) };
}

/** The header's words on a shared plan, most important first. */
export type SyncHeadline =
  | { key: 'refused' }
  | { key: 'outdated' }
  | { key: 'serverOutdated' }
  | { key: 'connecting' }
  | { key: 'offline'; count: number }
  | { key: 'sending'; count: number }
  | { key: 'synced' };

export interface SyncFacts {
  status: 'connecting' | 'connected' | 'offline' | 'refused' | 'outdated' | 'serverOutdated';
  /** Local changes not yet taken into the shared document. */
  pending: number;
  /** Changes in the shared document the server has not confirmed yet. */
  unsent: number;
}

export function syncHeadlineOf(facts: SyncFacts): SyncHeadline {
  const waiting = facts.pending + facts.unsent;
  switch (facts.status) {
    case 'refused':
      return { key: 'refused' };
    case 'outdated':
      return { key: 'outdated' };
    case 'serverOutdated':
      return { key: 'serverOutdated' };
    case 'offline':
      return { key: 'offline', count: waiting };
    case 'connecting':
      return { key: 'connecting' };
    case 'connected':
      return waiting > 0 ? { key: 'sending', count: waiting } : { key: 'synced' };
  }
}

/**
 * Whether a shared plan is read-only on this device: joined with a read link (stored, so it holds
 * after a reload and offline) or the server said so on this connection. An unshared plan is
 * always editable.
 */
export function isReadOnlyAccess(
  stored: TokenKind | undefined,
  serverSaysReadOnly: boolean | undefined,
): boolean {
  return stored === 'read' || serverSaysReadOnly === true;
}
