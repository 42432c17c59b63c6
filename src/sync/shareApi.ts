import {
  accessKindOf,
  httpUrlOf,
  problemOfStatus,
  registrationOf,
  replacedTokenOf,
  type ShareProblem,
  type TokenKind,
} from '../domain/syncShare';

// The sync server's HTTP API as the sharing screens use it. Nothing here runs unless a person
// shares, joins or replaces a link: a plan that is not shared makes no request.

export type ShareAnswer<T> = { ok: true; value: T } | { ok: false; problem: ShareProblem };

async function call<T>(
  url: string,
  init: RequestInit,
  expected: number,
  action: 'register' | 'token' | 'access',
  read: (body: unknown) => T | null,
): Promise<ShareAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, cache: 'no-store', credentials: 'omit' });
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (response.status !== expected) {
    return { ok: false, problem: problemOfStatus(response.status, action) };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, problem: 'unexpected' };
  }
  const value = read(body);
  return value === null ? { ok: false, problem: 'unexpected' } : { ok: true, value };
}

/** Registers a plan under its own id; the answer holds its edit and read token. */
export function registerPlanOn(serverUrl: string, planId: string) {
  return call(
    `${httpUrlOf(serverUrl)}/plans`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ planId }),
    },
    201,
    'register',
    (body) => registrationOf(body, planId),
  );
}

/** Replaces one of a plan's tokens (the old one stops working); needs the edit token. */
export function replaceTokenOn(
  serverUrl: string,
  planId: string,
  editToken: string,
  kind: TokenKind,
) {
  return call(
    `${httpUrlOf(serverUrl)}/plans/${encodeURIComponent(planId)}/tokens`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editToken}` },
      body: JSON.stringify({ kind }),
    },
    200,
    'token',
    (body) => replacedTokenOf(body, planId, kind),
  );
}

/** Which kind of token an invite carries; refused when it is wrong or was replaced. */
export function checkAccessOn(serverUrl: string, planId: string, token: string) {
  return call(
    `${httpUrlOf(serverUrl)}/plans/${encodeURIComponent(planId)}/access`,
    { method: 'GET', headers: { Authorization: `Bearer ${token}` } },
    200,
    'access',
    (body) => accessKindOf(body, planId),
  );
}
