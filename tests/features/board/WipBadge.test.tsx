import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { WipBadge } from '../../../src/features/board/WipBadge';

const BEZIG = { groupBy: 'status', key: 'in-uitvoering' } as const;

function badge(count: number, limit: number | null, editable = true, planId = 'plan-1') {
  return render(
    <header>
      <WipBadge
        planId={planId}
        column={BEZIG}
        name="In uitvoering"
        count={count}
        limit={limit}
        editable={editable}
      />
    </header>,
  );
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('WipBadge', () => {
  it('without a limit shows the plain count and offers to set one', () => {
    const { container } = badge(7, null);
    expect(container).toHaveTextContent('7');
    expect(container).not.toHaveTextContent('/');
    expect(
      screen.getByRole('button', { name: 'WIP-limiet instellen voor In uitvoering' }),
    ).toBeVisible();
  });

  it('under the limit shows "n / limit" with its spoken form and no warning', () => {
    const { container } = badge(3, 5);
    expect(screen.getByText('3 / 5')).toBeVisible();
    expect(screen.getByText('3 taken, limiet 5')).toBeInTheDocument();
    expect(container).not.toHaveTextContent('Vol');
    expect(container).not.toHaveTextContent('Boven limiet');
  });

  it('exactly at the limit says "Vol"', () => {
    badge(5, 5);
    expect(screen.getByText('5 / 5')).toBeVisible();
    expect(screen.getByText('Vol')).toBeVisible();
  });

  it('over the limit warns in words and with a sign, not by colour alone', () => {
    const { container } = badge(7, 5);
    expect(screen.getByText('7 / 5')).toBeVisible();
    expect(screen.getByText('7 taken, limiet 5')).toBeInTheDocument();
    expect(screen.getByText('Boven limiet')).toBeVisible();
    expect(container).toHaveTextContent('⚠ Boven limiet');
  });

  it('on a read-only board shows the limit without the button to change it', () => {
    badge(7, 5, false);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('the dialog refuses a number that is not whole and stores a good one on the plan', async () => {
    const rows = demoRows();
    await writePlanRows(rows);
    const user = userEvent.setup();
    badge(2, null, true, rows.plan.id);
    await user.click(
      screen.getByRole('button', { name: 'WIP-limiet instellen voor In uitvoering' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'WIP-limiet voor In uitvoering' });
    const field = within(dialog).getByRole('textbox', { name: 'WIP-limiet' });
    await user.type(field, '2,5{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Geef een geheel getal, bijvoorbeeld 5, of laat het veld leeg.',
    );
    expect((await db.plans.get(rows.plan.id))?.wipLimits).toBeUndefined();
    await user.clear(field);
    await user.type(field, '4{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await db.plans.get(rows.plan.id))?.wipLimits).toEqual({ 'in-uitvoering': 4 });
  });
});
