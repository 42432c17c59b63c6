import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SyncIndicator } from '../../src/app/SyncIndicator';
import { db } from '../../src/db/schema';
import { useSyncState, type PlanSyncState } from '../../src/state/sync';
import { openedReadOnly } from '../db/storedPlan';

const PLAN = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';

beforeEach(async () => {
  useSyncState.setState({ plans: {} });
  await db.delete();
  await db.open();
});

describe('SyncIndicator', () => {
  it('shows nothing for a plan that is not shared', () => {
    render(<SyncIndicator planId={PLAN} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says "Verbinden…" for a shared plan before the sync engine has loaded', async () => {
    await db.syncPlans.put({
      planId: PLAN,
      serverUrl: 'wss://sync.example.org',
      token: 'edit-token-of-at-least-16',
      joined: true,
    });
    render(<SyncIndicator planId={PLAN} />);
    expect(await screen.findByRole('status', { name: 'Samenwerken' })).toHaveTextContent(
      /^Verbinden…$/,
    );
  });

  it.each<[Partial<PlanSyncState>, string]>([
    [{ status: 'connected' }, 'Gesynchroniseerd'],
    [{ status: 'connecting' }, 'Verbinden…'],
    [{ status: 'refused' }, 'Geen toegang'],
    [{ status: 'outdated' }, 'Nieuwe versie: herlaad de pagina om verder te delen'],
    [
      { status: 'serverOutdated' },
      'De server is een oudere versie: vraag de beheerder om hem bij te werken',
    ],
    [{ status: 'offline', unsent: 1 }, 'Offline — 1 wijziging wacht'],
    [{ status: 'offline', pending: 1, unsent: 2 }, 'Offline — 3 wijzigingen wachten'],
    [{ status: 'offline' }, 'Offline'],
    [{ status: 'connected', unsent: 2 }, '2 wijzigingen versturen…'],
  ])('says %j in words, as a polite status: "%s"', (state, words) => {
    useSyncState.getState().update(PLAN, state);
    render(<SyncIndicator planId={PLAN} />);
    expect(screen.getByRole('status', { name: 'Samenwerken' })).toHaveTextContent(
      new RegExp(`^${words}$`),
    );
  });

  it('says how many changes from others were set aside', () => {
    useSyncState.getState().update(PLAN, {
      status: 'connected',
      rejected: [
        { table: 'tasks', id: 't1' },
        { table: 'tasks', id: 't2' },
      ],
    });
    render(<SyncIndicator planId={PLAN} />);
    const status = screen.getByRole('status', { name: 'Samenwerken' });
    expect([...status.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Gesynchroniseerd',
      '2 wijzigingen van anderen konden niet worden verwerkt',
    ]);
  });

  it('shows an "Alleen lezen" badge for a plan joined with a read-only link, before any server answer', async () => {
    await openedReadOnly(PLAN);
    render(<SyncIndicator planId={PLAN} />);
    const status = await screen.findByRole('status', { name: 'Samenwerken' });
    await waitFor(() =>
      expect([...status.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
        'Alleen lezen',
        'Verbinden…',
      ]),
    );
  });

  it('shows the badge when the server says the token only reads, and none for an edit token', () => {
    useSyncState.getState().update(PLAN, { status: 'connected', readOnly: true });
    const { unmount } = render(<SyncIndicator planId={PLAN} />);
    expect(screen.getByText('Alleen lezen')).toBeInTheDocument();
    unmount();
    useSyncState.getState().update(PLAN, { readOnly: false });
    render(<SyncIndicator planId={PLAN} />);
    expect(screen.queryByText('Alleen lezen')).toBeNull();
  });
});
