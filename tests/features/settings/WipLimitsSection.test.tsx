import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useActivePlanId, usePlanBundle } from '../../../src/db/live';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { AnnounceProvider } from '../../../src/features/settings/announce';
import { WipLimitsSection } from '../../../src/features/settings/WipLimitsSection';

// Like the app shell: the section follows the stored rows. The line below it says what the
// screen has read, so the test acts only once the section has the stored value.
function Live() {
  const bundle = usePlanBundle(useActivePlanId());
  return bundle ? (
    <AnnounceProvider>
      <WipLimitsSection bundle={bundle} headingId="wip" />
      <p>Gelezen: {bundle.themes.map((t) => t.wipLimit ?? '-').join(',')}</p>
    </AnnounceProvider>
  ) : null;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('WipLimitsSection', { timeout: 20_000 }, () => {
  it('stores a limit per status and per theme, refuses 0 in Dutch and empties back to none', async () => {
    const rows = demoRows();
    await writePlanRows(rows);
    const user = userEvent.setup();
    render(<Live />);
    const section = await screen.findByRole('region', { name: 'WIP-limieten' });
    const theme = rows.themes.find((t) => t.name === 'Betrouwbare AI')!;

    const status = within(section).getByRole('textbox', { name: 'In uitvoering' });
    await user.type(status, '0{Enter}');
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Een WIP-limiet is minstens 1. Laat het veld leeg voor geen limiet.',
    );
    expect((await db.plans.get(rows.plan.id))?.wipLimits).toBeUndefined();
    await user.clear(status);
    await user.type(status, '5{Enter}');
    await waitFor(async () =>
      expect((await db.plans.get(rows.plan.id))?.wipLimits).toEqual({ 'in-uitvoering': 5 }),
    );

    const field = within(section).getByRole('textbox', { name: 'Betrouwbare AI' });
    await user.type(field, '1000{Enter}');
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Een WIP-limiet is hoogstens 999.',
    );
    await user.clear(field);
    await user.type(field, '3{Enter}');
    await waitFor(async () => expect((await db.themes.get(theme.id))?.wipLimit).toBe(3));
    await screen.findByText(/Gelezen: .*3/);
    await user.clear(field);
    await user.type(field, '{Enter}');
    await waitFor(async () => expect((await db.themes.get(theme.id))?.wipLimit).toBeNull());
  });
});
