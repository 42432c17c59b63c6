import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTheme } from '../../../src/db/commands/catalogue';
import { createPlan } from '../../../src/db/commands/plans';
import { createTask, updateTask } from '../../../src/db/commands/tasks';
import { planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { BlockedView } from '../../../src/features/filters/BlockedView';
import { setClock } from '../../../src/lib/clock';

const STRUCTUUR = 'Samenstelling en rollen kernteam wijzigen waar nodig';
const REGISTER = 'AI-register: inventaris AI-toepassingen aanvullen';

async function demo() {
  const rows = demoRows();
  await writePlanRows(rows);
  const bundle = (await planBundle(rows.plan.id))!;
  return { rows, bundle };
}

const params = () => new URLSearchParams(window.location.search);
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const titles = () => bodyRows().map((r) => within(r).getByRole('rowheader').textContent);
const dayCells = () =>
  bodyRows().map((r) => within(r).getAllByRole('cell').at(-1)!.textContent ?? '');

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  window.history.replaceState(null, '', '/?view=geblokkeerd');
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('BlockedView', () => {
  it('lists every blocked task of the plan, longest blocked first, with its reason, blockers, people and sprint', async () => {
    const { rows, bundle } = await demo();
    render(<BlockedView bundle={bundle} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Alle geblokkeerde taken' }),
    ).toBeInTheDocument();
    await screen.findByRole('table');

    const blocked = rows.tasks.filter((x) => x.status === 'geblokkeerd');
    expect(blocked.length).toBeGreaterThan(2);
    expect(bodyRows()).toHaveLength(blocked.length);
    expect(screen.getByText(`${blocked.length} geblokkeerde taken`)).toBeInTheDocument();
    // Across sprints and the backlog, not only the current sprint.
    expect(new Set(blocked.map((x) => x.sprintId)).size).toBeGreaterThan(1);

    const days = dayCells().map((text) => Number.parseInt(text, 10));
    expect(days).toEqual([...days].sort((a, b) => b - a));

    const structuur = within(screen.getByRole('rowheader', { name: STRUCTUUR }).closest('tr')!);
    expect(
      structuur.getByText(/Wachten op de beslissing over de nieuwe organisatiestructuur/),
    ).toBeInTheDocument();
    expect(structuur.getByText('Programmamanager')).toBeInTheDocument();
    expect(structuur.getByRole('link', { name: 'Sprint 4' })).toBeInTheDocument();
    expect(structuur.getByText('rollen')).toBeInTheDocument();
    expect(structuur.getAllByRole('cell').at(-1)).toHaveTextContent('8sinds 12-05');
    expect(titles()[0]).toBe(STRUCTUUR);

    // A task that waits for the team's new make-up names it under "Geblokkeerd door".
    const waiting = blocked.find((x) => x.blockedBy.length > 0)!;
    const waitingRow = within(
      screen.getByRole('rowheader', { name: waiting.title }).closest('tr')!,
    );
    expect(waitingRow.getByText(STRUCTUUR)).toBeInTheDocument();
  });

  it('applies the search and assignee filters from the URL, ignoring the board’s status choices', async () => {
    const { bundle } = await demo();
    window.history.replaceState(
      null,
      '',
      '/?view=geblokkeerd&geblokkeerd=1&status=gepland&q=INVENTARIS',
    );
    render(<BlockedView bundle={bundle} />);
    await screen.findByRole('table');
    expect(titles()).toEqual([REGISTER]);
    expect(screen.getByText(/^1 van \d+ geblokkeerde taken getoond$/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Alleen geblokkeerd \(/ }),
    ).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    // The board's own filter keys survive, so the board is as the user left it.
    expect(params().get('geblokkeerd')).toBe('1');
    expect(params().has('q')).toBe(false);
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(2));

    await user.click(screen.getByRole('button', { name: 'Filters' }));
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    await user.click(
      within(screen.getByRole('group', { name: 'Toegewezen aan' })).getByRole('checkbox', {
        name: 'Programmamanager',
      }),
    );
    expect(titles()).toContain(STRUCTUUR);
    expect(titles()).not.toContain(REGISTER);
  });

  it('says so when the filters leave nothing', async () => {
    const { bundle } = await demo();
    window.history.replaceState(null, '', '/?view=geblokkeerd&q=bestaatniet');
    render(<BlockedView bundle={bundle} />);
    expect(
      await screen.findByText('Geen geblokkeerde taken voor deze filters.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('follows changes live and shows an empty plan plainly', async () => {
    const plan = await createPlan({
      name: 'Leeg',
      year: 2025,
      sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
    });
    const theme = await createTheme({
      planId: plan.id,
      name: 'Betrouwbare AI',
      label: 'betrouwbare AI',
      color: '#1d7a4f',
    });
    const bundle = (await planBundle(plan.id))!;
    render(<BlockedView bundle={bundle} />);
    expect(
      await screen.findByText('Er zijn geen geblokkeerde taken in dit jaarplan.'),
    ).toBeInTheDocument();

    const task = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: 'EU AI Act: artikels',
      status: 'geblokkeerd',
      blockedReason: 'Wachten op juridisch advies',
    });
    await screen.findByRole('table');
    expect(titles()).toEqual(['EU AI Act: artikels']);
    const row = within(bodyRows()[0]!);
    expect(row.getByRole('link', { name: 'Backlog' })).toBeInTheDocument();
    expect(row.getByText('Niemand')).toBeInTheDocument();
    expect(row.getAllByRole('cell').at(-1)).toHaveTextContent('0sinds 20-05');

    await updateTask(task.id, { status: 'in-uitvoering' });
    expect(
      await screen.findByText('Er zijn geen geblokkeerde taken in dit jaarplan.'),
    ).toBeInTheDocument();
  });

  it('opens the sprint of a row on the board, keeping the filters', async () => {
    const { bundle } = await demo();
    window.history.replaceState(null, '', '/?view=geblokkeerd&q=kernteam');
    render(<BlockedView bundle={bundle} />);
    await screen.findByRole('table');
    const row = within(screen.getByRole('rowheader', { name: STRUCTUUR }).closest('tr')!);
    await userEvent.setup().click(row.getByRole('link', { name: 'Sprint 4' }));
    expect(params().get('view')).toBe('bord');
    expect(params().get('sprint')).toBe('4');
    expect(params().get('q')).toBe('kernteam');
  });

  it('opens the composed task dialog for a row on a click anywhere in it and on Enter on its title', async () => {
    const { bundle } = await demo();
    const opened: string[] = [];
    render(
      <BlockedView
        bundle={bundle}
        renderTaskDialog={(taskId, onClose) => {
          opened.push(taskId);
          return (
            <button type="button" onClick={onClose}>
              dialog {taskId}
            </button>
          );
        }}
      />,
    );
    await screen.findByRole('table');
    const user = userEvent.setup();
    const row = screen.getByRole('rowheader', { name: STRUCTUUR }).closest('tr')!;
    const id = (await db.tasks.filter((x) => x.title === STRUCTUUR).first())!.id;

    await user.click(within(row).getByText(/organisatiestructuur/));
    await user.click(screen.getByRole('button', { name: `dialog ${id}` }));
    expect(screen.queryByRole('button', { name: `dialog ${id}` })).not.toBeInTheDocument();

    within(row).getByRole('button', { name: STRUCTUUR }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: `dialog ${id}` })).toBeInTheDocument();
    expect(new Set(opened)).toEqual(new Set([id]));
  });
});
