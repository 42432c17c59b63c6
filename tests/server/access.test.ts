// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { FORMAT_CONFIRMATION, OUTDATED_APP } from '../../src/domain/syncFields';
import {
  connect,
  register,
  serverSuite,
  setTitle,
  storedDoc,
  titleOf,
  waitFor,
  within,
} from './harness';

const suite = serverSuite();
let server: RunningServer;
const client = (planId: string, token: string) => suite.client(server, planId, token);

beforeAll(async () => {
  server = await suite.start();
}, 30_000);

describe('sync server access', () => {
  it('refuses a connection that presents no token', async () => {
    const plan = await register(server);
    await expect(within(connect(server.wsUrl, plan.planId, ''), 10_000, 'refusal')).rejects.toThrow(
      'authentication failed',
    );
  });

  /** A plan whose server copy holds a secret title, for the refusals that must not leak it. */
  async function planWithSecret() {
    const plan = await register(server);
    const editor = await client(plan.planId, plan.editToken);
    setTitle(editor.doc, 'task-1', 'geheim');
    await waitFor(
      () => titleOf(server.hocuspocus.documents.get(plan.planId)!, 'task-1') === 'geheim',
      'server copy',
    );
    return plan;
  }

  /** Expects the connection refused with `reason`, and that it never saw the secret title. */
  async function expectRefusedUnread(url: string, planId: string, token: string, reason: string) {
    let leaked = false;
    const attempt = connect(url, planId, token);
    attempt.then(
      (c) => {
        leaked = titleOf(c.doc, 'task-1') !== undefined;
        c.close();
      },
      () => {},
    );
    await expect(within(attempt, 10_000, 'refusal')).rejects.toThrow(
      `authentication failed${reason}`,
    );
    expect(leaked).toBe(false);
  }

  it('refuses a connection with a wrong token and gives it no document content', async () => {
    const plan = await planWithSecret();
    await expectRefusedUnread(server.wsUrl, plan.planId, `${plan.editToken}x`, '');
  });

  it('refuses a device of another document format, or of none, before it reads anything, and says why', async () => {
    const plan = await planWithSecret();
    for (const query of ['format=1', 'format=', 'app=sprintbord'])
      await expectRefusedUnread(
        `${server.wsUrl}/?${query}`,
        plan.planId,
        plan.editToken,
        `: ${OUTDATED_APP}`,
      );
  });

  it('tells every connection it accepted that it checks the document format', async () => {
    const plan = await register(server);
    const reader = await client(plan.planId, plan.readToken);
    await waitFor(() => reader.stateless.includes(FORMAT_CONFIRMATION), 'the confirmation');
  });

  it('refuses a token of another plan', async () => {
    const one = await register(server);
    const other = await register(server);
    await expect(
      within(connect(server.wsUrl, one.planId, other.editToken), 10_000, 'refusal'),
    ).rejects.toThrow('authentication failed');
  });

  it('refuses a document name that is not a UUID', async () => {
    await expect(
      within(connect(server.wsUrl, 'jaarplan-2025', 'x'), 10_000, 'refusal'),
    ).rejects.toThrow('authentication failed');
  });

  it('passes an edit client’s change to another edit client', async () => {
    const plan = await register(server);
    const a = await client(plan.planId, plan.editToken);
    const b = await client(plan.planId, plan.editToken);
    setTitle(a.doc, 'task-1', 'Van A');
    await waitFor(() => titleOf(b.doc, 'task-1') === 'Van A', 'change at B');
  });

  it('keeps a read-only client’s change out of the document, the store and other clients', async () => {
    const plan = await register(server);
    const editor = await client(plan.planId, plan.editToken);
    const reader = await client(plan.planId, plan.readToken);
    setTitle(editor.doc, 'task-1', 'Origineel');
    await waitFor(() => titleOf(reader.doc, 'task-1') === 'Origineel', 'reader sees the editor');

    setTitle(reader.doc, 'task-1', 'Overschreven door lezer');
    setTitle(reader.doc, 'task-2', 'Nieuw van lezer');
    await waitFor(() => reader.refusedChanges() >= 2, 'server refuses the reader’s changes');

    setTitle(editor.doc, 'task-3', 'Daarna');
    await waitFor(
      () => titleOf(reader.doc, 'task-3') === 'Daarna',
      'later edit reaches the reader',
    );
    const serverDoc = server.hocuspocus.documents.get(plan.planId)!;
    expect(titleOf(serverDoc, 'task-1')).toBe('Origineel');
    expect(titleOf(serverDoc, 'task-2')).toBeUndefined();
    expect(titleOf(editor.doc, 'task-1')).toBe('Origineel');
    expect(titleOf(editor.doc, 'task-2')).toBeUndefined();

    const late = await client(plan.planId, plan.editToken);
    expect(titleOf(late.doc, 'task-3')).toBe('Daarna');
    expect(titleOf(late.doc, 'task-2')).toBeUndefined();

    await waitFor(() => editor.provider.unsyncedChanges === 0, 'editor acknowledged');
    await waitFor(
      () =>
        !server.hocuspocus.debouncer.isDebounced(`onStoreDocument-${plan.planId}`) &&
        !serverDoc.saveMutex.isLocked(),
      'stored',
    );
    const stored = storedDoc(await server.store.fetchDocument(plan.planId));
    expect(titleOf(stored, 'task-3')).toBe('Daarna');
    expect(titleOf(stored, 'task-1')).toBe('Origineel');
    expect(titleOf(stored, 'task-2')).toBeUndefined();
  });

  it('refuses the old token after it was replaced and accepts the new one', async () => {
    const plan = await register(server);
    const response = await fetch(`${server.url}/plans/${plan.planId}/tokens`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${plan.editToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'read' }),
    });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    expect(token).not.toBe(plan.readToken);
    await expect(
      within(connect(server.wsUrl, plan.planId, plan.readToken), 10_000, 'refusal'),
    ).rejects.toThrow('authentication failed');
    const reader = await client(plan.planId, token);
    expect(reader.provider.isAuthenticated).toBe(true);
  });

  it('disconnects an open connection whose token is replaced', async () => {
    const plan = await register(server);
    const reader = await client(plan.planId, plan.readToken);
    const response = await fetch(`${server.url}/plans/${plan.planId}/tokens`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${plan.editToken}` },
      body: JSON.stringify({ kind: 'read' }),
    });
    expect(response.status).toBe(200);
    await waitFor(() => reader.closed(), 'reader closed');
  });

  it('refuses to replace a token without the current edit token', async () => {
    const plan = await register(server);
    for (const authorization of [`Bearer ${plan.readToken}`, 'Bearer verkeerd', '']) {
      const response = await fetch(`${server.url}/plans/${plan.planId}/tokens`, {
        method: 'POST',
        headers: authorization ? { Authorization: authorization } : {},
        body: JSON.stringify({ kind: 'edit' }),
      });
      expect(response.status).toBe(403);
    }
    const editor = await client(plan.planId, plan.editToken);
    expect(editor.provider.isAuthenticated).toBe(true);
  });

  it('tells a bearer which kind of token it holds, and refuses a wrong, replaced or missing one alike', async () => {
    const plan = await register(server);
    const check = (planId: string, token?: string) =>
      fetch(`${server.url}/plans/${planId}/access`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
    const edit = await check(plan.planId, plan.editToken);
    expect(edit.status).toBe(200);
    expect(await edit.json()).toEqual({ planId: plan.planId, kind: 'edit' });
    expect(await (await check(plan.planId, plan.readToken)).json()).toEqual({
      planId: plan.planId,
      kind: 'read',
    });
    await fetch(`${server.url}/plans/${plan.planId}/tokens`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${plan.editToken}` },
      body: JSON.stringify({ kind: 'read' }),
    });
    for (const [planId, token] of [
      [plan.planId, plan.readToken],
      [plan.planId, 'verkeerd'],
      [plan.planId, undefined],
      [randomUUID(), plan.editToken],
    ] as const) {
      const refused = await check(planId, token);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: 'token-required' });
    }
  });

  it('stores tokens only as hashes', async () => {
    const plan = await register(server);
    const access = await server.store.getPlan(plan.planId);
    expect(access).not.toBeNull();
    expect(JSON.stringify(access)).not.toContain(plan.editToken);
    expect(JSON.stringify(access)).not.toContain(plan.readToken);
  });

  it('refuses to register a plan id that is not a UUID or already exists', async () => {
    const bad = await fetch(`${server.url}/plans`, {
      method: 'POST',
      body: JSON.stringify({ planId: 'plan-1' }),
    });
    expect(bad.status).toBe(400);
    const planId = randomUUID();
    await register(server, planId);
    const again = await fetch(`${server.url}/plans`, {
      method: 'POST',
      body: JSON.stringify({ planId }),
    });
    expect(again.status).toBe(409);
  });

  it('answers /health with 200 and a JSON status', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', store: 'postgres', redis: false });
  });

  it('registers a plan only with the admin key when the policy asks for one', async () => {
    const adminKey = 'beheerderssleutel-voor-de-test';
    const guarded = await suite.start({ registration: 'admin', adminKey });
    const attempt = (authorization?: string) =>
      fetch(`${guarded.url}/plans`, {
        method: 'POST',
        headers: authorization ? { Authorization: authorization } : {},
        body: JSON.stringify({ planId: randomUUID() }),
      });
    expect((await attempt()).status).toBe(403);
    expect((await attempt('Bearer verkeerde-sleutel')).status).toBe(403);
    const created = await attempt(`Bearer ${adminKey}`);
    expect(created.status).toBe(201);
    const plan = (await created.json()) as { planId: string; editToken: string };
    await suite.client(guarded, plan.planId, plan.editToken);
  }, 30_000);
});
