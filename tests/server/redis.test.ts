// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app';
import { REDIS_URL, register, serverSuite, setTitle, titleOf, waitFor } from './harness';

const suite = serverSuite();
let one: RunningServer;
let two: RunningServer;

beforeAll(async () => {
  one = await suite.start({ redisUrl: REDIS_URL, instanceName: 'one' });
  two = await suite.start({ redisUrl: REDIS_URL, instanceName: 'two' });
}, 30_000);

describe('two sync server instances on one Redis', () => {
  it('pass changes both ways between their clients', async () => {
    const plan = await register(one);
    const a = await suite.client(one, plan.planId, plan.editToken, 'connect to one');
    const b = await suite.client(two, plan.planId, plan.editToken, 'connect to two');

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
    const editor = await suite.client(one, plan.planId, plan.editToken, 'editor');
    const reader = await suite.client(two, plan.planId, plan.readToken, 'reader');
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
