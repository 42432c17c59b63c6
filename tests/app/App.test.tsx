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
});
