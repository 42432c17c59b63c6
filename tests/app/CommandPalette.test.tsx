import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandPalette } from '../../src/app/CommandPalette';
import { planBundle } from '../../src/db/queries';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { setClock } from '../../src/lib/clock';
import { useViewPrefs } from '../../src/state/view';

const DPIA = 'Opstellen van een DPIA M365 Copilot';

async function setup() {
  const rows = demoRows();
  await writePlanRows(rows);
  const bundle = (await planBundle(rows.plan.id))!;
  const props = { onClose: vi.fn(), openTask: vi.fn(), openShortcuts: vi.fn() };
  render(<CommandPalette bundle={bundle} {...props} />);
  const field = screen.getByRole('combobox', { name: 'Zoek een opdracht of taak' });
  return { rows, props, field };
}

const active = (field: HTMLElement) => {
  const id = field.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  window.history.replaceState(null, '', '/?view=roadmap');
  useViewPrefs.setState({ groupBy: 'label', laneBy: null });
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('CommandPalette', () => {
  it('is a combobox in a dialog whose listbox narrows as one types and whose active option follows the arrows', async () => {
    const { field } = await setup();
    expect(screen.getByRole('dialog', { name: 'Opdrachten' })).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Resultaten' });
    expect(field).toHaveAttribute('aria-controls', list.id);
    expect(active(field)).toHaveTextContent('Open Bord');

    await userEvent.type(field, 'groeperen');
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Groeperen op: Labels',
      'Groeperen op: Status',
      'Groeperen op: Actie',
      'Groeperen op: Toegewezen aan',
      'Groeperen op: Vervaldatum',
      'Groeperen op: Fase (use cases)',
    ]);
    await userEvent.keyboard('{ArrowDown}');
    expect(active(field)).toHaveTextContent('Groeperen op: Status');
    expect(active(field)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(active(field)).toHaveTextContent('Groeperen op: Fase (use cases)');
    expect(screen.getByRole('status')).toHaveTextContent('6 resultaten');
  });

  it('Enter runs the active command after closing: grouping by status goes to the board', async () => {
    const { field, props } = await setup();
    await userEvent.type(field, 'groeperen status{Enter}');
    expect(props.onClose).toHaveBeenCalledWith(true);
    await waitFor(() => expect(useViewPrefs.getState().groupBy).toBe('status'));
    expect(new URLSearchParams(window.location.search).get('view')).toBe('bord');
  });

  it('finds a task by a word of its title, accents and case aside, and opens it', async () => {
    const { field, props, rows } = await setup();
    await userEvent.type(field, 'DPÍA copilot');
    const option = await screen.findByRole('option', { name: `Taak openen: ${DPIA} · Sprint 4` });
    await userEvent.click(option);
    const dpia = rows.tasks.find((x) => x.title === DPIA)!;
    await waitFor(() => expect(props.openTask).toHaveBeenCalledWith(dpia.id));
  });

  it('says "Niets gevonden." and has no listbox when nothing matches', async () => {
    const { field } = await setup();
    await userEvent.type(field, 'qqqq');
    expect(screen.getByText('Niets gevonden.')).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).not.toHaveAttribute('aria-activedescendant');
  });

  it('the "Sneltoetsen" command hands over to the shortcut list', async () => {
    const { field, props } = await setup();
    await userEvent.type(field, 'sneltoetsen{Enter}');
    await waitFor(() => expect(props.openShortcuts).toHaveBeenCalled());
  });
});
