// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RunningServer } from '../../server/app';
import {
  authMessage,
  connect,
  rawSocket,
  register,
  serverSuite,
  setTitle,
  titleOf,
  updateMessage,
  waitFor,
  within,
  type Client,
  type Registered,
} from './harness';

const suite = serverSuite();
let server: RunningServer;
let plan: Registered;
let a: Client;
let b: Client;

beforeAll(async () => {
  server = await suite.start({
    maxMessageBytes: 64 * 1024,
    maxDocumentBytes: 32 * 1024,
    allowedOrigins: ['https://sprintbord.example'],
  });
  plan = await register(server);
  a = await suite.client(server, plan.planId, plan.editToken, 'a');
  b = await suite.client(server, plan.planId, plan.editToken, 'b');
}, 30_000);

/** The two well-behaved clients still exchange a change, and a new one can still join. */
async function stillServing(marker: string): Promise<void> {
  setTitle(a.doc, 'marker', marker);
  await waitFor(() => titleOf(b.doc, 'marker') === marker, `${marker} at b`);
  const late = await within(
    connect(server.wsUrl, plan.planId, plan.readToken),
    10_000,
    'late client',
  );
  expect(titleOf(late.doc, 'marker')).toBe(marker);
  late.close();
}

describe('sync server limits', () => {
  it('closes a socket that sends garbage and keeps serving the others', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.ws.send(randomBytes(200));
    raw.ws.send(new Uint8Array([0xff, 0xff, 0xff]));
    await waitFor(() => raw.closeCode() !== null, 'garbage socket closed');
    await stillServing('na rommel');
  });

  it('refuses a truncated message before authentication', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.ws.send(authMessage(plan.planId, plan.editToken).slice(0, 20));
    raw.ws.send(new Uint8Array([40, 1, 2]));
    await waitFor(() => raw.closeCode() !== null, 'truncated socket closed');
    await stillServing('na afgekapt bericht');
  });

  it('refuses a garbage update from an authenticated editor without touching the document', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.ws.send(authMessage(plan.planId, plan.editToken));
    await waitFor(
      () => server.hocuspocus.documents.get(plan.planId)!.getConnectionsCount() === 3,
      'raw editor joined',
    );
    const before = Y.encodeStateAsUpdate(server.hocuspocus.documents.get(plan.planId)!);
    raw.ws.send(updateMessage(plan.planId, randomBytes(300)));
    raw.ws.send(updateMessage(plan.planId, new Uint8Array([1, 200, 3])));
    await waitFor(
      () => server.hocuspocus.documents.get(plan.planId)!.getConnectionsCount() === 2,
      'raw editor dropped',
    );
    expect(Y.encodeStateAsUpdate(server.hocuspocus.documents.get(plan.planId)!)).toEqual(before);
    raw.ws.close();
    await stillServing('na kapotte update');
  });

  it('closes a socket whose message is larger than the maximum message size', async () => {
    const raw = await rawSocket(server.wsUrl);
    raw.ws.send(new Uint8Array(100 * 1024));
    await waitFor(() => raw.closeCode() !== null, 'oversized socket closed');
    expect(raw.closeCode()).toBe(1009);
    await stillServing('na te groot bericht');
  });

  it('refuses the update that would make the document larger than the maximum', async () => {
    const bulky = await within(connect(server.wsUrl, plan.planId, plan.editToken), 10_000, 'bulky');
    setTitle(bulky.doc, 'bulk', 'x'.repeat(40 * 1024));
    await waitFor(() => bulky.closed(), 'bulky client closed by the server');
    expect(titleOf(server.hocuspocus.documents.get(plan.planId)!, 'bulk')).toBeUndefined();
    expect(titleOf(a.doc, 'bulk')).toBeUndefined();
    bulky.close();
    await stillServing('na te groot document');
  });

  it('refuses a WebSocket from an origin that is not allowed and accepts an allowed one', async () => {
    await expect(
      rawSocket(server.wsUrl, { origin: 'https://kwaadaardig.example' }),
    ).rejects.toThrow('403');
    const allowed = await rawSocket(server.wsUrl, { origin: 'https://sprintbord.example' });
    allowed.ws.close();
  });

  it('refuses an HTTP request from an origin that is not allowed', async () => {
    const response = await fetch(`${server.url}/health`, {
      headers: { Origin: 'https://kwaadaardig.example' },
    });
    expect(response.status).toBe(403);
  });
});
