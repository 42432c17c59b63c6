import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { setClock } from '../../src/lib/clock';

// The app shell renders in tests although the service-worker registration is a build-only
// virtual module (aliased to a stub in vite.config.ts).

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
  await writePlanRows(demoRows());
});
afterEach(() => {
  setClock(null);
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  it('shows the storage panel in the settings view', async () => {
    window.history.replaceState(null, '', '/?view=instellingen');
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Jaarplan AI 2025' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Opslag op dit toestel' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('says the shared plan is being fetched while a joined plan has no rows here yet', async () => {
    const planId = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
    // A browser that opened the invite link first: no plan of its own.
    await db.delete();
    await db.open();
    await db.transaction('rw', db.syncPlans, db.meta, async () => {
      await db.syncPlans.put({
        planId,
        serverUrl: 'ws://127.0.0.1:1',
        token: 'a-token-of-at-least-16',
        joined: false,
      });
      await db.meta.put({ key: 'activePlanId', value: planId });
    });
    render(<App />);
    expect(
      await screen.findByText('Het gedeelde jaarplan wordt opgehaald…', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Er is nog geen jaarplan.', { selector: 'p' })).toBeNull();
  });
});
