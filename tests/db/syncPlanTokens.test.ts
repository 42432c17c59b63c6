import { beforeEach, describe, expect, it } from 'vitest';
import { connectPlan, replacePlanToken } from '../../src/db/commands/sync';
import { db } from '../../src/db/schema';

const PLAN = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const SERVER = 'wss://sync.example.org';
const EDIT = 'edit-token-of-at-least-16';
const READ = 'read-token-of-at-least-16';
const NEW = 'new-token-of-at-least-16';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('invite tokens in the sync settings', () => {
  it('keeps the edit link this device shared when it joins the same plan again with a read link', async () => {
    await connectPlan({
      planId: PLAN,
      serverUrl: SERVER,
      token: EDIT,
      editToken: EDIT,
      readToken: READ,
    });
    await connectPlan({ planId: PLAN, serverUrl: SERVER, token: READ, readToken: READ });
    expect(await db.syncPlans.get(PLAN)).toMatchObject({
      token: READ,
      editToken: EDIT,
      readToken: READ,
    });
  });

  it('forgets the tokens of another server', async () => {
    await connectPlan({
      planId: PLAN,
      serverUrl: SERVER,
      token: EDIT,
      editToken: EDIT,
      readToken: READ,
    });
    await connectPlan({ planId: PLAN, serverUrl: 'wss://other.example.org', token: READ });
    const stored = await db.syncPlans.get(PLAN);
    expect(stored?.editToken).toBeUndefined();
    expect(stored?.readToken).toBeUndefined();
  });

  it.each([
    ['read', { token: EDIT, editToken: EDIT, readToken: NEW }],
    ['edit', { token: NEW, editToken: NEW, readToken: READ }],
  ] as const)('a replaced %s token: %j', async (kind, expected) => {
    await connectPlan({
      planId: PLAN,
      serverUrl: SERVER,
      token: EDIT,
      editToken: EDIT,
      readToken: READ,
    });
    await replacePlanToken(PLAN, kind, EDIT, NEW);
    expect(await db.syncPlans.get(PLAN)).toMatchObject(expected);
  });
});
