// The settings a browser needs to share a plan through a sync server, read from what a person
// typed or from a join link.

export interface SyncSettings {
  serverUrl: string;
  planId: string;
  token: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Plan ids on a sync server are UUIDs (the server refuses anything else). */
export const isPlanUuid = (id: string) => UUID.test(id);

/**
 * The WebSocket address of a server as typed: ws:// or wss:// as is, http(s):// turned into
 * ws(s)://, no path, query or trailing slash. Null when it is no such address.
 */
export function serverUrlOf(input: string): string | null {
  const text = input.trim();
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  const scheme = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' }[url.protocol];
  if (!scheme || url.hostname === '' || url.username || url.password) return null;
  if (url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  return `${scheme}//${url.host}`;
}

/** A token as the server hands it out: long, no spaces. */
export function tokenOf(input: string): string | null {
  const token = input.trim();
  return token.length >= 16 && token.length <= 200 && !/\s/.test(token) ? token : null;
}

/** Reads `#/join?server=…&plan=…&token=…`; null when the address is no complete join link. */
export function parseJoinLink(hash: string): SyncSettings | null {
  const match = /^#\/join\?(.*)$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[1]);
  const serverUrl = serverUrlOf(params.get('server') ?? '');
  const token = tokenOf(params.get('token') ?? '');
  const planId = (params.get('plan') ?? '').trim().toLowerCase();
  if (serverUrl === null || token === null || !isPlanUuid(planId)) return null;
  return { serverUrl, planId, token };
}

/** The join link for a plan on a server, under the app's own address. */
export function joinLink(appUrl: string, settings: SyncSettings): string {
  const params = new URLSearchParams({
    server: settings.serverUrl,
    plan: settings.planId,
    token: settings.token,
  });
  return `${appUrl.replace(/#.*$/, '')}#/join?${params.toString()}`;
}
