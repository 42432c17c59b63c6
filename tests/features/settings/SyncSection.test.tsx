import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/schema';
import { SyncSection } from '../../../src/features/settings/SyncSection';
import { useSyncState } from '../../../src/state/sync';

const PLAN = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const EDIT = 'edit-token-of-at-least-16';
const READ = 'read-token-of-at-least-16';
const NEW_READ = 'new-read-token-at-least-16';
const SERVER = 'ws://127.0.0.1:4740';

interface Call {
  url: string;
  method: string;
  authorization: string | null;
  body: unknown;
}

/** A sync server's HTTP answers, by path, and the requests made. */
function fakeServer(answers: Record<string, { status: number; body: unknown }>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      calls.push({
        url,
        method: init.method ?? 'GET',
        authorization: headers.get('Authorization'),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
      });
      const answer = answers[new URL(url).pathname];
      if (!answer) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    }),
  );
  return calls;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  useSyncState.setState({ plans: {} });
  localStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const renderSection = async () => {
  render(<SyncSection planId={PLAN} planName="Jaarplan AI 2025" headingId="sync-heading" />);
  const section = within(await screen.findByRole('region', { name: 'Samenwerken' }));
  // The stored settings load first: then either the form or the shared state shows.
  await section.findByRole('button', { name: /^(Plan delen|Stoppen met delen)$/ });
  return section;
};

const shared = (extra: Partial<{ editToken: string; readToken: string }> = {}) =>
  db.syncPlans.put({ planId: PLAN, serverUrl: SERVER, token: EDIT, joined: true, ...extra });

describe('SyncSection (Samenwerken)', () => {
  it('refuses a server address with a path, in Dutch, and asks the server nothing', async () => {
    const calls = fakeServer({});
    const section = await renderSection();
    const user = userEvent.setup();
    await user.type(
      section.getByRole('textbox', { name: 'Serveradres' }),
      'wss://sync.example.org/pad',
    );
    await user.click(section.getByRole('button', { name: 'Plan delen' }));
    expect(await section.findByText(/Geef het adres van de server/)).toBeInTheDocument();
    expect(section.getByRole('textbox', { name: 'Serveradres' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(calls).toEqual([]);
    expect(await db.syncPlans.count()).toBe(0);
  });

  it('registers the plan under its own id, connects with the edit token and shows both invite links with the token after #', async () => {
    const calls = fakeServer({
      '/plans': { status: 201, body: { planId: PLAN, editToken: EDIT, readToken: READ } },
    });
    const section = await renderSection();
    const user = userEvent.setup();
    await user.type(section.getByRole('textbox', { name: 'Serveradres' }), 'http://127.0.0.1:4740');
    await user.click(section.getByRole('button', { name: 'Plan delen' }));

    const edit = await section.findByRole('textbox', { name: 'Uitnodigingslink (bewerken)' });
    const read = section.getByRole('textbox', { name: 'Uitnodigingslink (alleen lezen)' });
    expect(edit).toHaveAttribute('readonly');
    const editLink = new URL((edit as HTMLInputElement).value);
    expect(editLink.search).toBe('');
    expect(editLink.hash).toMatch(/^#\/join\?server=ws%3A%2F%2F127\.0\.0\.1%3A4740&plan=/);
    expect(editLink.hash).toContain('name=Jaarplan+AI+2025');
    expect(editLink.hash).toMatch(new RegExp(`&token=${EDIT}$`));
    expect((read as HTMLInputElement).value).toMatch(new RegExp(`&token=${READ}$`));
    expect(section.getByText('Dit plan wordt gedeeld via 127.0.0.1:4740.')).toBeInTheDocument();

    expect(calls).toEqual([
      {
        url: 'http://127.0.0.1:4740/plans',
        method: 'POST',
        authorization: null,
        body: { planId: PLAN },
      },
    ]);
    expect(await db.syncPlans.get(PLAN)).toEqual({
      planId: PLAN,
      serverUrl: SERVER,
      token: EDIT,
      joined: false,
      editToken: EDIT,
      readToken: READ,
      access: 'edit',
    });
    expect(localStorage.getItem('sprintbord.syncServer')).toBe(SERVER);
  });

  it('offers the server address this device shared through last', async () => {
    localStorage.setItem('sprintbord.syncServer', 'wss://sync.example.org');
    const section = await renderSection();
    expect(section.getByRole('textbox', { name: 'Serveradres' })).toHaveValue(
      'wss://sync.example.org',
    );
  });

  it.each([
    [409, 'Dit plan staat al op deze server.'],
    [403, 'Deze server laat alleen zijn beheerder plannen registreren.'],
  ])('says in Dutch what a %i on sharing means and stores nothing', async (status, words) => {
    fakeServer({ '/plans': { status, body: { error: 'x' } } });
    const section = await renderSection();
    const user = userEvent.setup();
    await user.type(section.getByRole('textbox', { name: 'Serveradres' }), SERVER);
    await user.click(section.getByRole('button', { name: 'Plan delen' }));
    expect(await section.findByRole('alert')).toHaveTextContent(words);
    expect(await db.syncPlans.count()).toBe(0);
  });

  it('says the server cannot be reached when nothing answers', async () => {
    fakeServer({});
    const section = await renderSection();
    const user = userEvent.setup();
    await user.type(section.getByRole('textbox', { name: 'Serveradres' }), SERVER);
    await user.click(section.getByRole('button', { name: 'Plan delen' }));
    expect(await section.findByRole('alert')).toHaveTextContent(
      'De server 127.0.0.1:4740 is niet bereikbaar.',
    );
  });

  it('copies a link and says "Gekopieerd"', async () => {
    await shared({ editToken: EDIT, readToken: READ });
    const section = await renderSection();
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const group = within(section.getByRole('group', { name: 'Uitnodigingslink (alleen lezen)' }));
    await user.click(group.getByRole('button', { name: 'Kopiëren' }));
    await waitFor(() => expect(group.getByRole('status')).toHaveTextContent('Gekopieerd'));
    expect(writeText).toHaveBeenCalledWith((group.getByRole('textbox') as HTMLInputElement).value);
  });

  it('replaces the read token after asking, with the edit token as bearer, and shows the new link', async () => {
    const calls = fakeServer({
      [`/plans/${PLAN}/tokens`]: {
        status: 200,
        body: { planId: PLAN, kind: 'read', token: NEW_READ },
      },
    });
    await shared({ editToken: EDIT, readToken: READ });
    const section = await renderSection();
    const user = userEvent.setup();
    const group = within(section.getByRole('group', { name: 'Uitnodigingslink (alleen lezen)' }));
    await user.click(group.getByRole('button', { name: 'Link vernieuwen' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Link vernieuwen?' }));
    await user.click(dialog.getByRole('button', { name: 'Link vernieuwen' }));
    await waitFor(() =>
      expect(group.getByRole('status')).toHaveTextContent('Nieuwe link gemaakt.'),
    );
    await waitFor(() =>
      expect((group.getByRole('textbox') as HTMLInputElement).value).toMatch(
        new RegExp(`token=${NEW_READ}$`),
      ),
    );
    expect(calls).toEqual([
      {
        url: `http://127.0.0.1:4740/plans/${PLAN}/tokens`,
        method: 'POST',
        authorization: `Bearer ${EDIT}`,
        body: { kind: 'read' },
      },
    ]);
    expect(await db.syncPlans.get(PLAN)).toMatchObject({ token: EDIT, readToken: NEW_READ });
  });

  it('stops sharing only after "Stoppen met delen" is confirmed, and the form comes back', async () => {
    await shared({ editToken: EDIT, readToken: READ });
    const section = await renderSection();
    const user = userEvent.setup();
    await user.click(section.getByRole('button', { name: 'Stoppen met delen' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Stoppen met delen?' }));
    await user.click(dialog.getByRole('button', { name: 'Annuleren' }));
    expect(await db.syncPlans.count()).toBe(1);
    await user.click(section.getByRole('button', { name: 'Stoppen met delen' }));
    const again = within(await screen.findByRole('dialog', { name: 'Stoppen met delen?' }));
    await user.click(again.getByRole('button', { name: 'Stoppen met delen' }));
    await waitFor(async () => expect(await db.syncPlans.count()).toBe(0));
    expect(await section.findByRole('button', { name: 'Plan delen' })).toBeInTheDocument();
  });

  it('lists the rows from others that were set aside', async () => {
    await shared({ editToken: EDIT });
    useSyncState.getState().update(PLAN, {
      status: 'connected',
      rejected: [{ table: 'tasks', id: 't1' }],
    });
    const section = await renderSection();
    expect(
      await section.findByText('1 wijziging van anderen kon niet worden verwerkt'),
    ).toBeInTheDocument();
    expect(section.getByText('tasks: t1')).toBeInTheDocument();
  });
});
