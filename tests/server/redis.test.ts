// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import {
  REDIS_URL,
  connect,
  dropTables,
  register,
  setTitle,
  testConfig,
  titleOf,
  uniquePrefix,
  waitFor,
  within,
  type Client,
} from './harness';

const prefix = uniquePrefix();
let one: RunningServer;
let two: RunningServer;
const clients: Client[] = [];

beforeAll(async () => {
  one = await startServer(
    testConfig({ tablePrefix: prefix, redisUrl: REDIS_URL, instanceName: 'one' }),
  );
  two = await startServer(
    testConfig({ tablePrefix: prefix, redisUrl: REDIS_URL, instanceName: 'two' }),
  );
}, 30_000);

afterAll(async () => {
  clients.forEach((c) => c.close());
  await Promise.all([one.stop(), two.stop()]);
  await dropTables(prefix);
}, 30_000);

describe('two sync server instances on one Redis', () => {
  it('pass changes both ways between their clients', async () => {
    const plan = await register(one);
    const a = await within(
      connect(one.wsUrl, plan.planId, plan.editToken),
      10_000,
      'connect to one',
    );
    const b = await within(
      connect(two.wsUrl, plan.planId, plan.editToken),
      10_000,
      'connect to two',
    );
    clients.push(a, b);

    setTitle(a.doc, 'task-1', 'Via instantie een');
    await waitFor(() => titleOf(b.doc, 'task-1') === 'Via instantie een', 'change from one at two');
    setTitle(b.doc, 'task-2', 'Via instantie twee');
    await waitFor(
      () => titleOf(a.doc, 'task-2') === 'Via instantie twee',
      'change from two at one',
    );
    expect(titleOf(b.doc, 'task-1')).toBe('Via instantie een');
  });

  it('keeps a read-only client on the other instance from writing', async () => {
    const plan = await register(one);
    const editor = await within(connect(one.wsUrl, plan.planId, plan.editToken), 10_000, 'editor');
    const reader = await within(connect(two.wsUrl, plan.planId, plan.readToken), 10_000, 'reader');
    clients.push(editor, reader);
    setTitle(reader.doc, 'task-1', 'Van de lezer');
    await waitFor(() => reader.refusedChanges() >= 1, 'refusal');
    setTitle(editor.doc, 'task-2', 'Van de schrijver');
    await waitFor(
      () => titleOf(reader.doc, 'task-2') === 'Van de schrijver',
      'editor change at reader',
    );
    expect(titleOf(editor.doc, 'task-1')).toBeUndefined();
  });
});
