import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Board } from '../../../src/features/board/Board';
import { planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { setClock } from '../../../src/lib/clock';
import { useToasts } from '../../../src/state/toast';
import { useViewPrefs } from '../../../src/state/view';
import { openedReadOnly } from '../../db/storedPlan';

const STRATEGIE = 'Strategie en doelstellingen';
const ENQUETE = 'AI-readiness-enquête invullen';
const columnRegions = () => screen.getAllByRole('region', { name: /, \d+ ta(ak|ken)$/ });
const columnNamed = (name: string) =>
  screen.findByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });

/** A screen as narrow as a phone: the board's media query for "below 600 px" matches. */
function phoneScreen(matches: boolean) {
  window.matchMedia = (query: string) =>
    ({
      matches: matches && query.includes('max-width: 599px'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}

async function renderDemoBoard() {
  const rows = demoRows();
  await writePlanRows(rows);
  const bundle = (await planBundle(rows.plan.id))!;
  render(<Board bundle={bundle} />);
  await screen.findByRole('combobox', { name: 'Groeperen op' });
  return { rows, bundle };
}

/** A finger moved from one point to another over `el`, as touch events. */
function swipe(el: Element, dx: number, dy = 0) {
  const at = (x: number, y: number) => [{ clientX: x, clientY: y, identifier: 1, target: el }];
  fireEvent.touchStart(el, { touches: at(200, 300) });
  fireEvent.touchMove(el, { touches: at(200 + dx / 2, 300 + dy / 2) });
  fireEvent.touchMove(el, { touches: at(200 + dx, 300 + dy) });
  fireEvent.touchEnd(el, { touches: [], changedTouches: at(200 + dx, 300 + dy) });
}

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T09:00:00Z'));
  window.history.replaceState(null, '', '/');
  useViewPrefs.setState({ groupBy: 'label', laneBy: null });
  await db.delete();
  await db.open();
});

afterEach(() => {
  // jsdom has no matchMedia: the board there is the desktop board.
  delete (window as { matchMedia?: unknown }).matchMedia;
});

describe('the board on a phone', () => {
  it('shows one column, and "Kolom" lists every column with its card count', async () => {
    phoneScreen(true);
    await renderDemoBoard();
    await columnNamed(STRATEGIE);
    expect(columnRegions()).toHaveLength(1);
    const picker = screen.getByRole('combobox', { name: 'Kolom' });
    const options = within(picker).getAllByRole('option');
    expect(options).toHaveLength(6);
    expect(options[0]).toHaveTextContent(/^Strategie en doelstellingen \(\d+\)$/);
    expect(picker).toHaveAccessibleDescription(/Veeg opzij/);
  });

  it('shows the column chosen in "Kolom" and says which it is', async () => {
    phoneScreen(true);
    await renderDemoBoard();
    await columnNamed(STRATEGIE);
    const picker = screen.getByRole('combobox', { name: 'Kolom' });
    const betrouwbaar = within(picker).getByRole('option', { name: /^Betrouwbare AI/ });
    await userEvent.selectOptions(picker, betrouwbaar);
    await columnNamed('Betrouwbare AI');
    expect(columnRegions()).toHaveLength(1);
    const index = within(picker).getAllByRole('option').indexOf(betrouwbaar) + 1;
    await waitFor(() =>
      expect(screen.getByText(`Kolom Betrouwbare AI, ${index} van 6`)).toHaveAttribute(
        'role',
        'status',
      ),
    );
  });

  it('a swipe to the left shows the next column and one to the right the previous', async () => {
    phoneScreen(true);
    await renderDemoBoard();
    const first = await columnNamed(STRATEGIE);
    const picker = screen.getByRole('combobox', { name: 'Kolom' });
    const second = within(picker)
      .getAllByRole('option')[1]!
      .textContent!.replace(/ \(\d+\)$/, '');
    swipe(within(first).getByRole('heading'), -120);
    const next = await columnNamed(second);
    expect(screen.getByText(`Kolom ${second}, 2 van 6`)).toBeInTheDocument();
    swipe(within(next).getByRole('heading'), 120);
    await columnNamed(STRATEGIE);
  });

  it('a short move, a mostly vertical one, one past the first column or one that starts in a field changes nothing', async () => {
    phoneScreen(true);
    await renderDemoBoard();
    const first = await columnNamed(STRATEGIE);
    swipe(within(first).getByRole('heading'), -40);
    swipe(within(first).getByRole('heading'), -80, 150);
    swipe(within(first).getByRole('heading'), 120);
    swipe(screen.getByRole('combobox', { name: 'Kolom' }), -120);
    await userEvent.click(within(first).getByRole('button', { name: /Taak toevoegen/ }));
    swipe(within(first).getByRole('textbox', { name: 'Titel van de nieuwe taak' }), -120);
    expect(await columnNamed(STRATEGIE)).toBe(first);
    expect(columnRegions()).toHaveLength(1);
  });

  it('a wide screen shows every column and has no "Kolom" list', async () => {
    phoneScreen(false);
    await renderDemoBoard();
    await columnNamed(STRATEGIE);
    expect(columnRegions()).toHaveLength(6);
    expect(screen.queryByRole('combobox', { name: 'Kolom' })).not.toBeInTheDocument();
  });
});

describe('"Verplaatsen naar…"', () => {
  async function openMove(title: string) {
    await userEvent.click(await screen.findByRole('button', { name: title }));
    await userEvent.click(await screen.findByRole('button', { name: 'Verplaatsen naar…' }));
    return screen.findByRole('dialog', { name: `“${title}” verplaatsen` });
  }

  it('moves the task to the chosen column at its bottom and closes, also on a wide screen', async () => {
    const { bundle } = await renderDemoBoard();
    const move = await openMove(ENQUETE);
    const target = within(move).getByRole('combobox', { name: 'Naar kolom' });
    expect(target).toHaveFocus();
    await userEvent.selectOptions(target, 'Betrouwbare AI');
    const submit = within(move).getByRole('button', { name: 'Verplaatsen' });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const betrouwbaar = bundle.themes.find((t) => t.name === 'Betrouwbare AI')!;
    const column = await columnNamed('Betrouwbare AI');
    await waitFor(() =>
      expect(within(column).getAllByRole('listitem').at(-1)).toHaveTextContent(ENQUETE),
    );
    const stored = await db.tasks.filter((t) => t.title === ENQUETE).first();
    expect(stored?.themeId).toBe(betrouwbaar.id);
  });

  it('into a column at its WIP limit stores the move and says the column is over the limit', async () => {
    const rows = demoRows();
    const target = rows.themes.find((t) => t.name === 'Betrouwbare AI')!;
    const sprint4 = rows.sprints.find((s) => s.number === 4)!;
    const load = rows.tasks.filter(
      (t) => t.sprintId === sprint4.id && t.themeId === target.id && t.status !== 'afgerond',
    ).length;
    target.wipLimit = Math.max(1, load);
    await writePlanRows(rows);
    render(<Board bundle={(await planBundle(rows.plan.id))!} />);
    const move = await openMove(ENQUETE);
    await userEvent.selectOptions(
      within(move).getByRole('combobox', { name: 'Naar kolom' }),
      'Betrouwbare AI',
    );
    const submit = within(move).getByRole('button', { name: 'Verplaatsen' });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    const notice = `Kolom Betrouwbare AI zit boven de WIP-limiet (${Math.max(1, load) + 1} / ${Math.max(1, load)})`;
    await waitFor(() =>
      expect(useToasts.getState().toasts.map((x) => x.message)).toContain(notice),
    );
    const stored = await db.tasks.filter((t) => t.title === ENQUETE).first();
    expect(stored?.themeId).toBe(target.id);
  });

  it('says the task is already there when nothing would change', async () => {
    await renderDemoBoard();
    const move = await openMove(ENQUETE);
    const submit = within(move).getByRole('button', { name: 'Verplaatsen' });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    expect(await within(move).findByRole('alert')).toHaveTextContent(/staat daar al/);
  });

  it('into Geblokkeerd asks for the reason first', async () => {
    useViewPrefs.setState({ groupBy: 'status', laneBy: null });
    await renderDemoBoard();
    const move = await openMove(ENQUETE);
    await userEvent.selectOptions(
      within(move).getByRole('combobox', { name: 'Naar kolom' }),
      'Geblokkeerd',
    );
    const submit = within(move).getByRole('button', { name: 'Verplaatsen' });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    expect(await screen.findByRole('textbox', { name: 'Reden blokkering' })).toBeInTheDocument();
  });

  it('is not offered on a plan opened with a read-only link', async () => {
    const rows = demoRows();
    await writePlanRows(rows);
    await openedReadOnly(rows.plan.id);
    render(<Board bundle={(await planBundle(rows.plan.id))!} />);
    await userEvent.click(await screen.findByRole('button', { name: ENQUETE }));
    await screen.findByRole('dialog', { name: ENQUETE });
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Sprintdoel' })).toHaveAttribute('readonly'),
    );
    expect(screen.queryByRole('button', { name: 'Verplaatsen naar…' })).not.toBeInTheDocument();
  });

  it('to the backlog takes the task off the sprint board', async () => {
    await renderDemoBoard();
    const move = await openMove(ENQUETE);
    await userEvent.selectOptions(
      within(move).getByRole('combobox', { name: 'Sprint' }),
      'Backlog (geen sprint)',
    );
    const submit = within(move).getByRole('button', { name: 'Verplaatsen' });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: ENQUETE })).not.toBeInTheDocument(),
    );
    const stored = await db.tasks.filter((t) => t.title === ENQUETE).first();
    expect(stored).toMatchObject({ sprintId: null, status: 'backlog' });
  });
});
