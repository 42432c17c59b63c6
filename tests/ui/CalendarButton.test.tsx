import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CalendarButton } from '../../src/ui/CalendarButton';

// The month grid loads on first use; here its code never arrives, so the test sees the panel as
// it stands while the chunk is on its way (from the network or the precache), without timing.
vi.mock('../../src/ui/CalendarPanel', () => new Promise(() => {}));

describe('CalendarButton while the calendar loads', () => {
  it('opens a panel that says the calendar is loading, and the button closes it again', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(
      <CalendarButton
        label="Kalender voor Vervaldatum"
        loadingLabel="Kalender laden…"
        value="2025-06-08"
        lang="nl"
        onPick={onPick}
      />,
    );
    const button = screen.getByRole('button', { name: 'Kalender voor Vervaldatum' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Kalender voor Vervaldatum' });
    expect(within(panel).getByRole('status')).toHaveTextContent('Kalender laden…');
    expect(within(panel).queryByRole('grid')).toBeNull();
    await user.click(button);
    expect(screen.queryByRole('group', { name: 'Kalender voor Vervaldatum' })).toBeNull();
    expect(onPick).not.toHaveBeenCalled();
  });
});
