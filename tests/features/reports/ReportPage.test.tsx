import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPerson, createTheme } from '../../../src/db/commands/catalogue';
import { createPlan, setSprintLength } from '../../../src/db/commands/plans';
import { closeSprint } from '../../../src/db/commands/sprintClose';
import { createTask, moveTask, updateTask } from '../../../src/db/commands/tasks';
import { planBundle, tasksOfPlan, historyOfPlan } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { buildSprintReport } from '../../../src/domain/report';
import { ReportPage } from '../../../src/features/reports/ReportPage';
import { setClock } from '../../../src/lib/clock';

const at = (iso: string) => setClock(() => new Date(iso));

/** The figure a row of the totals table shows. */
function total(label: string): string {
  const table = screen.getByRole('table', { name: 'Totalen van de sprint' });
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
  return within(row).getByRole('cell').textContent ?? '';
}

/**
 * A sprint 4 made through the app's own commands, so the history is the one real edits write:
 * A and B planned before the start, C carried over from sprint 3 on the planning day, D added on
 * 6 May; B done on 7 May, C blocked on 8 May.
 */
async function commandSprint() {
  at('2025-01-02T09:00:00Z');
  const plan = await createPlan({
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  });
  let bundle = (await planBundle(plan.id))!;
  // As in the team's 2025 plan: a four-week first sprint, so sprint 4 is 28 April – 8 June.
  await setSprintLength(bundle.sprints[0]!.id, 4);
  bundle = (await planBundle(plan.id))!;
  const s3 = bundle.sprints.find((s) => s.number === 3)!;
  const s4 = bundle.sprints.find((s) => s.number === 4)!;
  expect(s4).toMatchObject({ start: '2025-04-28', end: '2025-06-08' });
  const theme = await createTheme({
    planId: plan.id,
    name: 'Betrouwbare AI',
    label: 'betrouwbare AI',
    color: '#1f5fa8',
  });
  const pm = await createPerson({
    planId: plan.id,
    name: 'Programmamanager',
    role: 'Programmamanager',
  });

  at('2025-04-20T10:00:00Z');
  const c = await createTask({
    planId: plan.id,
    themeId: theme.id,
    title: 'AI-register aanvullen',
    sprintId: s3.id,
    status: 'in-uitvoering',
    assigneeIds: [pm.id],
  });
  at('2025-04-25T10:00:00Z');
  await createTask({
    planId: plan.id,
    themeId: theme.id,
    title: 'EU AI Act lezen',
    sprintId: s4.id,
    assigneeIds: [pm.id],
  });
  const b = await createTask({
    planId: plan.id,
    themeId: theme.id,
    title: 'Rol CAICO uitwerken',
    sprintId: s4.id,
  });
  at('2025-04-28T07:30:00Z');
  await moveTask(c.id, { sprintId: s4.id, carryOverCount: 1 });
  at('2025-05-06T10:00:00Z');
  await createTask({ planId: plan.id, themeId: theme.id, title: 'DPIA Copilot', sprintId: s4.id });
  at('2025-05-07T10:00:00Z');
  await updateTask(b.id, { status: 'afgerond' });
  at('2025-05-08T10:00:00Z');
  await updateTask(c.id, {
    status: 'geblokkeerd',
    blockedReason: 'Wachten op antwoord van de diensten',
  });
  at('2025-05-20T10:00:00Z');
  bundle = (await planBundle(plan.id))!;
  return { plan, bundle, s4 };
}

beforeEach(async () => {
  window.history.replaceState(null, '', '/?view=rapport');
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('ReportPage', { timeout: 20_000 }, () => {
  it('shows the totals of a sprint built with the commands, from its history', async () => {
    const { bundle } = await commandSprint();
    render(<ReportPage bundle={bundle} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sprintrapport' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Sprintrapport sprint 4' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');

    expect(total('Gepland bij de start')).toBe('3');
    expect(total('Toegevoegd tijdens de sprint')).toBe('1');
    expect(total('Taken in de sprint')).toBe('4');
    expect(total('Afgerond')).toBe('1');
    expect(total('Voltooid')).toBe('25 %');
    expect(total('In uitvoering')).toBe('0');
    expect(total('Geblokkeerd')).toBe('1');
    expect(total('Doorgeschoven')).toBe('1');
    expect(
      screen.queryByRole('rowheader', { name: 'Uit de sprint gehaald' }),
    ).not.toBeInTheDocument();

    expect(screen.getByText('Lopende sprint, stand op 20 mei 2025')).toBeInTheDocument();
    expect(screen.getByText('28 apr – 8 jun 2025')).toBeInTheDocument();

    const chart = screen.getByRole('img', { name: /^Burn-up van sprint 4/ });
    expect(chart).toHaveAccessibleName(
      'Burn-up van sprint 4 van 28-04 tot 20-05: de scope ging van 3 naar 4 taken, daarvan 1 afgerond.',
    );
    const legend = within(chart.closest('figure')!.querySelector('figcaption')!).getAllByRole(
      'listitem',
    );
    expect(legend.map((li) => li.textContent)).toEqual(['Scope', 'Afgerond']);

    const blocked = screen.getByRole('table', {
      name: 'Geblokkeerde taken, langst geblokkeerd eerst',
    });
    const row = within(blocked)
      .getByRole('rowheader', { name: 'AI-register aanvullen' })
      .closest('tr')!;
    expect(row).toHaveTextContent('Wachten op antwoord van de diensten');
    expect(row).toHaveTextContent('12sinds 08-05');

    const carried = screen.getByRole('table', {
      name: 'Doorgeschoven taken, vaakst doorgeschoven eerst',
    });
    expect(
      within(carried).getByRole('rowheader', { name: 'AI-register aanvullen' }).closest('tr'),
    ).toHaveTextContent('1');

    const people = screen.getByRole('table', { name: 'Taken per persoon' });
    expect(
      within(people).getByRole('rowheader', { name: 'Programmamanager' }).closest('tr'),
    ).toHaveTextContent('Programmamanager2011');
    expect(
      within(people).getByRole('rowheader', { name: 'Niet toegewezen' }).closest('tr'),
    ).toHaveTextContent('Niet toegewezen2110');
  });

  it('repaints when a task changes and reports a closed sprint from its snapshot', async () => {
    const { bundle, s4 } = await commandSprint();
    const { rerender } = render(<ReportPage bundle={bundle} />);
    await screen.findByRole('heading', { name: 'Sprintrapport sprint 4' });
    const dpia = (await tasksOfPlan(bundle.plan.id)).find((t) => t.title === 'DPIA Copilot')!;
    await updateTask(dpia.id, { status: 'afgerond' });
    await waitFor(() => expect(total('Voltooid')).toBe('50 %'));

    at('2025-06-08T16:00:00Z');
    await closeSprint(s4.id);
    at('2025-06-20T10:00:00Z');
    // The open tasks went on to sprint 5, the report still shows the sprint as it was closed.
    expect((await tasksOfPlan(bundle.plan.id)).filter((t) => t.sprintId === s4.id)).toHaveLength(2);
    // Today falls in sprint 5 now: the report of sprint 4 is asked for by its number.
    window.history.replaceState(null, '', '/?view=rapport&sprint=4');
    rerender(<ReportPage bundle={(await planBundle(bundle.plan.id))!} />);
    await waitFor(() => expect(screen.getByText('Afgesloten op 8 jun 2025')).toBeInTheDocument());
    expect(total('Taken in de sprint')).toBe('4');
    expect(total('Afgerond')).toBe('2');
    expect(total('Geblokkeerd')).toBe('1');
  });

  it('shows the model of the demo sprint 4 and switches sprints with the picker', async () => {
    at('2025-05-20T10:00:00Z');
    const rows = demoRows();
    await writePlanRows(rows);
    const bundle = (await planBundle(rows.plan.id))!;
    render(<ReportPage bundle={bundle} />);
    await screen.findByRole('heading', { name: 'Sprintrapport sprint 4' });

    const sprint4 = bundle.sprints.find((s) => s.number === 4)!;
    const expected = buildSprintReport({
      ...bundle,
      sprint: sprint4,
      tasks: (await tasksOfPlan(rows.plan.id)).filter((t) => t.sprintId === sprint4.id),
      history: await historyOfPlan(rows.plan.id),
      today: '2025-05-20',
    }).totals;
    expect(total('Taken in de sprint')).toBe(String(expected.total));
    expect(total('Gepland bij de start')).toBe(String(expected.planned));
    expect(total('Toegevoegd tijdens de sprint')).toBe(String(expected.added));
    expect(expected.added).toBeGreaterThan(0);
    expect(total('Geblokkeerd')).toBe('2');
    expect(total('Doorgeschoven')).toBe('4');
    const blocked = screen.getByRole('table', {
      name: 'Geblokkeerde taken, langst geblokkeerd eerst',
    });
    expect(
      within(blocked).getByRole('rowheader', {
        name: 'Samenstelling en rollen kernteam wijzigen waar nodig',
      }),
    ).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sprint' }), '3');
    expect(new URLSearchParams(window.location.search).get('sprint')).toBe('3');
    expect(
      await screen.findByRole('heading', { name: 'Sprintrapport sprint 3' }),
    ).toBeInTheDocument();
  });

  describe('exports', () => {
    let blobs: Blob[];
    let names: string[];
    beforeEach(() => {
      blobs = [];
      names = [];
      URL.createObjectURL = vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:report';
      });
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        names.push(this.download);
      });
    });

    async function open() {
      const { bundle } = await commandSprint();
      render(<ReportPage bundle={bundle} />);
      await screen.findByRole('heading', { name: 'Sprintrapport sprint 4' });
    }

    it('copies the Markdown to the clipboard', async () => {
      await open();
      const writeText = vi.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      await userEvent.click(screen.getByRole('button', { name: 'Kopiëren als Markdown' }));
      expect(writeText).toHaveBeenCalledTimes(1);
      expect(writeText.mock.calls[0]![0]).toMatch(/^# Sprintrapport sprint 4\n/);
      expect(
        await screen.findByText('Het rapport staat als Markdown op het klembord.'),
      ).toBeInTheDocument();
    });

    it('says in Dutch when the clipboard refuses', async () => {
      await open();
      const writeText = vi.fn().mockRejectedValue(new Error('NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      await userEvent.click(screen.getByRole('button', { name: 'Kopiëren als Markdown' }));
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Kopiëren naar het klembord lukte niet (de browser laat het niet toe). Gebruik „Markdown downloaden”.',
        ),
      );
    });

    it('downloads Markdown, CSV and Excel files named after the sprint', async () => {
      await open();
      await userEvent.click(screen.getByRole('button', { name: 'Markdown downloaden' }));
      await userEvent.click(screen.getByRole('button', { name: 'CSV downloaden' }));
      await userEvent.click(screen.getByRole('button', { name: 'Excel downloaden' }));
      // The first Excel export loads exceljs, which takes a moment.
      await waitFor(() => expect(names).toHaveLength(3), { timeout: 15_000 });
      expect(names).toEqual([
        'sprintrapport-sprint-4-2025.md',
        'sprintrapport-sprint-4-2025.csv',
        'sprintrapport-sprint-4-2025.xlsx',
      ]);
      expect(await blobs[0]!.text()).toContain('| Gepland bij de start | 3 |');
      expect(blobs[1]!.type).toBe('text/csv;charset=utf-8');
      expect(await blobs[1]!.text()).toContain('Taak;Label;Actie;Status');
      expect(blobs[2]!.type).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(blobs[2]!.size).toBeGreaterThan(1000);
      expect(screen.getByRole('status')).toHaveTextContent(
        'sprintrapport-sprint-4-2025.xlsx is gedownload.',
      );
    });

    it('prints', async () => {
      await open();
      const print = vi.spyOn(window, 'print').mockImplementation(() => {});
      await userEvent.click(screen.getByRole('button', { name: 'Afdrukken / PDF' }));
      expect(print).toHaveBeenCalledTimes(1);
    });
  });
});
