import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoragePanel } from '../../../src/features/storage/StoragePanel';

const MB = 1024 * 1024;
const original = Object.getOwnPropertyDescriptor(navigator, 'storage');

function fakeStorage(value: Partial<StorageManager>) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value });
}

afterEach(() => {
  if (original) Object.defineProperty(navigator, 'storage', original);
  else delete (navigator as { storage?: unknown }).storage;
});

describe('StoragePanel', () => {
  it('shows that persistent storage is granted and the space used and available in Dutch', async () => {
    fakeStorage({
      persisted: async () => true,
      estimate: async () => ({ usage: 2.5 * MB, quota: 1200.25 * MB }),
    });
    render(<StoragePanel />);
    expect(await screen.findByText('Blijvende opslag: toegestaan')).toBeInTheDocument();
    expect(screen.getByText('Gebruikt: 2,5 MB')).toBeInTheDocument();
    expect(screen.getByText('Beschikbaar: 1.198 MB (van 1.200 MB)')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Blijvende opslag aanvragen' }),
    ).not.toBeInTheDocument();
  });

  it('when not granted, offers to ask again and shows the new answer', async () => {
    const persist = vi.fn(async () => true);
    fakeStorage({
      persisted: async () => false,
      persist,
      estimate: async () => ({ usage: 0, quota: 10 * MB }),
    });
    render(<StoragePanel />);
    expect(await screen.findByText('Blijvende opslag: niet toegestaan')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Blijvende opslag aanvragen' }));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Blijvende opslag: toegestaan')).toBeInTheDocument();
  });

  it('says so when the browser has no Storage API, and measures again on request', async () => {
    fakeStorage({});
    render(<StoragePanel />);
    expect(await screen.findByText(/Blijvende opslag: onbekend/)).toBeInTheDocument();
    expect(
      screen.getByText('Deze browser geeft niet door hoeveel ruimte er gebruikt wordt.'),
    ).toBeInTheDocument();
    fakeStorage({
      persisted: async () => true,
      estimate: async () => ({ usage: 20 * MB, quota: 100 * MB }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw meten' }));
    expect(await screen.findByText('Gebruikt: 20 MB')).toBeInTheDocument();
  });
});
