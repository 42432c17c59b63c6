import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Board } from '../../../src/features/board/Board';
import { planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { setClock } from '../../../src/lib/clock';
import { useViewPrefs } from '../../../src/state/view';
import { openedReadOnly } from '../../db/storedPlan';

async function renderDemoBoard() {
  const rows = demoRows();
  await writePlanRows(rows);
  const bundle = (await planBundle(rows.plan.id))!;
  render(<Board bundle={bundle} />);
  return { rows, bundle };
}

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T09:00:00Z'));
  window.history.replaceState(null, '', '/');
  useViewPrefs.setState({ groupBy: 'label', laneBy: null });
  await db.delete();
  await db.open();
});

describe('Board', () => {
  it('shows one named column per theme with the sprint 4 cards', async () => {
    await renderDemoBoard();
    const rollen = await screen.findByRole('region', {
      name: /^AI-rollen, processen en verantwoordelijkheden, \d+ taken$/,
    });
    expect(
      await within(rollen).findByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /, \d+ ta(ak|ken)$/ })).toHaveLength(6);
    expect(screen.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  });

  it('shows due date, blocked days and carry-over on the cards', async () => {
    await renderDemoBoard();
    const card = (
      await screen.findByRole('button', {
        name: 'Samenstelling en rollen kernteam wijzigen waar nodig',
      })
    ).closest('li')!;
    expect(within(card).getByText(/Geblokkeerd, 8 dagen/)).toBeInTheDocument();
    const dpia = screen
      .getByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' })
      .closest('li')!;
    expect(within(dpia).getByText('08-06')).toBeInTheDocument();
  });

  it('groups by status and counts per status in the header', async () => {
    await renderDemoBoard();
    await screen.findByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Groeperen op' }), 'status');
    const inProgress = screen.getByRole('region', { name: /^In uitvoering, \d+ taken$/ });
    expect(
      within(inProgress).getByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' }),
    ).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'Aantal taken per status' });
    expect(within(counts).getByText(/Geblokkeerd/)).toBeInTheDocument();
  });

  it('a column with a WIP limit counts the sprint’s tasks against it, whatever the filter shows', async () => {
    const rows = demoRows();
    rows.plan.wipLimits = { 'in-uitvoering': 2 };
    await writePlanRows(rows);
    const bundle = (await planBundle(rows.plan.id))!;
    useViewPrefs.setState({ groupBy: 'status', laneBy: null });
    const inSprint = rows.tasks.filter(
      (t) => t.sprintId === rows.sprints.find((s) => s.number === 4)!.id,
    );
    const busy = inSprint.filter((t) => t.status === 'in-uitvoering').length;
    expect(busy).toBeGreaterThan(2);
    // The filter bar hides every card: the column's load against its limit stays the same.
    render(<Board bundle={bundle} filterTasks={() => []} />);
    const col = await screen.findByRole('region', { name: /^In uitvoering, 0 taken$/ });
    const head = col.querySelector('header')!;
    await waitFor(() => expect(head).toHaveTextContent(`${busy} taken, limiet 2`));
    expect(within(head).getByText(`${busy} / 2`)).toBeInTheDocument();
    expect(within(head).getByText('Boven limiet')).toBeInTheDocument();
  });

  it('adds a task with the column value and refuses an empty title', async () => {
    const { bundle } = await renderDemoBoard();
    const col = await screen.findByRole('region', { name: /^Betrouwbare AI, \d+ taken$/ });
    await userEvent.click(within(col).getByRole('button', { name: /Taak toevoegen/ }));
    const input = within(col).getByRole('textbox', { name: 'Titel van de nieuwe taak' });
    await userEvent.type(input, '   {Enter}');
    expect(within(col).getByRole('alert')).toHaveTextContent('Geef een titel op.');
    await userEvent.clear(input);
    await userEvent.type(input, 'Register van AI-systemen{Enter}');
    expect(
      await within(col).findByRole('button', { name: 'Register van AI-systemen' }),
    ).toBeInTheDocument();
    const stored = await db.tasks.filter((t) => t.title === 'Register van AI-systemen').first();
    const sprint4 = bundle.sprints.find((s) => s.number === 4)!;
    const theme = bundle.themes.find((t) => t.name === 'Betrouwbare AI')!;
    expect(stored).toMatchObject({ themeId: theme.id, sprintId: sprint4.id, status: 'gepland' });
  });

  it('folds done tasks at the bottom of the column', async () => {
    window.history.replaceState(null, '', '/?sprint=2');
    await renderDemoBoard();
    expect(await screen.findAllByText(/^Afgeronde taken \(\d+\)$/)).not.toHaveLength(0);
  });

  it('"Sprint plannen" puts the backlog beside the sprint and offers no Backlog in the sprint picker', async () => {
    const user = userEvent.setup();
    await renderDemoBoard();
    await screen.findByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' });
    expect(
      within(screen.getByRole('combobox', { name: 'Sprint' })).queryByRole('option', {
        name: 'Backlog',
      }),
    ).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Sprint plannen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // The panel loads on first use: its stand-in carries the same name until the backlog is there.
    const pull = await screen.findByRole('button', {
      name: 'Specifieke AI-opleiding voor juristen en aankopers naar sprint 4',
    });
    expect(screen.getByRole('region', { name: 'Backlog om te plannen' })).toContainElement(pull);
    expect(new URLSearchParams(window.location.search).get('planning')).toBe('1');
  });

  it('offers no planning on a closed sprint, even when the address asks for it', async () => {
    const rows = demoRows();
    await writePlanRows(rows);
    const sprint4 = rows.sprints.find((s) => s.number === 4)!;
    await db.sprints.update(sprint4.id, { closedAt: '2025-05-20T10:00:00.000Z' });
    window.history.replaceState(null, '', '/?sprint=4&planning=1');
    render(<Board bundle={(await planBundle(rows.plan.id))!} />);
    expect(await screen.findByText(/: alleen te bekijken\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sprint plannen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Backlog om te plannen' })).not.toBeInTheDocument();
  });

  it('on a plan opened with a read-only link, offers no add, planning, sprint close or goal editing', async () => {
    const rows = demoRows();
    await writePlanRows(rows);
    await openedReadOnly(rows.plan.id);
    render(<Board bundle={(await planBundle(rows.plan.id))!} />);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Sprintdoel' })).toHaveAttribute('readonly'),
    );
    expect(screen.queryByRole('button', { name: '+ Taak toevoegen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sprint plannen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sprint afsluiten' })).not.toBeInTheDocument();
  });
});
