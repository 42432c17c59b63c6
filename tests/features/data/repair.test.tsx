import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPAIR_KINDS, type Repair } from '../../../src/domain/repair';
import { RepairNotice } from '../../../src/features/data/RepairNotice';
import { i18next } from '../../../src/i18n/i18n';
import { repairMessages } from '../../../src/i18n/repair';
import { useRepairNotice } from '../../../src/state/repairNotice';

const orphan: Repair = {
  kind: 'task-theme-missing',
  planId: 'plan-1',
  taskId: 'task-1',
  params: { task: 'DPIA afronden', id: 'label-weg', theme: 'Zonder label' },
};

beforeEach(() => useRepairNotice.setState({ repairs: [] }));

describe('repair sentences', () => {
  it.each(['nl', 'en'] as const)('has a sentence for every kind of repair in %s', (lang) => {
    const kinds = repairMessages[lang].kind as Record<string, string>;
    for (const kind of REPAIR_KINDS) expect(kinds[kind] ?? kinds[`${kind}_one`], kind).toBeTruthy();
  });
});

describe('RepairNotice', () => {
  it('shows nothing when the check on start repaired nothing', () => {
    render(<RepairNotice />);
    expect(screen.queryByRole('region', { name: 'Gegevens hersteld' })).toBeNull();
  });

  it('names each repair with "Back-up maken" beside it, and goes away when closed', async () => {
    await i18next.changeLanguage('nl');
    useRepairNotice.getState().show([orphan]);
    render(<RepairNotice />);
    const notice = screen.getByRole('region', { name: 'Gegevens hersteld' });
    expect(within(notice).getByRole('listitem')).toHaveTextContent(
      'Taak “DPIA afronden”: het label ontbrak (label-weg); de taak staat nu onder “Zonder label”.',
    );
    expect(within(notice).getByRole('button', { name: 'Back-up maken' })).toBeInTheDocument();
    await userEvent.click(within(notice).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('region', { name: 'Gegevens hersteld' })).toBeNull();
  });
});
