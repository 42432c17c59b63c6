// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { REDIS_URL, register, serverSuite, setTitle, storedDoc, titleOf, waitFor } from './harness';

const suite = serverSuite();
/** Long enough that nothing in these tests is stored by the debounce. */
const LONG = { storeDebounceMs: 60_000, storeMaxDebounceMs: 60_000 };

describe('a newly shared plan', () => {
  it('is stored with its first change, and an instance without Redis hands it out from Postgres', async () => {
    const one = await suite.start({ ...LONG, redisUrl: REDIS_URL, instanceName: 'one' });
    // No Redis: the only way this instance can know the plan is the store.
    const two = await suite.start({ ...LONG, instanceName: 'two' });
    const plan = await register(one);
    const sharer = await suite.client(one, plan.planId, plan.editToken, 'sharer');

    setTitle(sharer.doc, 'task-1', 'Net gedeeld');
    const storedTitle = async () =>
      titleOf(storedDoc(await one.store.fetchDocument(plan.planId)), 'task-1');
    for (let waited = 0; (await storedTitle()) !== 'Net gedeeld'; waited += 20) {
      if (waited > 8000) throw new Error('the first change never reached Postgres');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const joiner = await suite.client(two, plan.planId, plan.editToken, 'joiner');
    expect(titleOf(joiner.doc, 'task-1')).toBe('Net gedeeld');
  }, 30_000);

  it('stores its later changes after the debounce, not at once', async () => {
    const server = await suite.start(LONG);
    const plan = await register(server);
    const client = await suite.client(server, plan.planId, plan.editToken);
    const storing = `onStoreDocument-${plan.planId}`;

    setTitle(client.doc, 'task-1', 'Eerste');
    await waitFor(() => client.provider.unsyncedChanges === 0, 'first change acknowledged');
    await waitFor(
      () => !server.hocuspocus.debouncer.isCurrentlyExecuting(storing),
      'first change stored',
    );
    setTitle(client.doc, 'task-1', 'Tweede');
    await waitFor(() => client.provider.unsyncedChanges === 0, 'second change acknowledged');

    expect(server.hocuspocus.debouncer.isDebounced(storing)).toBe(true);
    const stored = storedDoc(await server.store.fetchDocument(plan.planId));
    expect(titleOf(stored, 'task-1')).toBe('Eerste');
  }, 30_000);
});
