import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePlanBundle } from '../../../src/db/live';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows, type PlanRows } from '../../../src/db/seed';
import { CELL_LIMIT, CELL_STEP } from '../../../src/features/roadmap/Cell';
import { RoadmapView } from '../../../src/features/roadmap/RoadmapView';
import { setClock } from '../../../src/lib/clock';
import { aTask } from '../../builders';

const ROLLEN = 'AI-rollen, processen en verantwoordelijkheden';
const DPIA = 'Opstellen van een DPIA M365 Copilot';

// The app reads the plan live; so does this harness, so that moves show up.
function Live({ planId }: { planId: string }) {
  const bundle = usePlanBundle(planId);
  return bundle ? <RoadmapView bundle={bundle} /> : null;
}

async function renderDemo(change?: (rows: PlanRows) => void) {
  const rows = demoRows();
  change?.(rows);
  await writePlanRows(rows);
  render(<Live planId={rows.plan.id} />);
  await screen.findByRole('table', { name: /^Roadmap Jaarplan AI 2025/ });
  // Tasks arrive through their own live query.
  await screen.findAllByRole('button', { name: new RegExp(`^${DPIA}`) });
  return rows;
}

const cell = (row: string, column: string) =>
  screen.getByRole('list', { name: `${row} · ${column}` });
const chip = (scope: HTMLElement, title: string) =>
  within(scope).getByRole('button', {
    name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  });

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T09:00:00Z'));
  window.history.replaceState(null, '', '/?view=roadmap');
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

// Whole-grid renders are slow on a busy CI machine; the budget is generous, nothing is timed.
describe('RoadmapView', { timeout: 30_000 }, () => {
  it('lists Geblokkeerd once in the legend, with the mark a blocked chip carries', async () => {
    await renderDemo();
    const legend = screen.getByRole('list', { name: 'Legende' });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items.filter((text) => /geblokkeerd/i.test(text))).toEqual(['!Geblokkeerd']);
  });

  it('shows the themes by the sprints of the year and the backlog, with the current sprint marked', async () => {
    const rows = await renderDemo();
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader');
    expect(
      headers.map((h) => h.querySelector('.rm-col-name, .rm-corner')?.textContent ?? h.textContent),
    ).toEqual(['Thema', ...rows.sprints.map((s) => `Sprint ${s.number}`), 'Backlog']);
    const sprint4 = headers.find((h) => h.textContent?.startsWith('Sprint 4'))!;
    expect(sprint4).toHaveTextContent('28 apr – 8 jun');
    expect(within(sprint4).getByText('huidige sprint')).toBeInTheDocument();
    expect(within(table).getAllByText('huidige sprint')).toHaveLength(1);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.querySelector('.rm-row-name')?.textContent),
    ).toEqual(rows.themes.map((t) => t.name));

    // The chip: title, status (spoken), blocked marker.
    expect(chip(cell(ROLLEN, 'Sprint 4'), DPIA)).toHaveAccessibleName(`${DPIA}, In uitvoering`);
    const blocked = chip(
      cell(ROLLEN, 'Sprint 4'),
      'Samenstelling en rollen kernteam wijzigen waar nodig',
    );
    expect(blocked).toHaveAccessibleName(/, Geblokkeerd$/);
    expect(blocked.querySelector('.rm-blocked')).not.toBeNull();
    expect(blocked).toHaveAttribute(
      'title',
      'Samenstelling en rollen kernteam wijzigen waar nodig',
    );

    // Each row says how far its theme has come.
    const rollen = within(table)
      .getAllByRole('rowheader')
      .find((h) => h.textContent?.startsWith(ROLLEN))!;
    const themeTasks = rows.tasks.filter(
      (t) => t.themeId === rows.themes.find((x) => x.name === ROLLEN)!.id,
    );
    expect(rollen).toHaveTextContent(
      `${themeTasks.filter((t) => t.status === 'afgerond').length}/${themeTasks.length} afgerond`,
    );
  });

  it('shows actions as rows by choice, and keeps the choice in the URL', async () => {
    const rows = await renderDemo();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rijen' }), 'actions');
    expect(new URLSearchParams(window.location.search).get('rijen')).toBe('acties');
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: 'Actie' })).toBeInTheDocument(),
    );
    const dpia = rows.tasks.find((t) => t.title === DPIA)!;
    const action = rows.actions.find((a) => a.id === dpia.actionId)!;
    expect(chip(cell(action.title, 'Sprint 4'), DPIA)).toBeInTheDocument();
    // Tasks without action get a row of their theme.
    expect(
      screen.getAllByRole('rowheader').some((h) => /– zonder actie/.test(h.textContent ?? '')),
    ).toBe(true);
  });

  it('reschedules a task through the move dialog: sprint and theme, focus follows it', async () => {
    const rows = await renderDemo();
    const user = userEvent.setup();
    await user.click(chip(cell(ROLLEN, 'Sprint 4'), DPIA));
    const dialog = screen.getByRole('dialog', { name: `„${DPIA}” verplaatsen` });
    const sprint5 = rows.sprints.find((s) => s.number === 5)!;
    // A closed sprint is no option; the backlog is.
    expect(within(dialog).getByRole('option', { name: 'Backlog' })).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Sprint' }), sprint5.id);
    const betrouwbaar = rows.themes.find((t) => t.name === 'Betrouwbare AI')!;
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Thema' }),
      betrouwbaar.id,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));
    await waitFor(() => expect(chip(cell('Betrouwbare AI', 'Sprint 5'), DPIA)).toHaveFocus());
    expect(
      within(cell(ROLLEN, 'Sprint 4')).queryByRole('button', { name: new RegExp(`^${DPIA}`) }),
    ).toBeNull();
    const stored = await db.tasks.filter((t) => t.title === DPIA).first();
    // Its action lives in the old theme: it cannot follow.
    expect(stored).toMatchObject({ sprintId: sprint5.id, themeId: betrouwbaar.id, actionId: null });
  });

  it('says so when the chosen cell is where the task already is', async () => {
    await renderDemo();
    const user = userEvent.setup();
    await user.click(chip(cell(ROLLEN, 'Sprint 4'), DPIA));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Verplaatsen' }),
    );
    expect(within(screen.getByRole('dialog')).getByRole('alert')).toHaveTextContent(
      'Kies een andere sprint of rij.',
    );
  });

  it('caps a full cell at a few chips with "+N meer", opens it a page at a time and closes it again', async () => {
    const extra = 30;
    await renderDemo((rows) => {
      const theme = rows.themes.find((t) => t.name === ROLLEN)!;
      const sprint = rows.sprints.find((s) => s.number === 6)!;
      for (let i = 0; i < extra; i++)
        rows.tasks.push(
          aTask({
            id: `extra-${i}`,
            planId: rows.plan.id,
            themeId: theme.id,
            sprintId: sprint.id,
            status: 'gepland',
            title: `Extra taak ${i + 1}`,
            rank: 100_000 + i,
          }),
        );
    });
    const user = userEvent.setup();
    const full = () => cell(ROLLEN, 'Sprint 6');
    const total = within(full()).getAllByRole('listitem').length;
    expect(total).toBe(CELL_LIMIT);
    const hiddenAtFirst = extra + 1 - CELL_LIMIT; // the demo has one task there
    const more = screen.getByRole('button', {
      name: `+${hiddenAtFirst} meer taken in ${ROLLEN} · Sprint 6`,
    });
    await user.click(more);
    expect(within(full()).getAllByRole('listitem')).toHaveLength(CELL_LIMIT + CELL_STEP);
    // Focus goes to the first chip that came into view.
    expect(document.activeElement).toBe(within(full()).getAllByRole('button')[CELL_LIMIT]);
    await user.click(
      screen.getByRole('button', {
        name: `+${hiddenAtFirst - CELL_STEP} meer taken in ${ROLLEN} · Sprint 6`,
      }),
    );
    expect(within(full()).getAllByRole('listitem')).toHaveLength(extra + 1);
    await user.click(screen.getByRole('button', { name: `Minder tonen in ${ROLLEN} · Sprint 6` }));
    expect(within(full()).getAllByRole('listitem')).toHaveLength(CELL_LIMIT);
    expect(
      screen.getByRole('button', { name: `+${hiddenAtFirst} meer taken in ${ROLLEN} · Sprint 6` }),
    ).toHaveFocus();
  });

  it('shows the frozen outcome of a closed sprint: its snapshot, not the live tasks, and no dragging', async () => {
    const rows = await renderDemo((r) => {
      const s3 = r.sprints.find((s) => s.number === 3)!;
      const rollen = r.themes.find((t) => t.name === ROLLEN)!;
      s3.closedAt = '2025-04-27T16:00:00.000Z';
      s3.snapshot = [
        aTask({
          id: 'snap-1',
          planId: r.plan.id,
          themeId: rollen.id,
          sprintId: s3.id,
          status: 'afgerond',
          title: 'Zoals bij het afsluiten',
          rank: 1,
        }),
        aTask({
          id: 'snap-2',
          planId: r.plan.id,
          themeId: rollen.id,
          sprintId: s3.id,
          status: 'in-uitvoering',
          title: 'Toen nog bezig',
          rank: 2,
        }),
      ];
    });
    const header = screen
      .getAllByRole('columnheader')
      .find((h) => h.textContent?.startsWith('Sprint 3'))!;
    expect(within(header).getByText('afgesloten')).toBeInTheDocument();
    expect(header).toHaveTextContent('Resultaat bij afsluiten: 1 van 2 afgerond');
    const frozen = cell(ROLLEN, 'Sprint 3');
    expect(
      within(frozen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Zoals bij het afsluiten'),
      expect.stringContaining('Toen nog bezig'),
    ]);
    expect(within(frozen).queryAllByRole('button')).toHaveLength(0);
    // The live tasks of sprint 3 are not shown in the closed column.
    const liveInS3 = rows.tasks.filter(
      (t) => t.sprintId === rows.sprints.find((s) => s.number === 3)!.id,
    );
    expect(liveInS3.length).toBeGreaterThan(0);
    for (const t of liveInS3)
      expect(
        screen.queryByRole('button', {
          name: new RegExp(`^${t.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        }),
      ).toBeNull();
  });

  it('applies the URL filter: only blocked tasks, and says how many', async () => {
    window.history.replaceState(null, '', '/?view=roadmap&geblokkeerd=1');
    const rows = demoRows();
    await writePlanRows(rows);
    render(<Live planId={rows.plan.id} />);
    const count = rows.tasks.filter((t) => t.status === 'geblokkeerd').length;
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /, Geblokkeerd$/ })).toHaveLength(count),
    );
    expect(
      screen.queryAllByRole('button', { name: /, (Backlog|Gepland|In uitvoering|Afgerond)$/ }),
    ).toHaveLength(0);
    expect(screen.getByText(/^Filter actief/)).toHaveTextContent(
      `Filter actief: ${count} van ${rows.tasks.length} taken getoond.`,
    );
    expect(screen.getByText(/^Filter actief/)).toHaveAttribute('role', 'status');
  });

  it('keeps the DOM small on a plan of 10,000 tasks: a few chips per cell, the rest counted', async () => {
    const rows = demoRows();
    await writePlanRows(rows);
    const big = Array.from({ length: 10_000 }, (_, i) =>
      aTask({
        id: `big-${i}`,
        planId: rows.plan.id,
        themeId: rows.themes[i % rows.themes.length]!.id,
        sprintId: i % 10 === 0 ? null : rows.sprints[i % rows.sprints.length]!.id,
        status: i % 10 === 0 ? 'backlog' : 'gepland',
        title: `Taak ${i}`,
        rank: i,
      }),
    );
    await db.tasks.bulkAdd(big);
    render(<Live planId={rows.plan.id} />);
    await screen.findAllByRole('button', { name: /^\+\d+ meer/ }, { timeout: 20_000 });
    const cells = rows.themes.length * (rows.sprints.length + 1);
    expect(screen.getAllByRole('button', { name: /^Taak \d+/ }).length).toBeLessThanOrEqual(
      cells * CELL_LIMIT,
    );
    expect(document.querySelectorAll('*').length).toBeLessThan(5_000);
  });
});
