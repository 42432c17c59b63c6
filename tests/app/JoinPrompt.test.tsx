import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JoinPrompt } from '../../src/app/JoinPrompt';
import { db } from '../../src/db/schema';

const PLAN = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const TOKEN = 'edit-token-of-at-least-16';
const SERVER = 'ws://127.0.0.1:4740';

const invite = (name?: string) =>
  `#/join?server=${encodeURIComponent(SERVER)}&plan=${PLAN}${
    name ? `&name=${encodeURIComponent(name)}` : ''
  }&token=${TOKEN}`;

/** The server's answer to `GET /plans/:id/access`, and the requests made. */
function accessAnswer(status: number, body: unknown) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(body), { status });
    }),
  );
  return urls;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const open = async (hash: string) => {
  window.history.replaceState(null, '', `/${hash}`);
  render(<JoinPrompt />);
  return within(await screen.findByRole('dialog'));
};

describe('JoinPrompt', () => {
  it('asks in plain words with the plan and server, takes the token out of the address bar, and Annuleren asks no server and shares nothing, but gives a device with no plan the demo', async () => {
    const urls = accessAnswer(200, { planId: PLAN, kind: 'edit' });
    const dialog = await open(invite('Jaarplan AI 2025'));
    expect(
      screen.getByRole('dialog', { name: 'Jaarplan AI 2025 van 127.0.0.1:4740 openen?' }),
    ).toBeVisible();
    expect(window.location.hash).toBe('');
    await userEvent.setup().click(dialog.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(urls).toEqual([]);
    expect(await db.syncPlans.count()).toBe(0);
    await waitFor(async () =>
      expect((await db.plans.toArray()).map((p) => p.name)).toEqual(['Jaarplan AI 2025']),
    );
  });

  it('calls an unnamed plan "een gedeeld jaarplan"', async () => {
    accessAnswer(200, { planId: PLAN, kind: 'edit' });
    await open(invite());
    expect(
      screen.getByRole('dialog', { name: 'Een gedeeld jaarplan van 127.0.0.1:4740 openen?' }),
    ).toBeVisible();
  });

  it('uses the name this device has for a plan it already holds', async () => {
    accessAnswer(200, { planId: PLAN, kind: 'edit' });
    await db.plans.put({ id: PLAN, name: 'Ons jaarplan', year: 2025 } as never);
    await open(invite('Iets anders'));
    expect(
      await screen.findByRole('dialog', { name: 'Ons jaarplan van 127.0.0.1:4740 openen?' }),
    ).toBeVisible();
  });

  it('on Deelnemen checks the token with the server, then stores the settings and opens the plan', async () => {
    const urls = accessAnswer(200, { planId: PLAN, kind: 'edit' });
    const dialog = await open(invite('Jaarplan AI 2025'));
    await userEvent.setup().click(dialog.getByRole('button', { name: 'Deelnemen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(urls).toEqual([`http://127.0.0.1:4740/plans/${PLAN}/access`]);
    expect(await db.syncPlans.get(PLAN)).toEqual({
      planId: PLAN,
      serverUrl: SERVER,
      token: TOKEN,
      joined: false,
      editToken: TOKEN,
      access: 'edit',
    });
    expect((await db.meta.get('activePlanId'))?.value).toBe(PLAN);
    // The joined plan's rows come from the server: no demo beside them.
    expect(await db.plans.count()).toBe(0);
    expect(await db.meta.get('seeded')).toBeUndefined();
  });

  it('stores a read-only link as read access, so the plan is read-only at once after a reload', async () => {
    accessAnswer(200, { planId: PLAN, kind: 'read' });
    const dialog = await open(invite('Jaarplan AI 2025'));
    await userEvent.setup().click(dialog.getByRole('button', { name: 'Deelnemen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.syncPlans.get(PLAN)).toEqual({
      planId: PLAN,
      serverUrl: SERVER,
      token: TOKEN,
      joined: false,
      readToken: TOKEN,
      access: 'read',
    });
  });

  it('says in Dutch that a wrong or replaced link gives no access, and changes nothing', async () => {
    accessAnswer(403, { error: 'token-required' });
    const dialog = await open(invite('Jaarplan AI 2025'));
    const user = userEvent.setup();
    await user.click(dialog.getByRole('button', { name: 'Deelnemen' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Geen toegang: de link is niet (meer) geldig',
    );
    expect(dialog.queryByRole('button', { name: 'Deelnemen' })).not.toBeInTheDocument();
    expect(await db.syncPlans.count()).toBe(0);
    expect(await db.meta.get('activePlanId')).toBeUndefined();
  });
});
