import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/schema';
import { SyncSection } from '../../../src/features/settings/SyncSection';
import { useSyncState } from '../../../src/state/sync';

const PLAN = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const TOKEN = 'a-token-of-at-least-16-chars';

beforeEach(async () => {
  await db.delete();
  await db.open();
  useSyncState.setState({ plans: {} });
});

const renderSection = async () => {
  render(<SyncSection planId={PLAN} headingId="sync-heading" />);
  return within(await screen.findByRole('region', { name: 'Team-sync' }));
};

describe('SyncSection', () => {
  it('refuses a server address with a path and a short token, in Dutch, and stores nothing', async () => {
    const section = await renderSection();
    const user = userEvent.setup();
    await user.type(section.getByRole('textbox', { name: 'Server' }), 'wss://sync.example.org/pad');
    await user.type(section.getByLabelText('Token'), 'kort');
    await user.click(section.getByRole('button', { name: 'Verbinden' }));
    expect(await section.findByText(/Geef het adres van de server/)).toBeInTheDocument();
    expect(section.getByText(/Geef de token die je van de server kreeg/)).toBeInTheDocument();
    expect(section.getByRole('textbox', { name: 'Server' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await db.syncPlans.count()).toBe(0);
  });

  it('stores the server (as ws://) and token of the plan and says it is connecting', async () => {
    const section = await renderSection();
    const user = userEvent.setup();
    await user.type(section.getByRole('textbox', { name: 'Server' }), 'http://127.0.0.1:4520');
    await user.type(section.getByLabelText('Token'), TOKEN);
    await user.click(section.getByRole('button', { name: 'Verbinden' }));
    expect(await section.findByRole('status')).toHaveTextContent(
      'Verbinden met ws://127.0.0.1:4520…',
    );
    expect(await db.syncPlans.get(PLAN)).toEqual({
      planId: PLAN,
      serverUrl: 'ws://127.0.0.1:4520',
      token: TOKEN,
      joined: false,
    });
  });

  it('shows the connection, unsent changes and rejected rows, and disconnects', async () => {
    await db.syncPlans.put({
      planId: PLAN,
      serverUrl: 'wss://sync.example.org',
      token: TOKEN,
      joined: true,
    });
    useSyncState.getState().update(PLAN, {
      status: 'offline',
      pending: 3,
      rejected: [{ table: 'tasks', id: 't1' }],
    });
    const section = await renderSection();
    expect(await section.findByRole('status')).toHaveTextContent(
      'Offline: je wijzigingen gaan naar wss://sync.example.org zodra die weer bereikbaar is',
    );
    expect(section.getByText('Nog te versturen wijzigingen: 3')).toBeInTheDocument();
    expect(
      section.getByText('Rijen van het team die niet overgenomen zijn (ongeldig): 1'),
    ).toBeInTheDocument();
    await userEvent.setup().click(section.getByRole('button', { name: 'Verbreken' }));
    await waitFor(async () => expect(await db.syncPlans.count()).toBe(0));
    expect(await section.findByRole('button', { name: 'Verbinden' })).toBeInTheDocument();
  });
});
