import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { CloseSprintDialog } from '../../../src/features/board/CloseSprintDialog';
import { setClock } from '../../../src/lib/clock';
import { useToasts } from '../../../src/state/toast';

async function renderDemo(number = 4) {
  const rows = demoRows();
  await writePlanRows(rows);
  const bundle = (await planBundle(rows.plan.id))!;
  const sprint = bundle.sprints.find((s) => s.number === number)!;
  const next = bundle.sprints.find((s) => s.number === number + 1);
  const onClose = vi.fn();
  const view = render(<CloseSprintDialog sprint={sprint} bundle={bundle} onClose={onClose} />);
  await screen.findByRole('list', { name: 'Niet-afgeronde taken' });
  const tasks = await db.tasks
    .where('[planId+sprintId]')
    .equals([bundle.plan.id, sprint.id])
    .toArray();
  return { bundle, sprint, next, onClose, tasks, view };
}

const byTitle = (title: string) => db.tasks.filter((t) => t.title === title).first();

beforeEach(async () => {
  setClock(() => new Date('2025-06-08T15:00:00Z'));
  useToasts.setState({ toasts: [] });
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('CloseSprintDialog', () => {
  it('lists the unfinished tasks with the next sprint as the default and counts the done ones', async () => {
    const { tasks } = await renderDemo();
    expect(screen.getByRole('dialog', { name: 'Sprint 4 afsluiten' })).toBeInTheDocument();
    const open = tasks.filter((t) => t.status !== 'afgerond');
    const done = tasks.length - open.length;
    expect(
      screen.getByText(done === 1 ? '1 taak afgerond' : `${done} taken afgerond`),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Niet-afgeronde taken' });
    expect(within(list).getAllByRole('group')).toHaveLength(open.length);

    const dpia = within(list).getByRole('group', {
      name: /^Opstellen van een DPIA M365 Copilot \(In uitvoering\)/,
    });
    expect(
      within(dpia).getByRole('radio', { name: 'Naar Sprint 5 · 9 jun – 20 jul 2025' }),
    ).toBeChecked();
    expect(within(dpia).getByRole('radio', { name: 'Naar de backlog' })).not.toBeChecked();
    expect(within(dpia).getByRole('radio', { name: 'In deze sprint laten' })).not.toBeChecked();
  });

  it('groups the unfinished tasks under their theme with their assignees; "Alles naar de backlog" and "Alles naar sprint 5" choose for all', async () => {
    const user = userEvent.setup();
    const { tasks, bundle } = await renderDemo();
    const open = tasks.filter((t) => t.status !== 'afgerond');
    const list = screen.getByRole('list', { name: 'Niet-afgeronde taken' });
    const rollen = bundle.themes.find((th) => th.label === 'rollen')!;
    const inRollen = open.filter((t) => t.themeId === rollen.id).length;
    const group = within(list).getByRole('list', {
      name: `${rollen.name} (${inRollen} ${inRollen === 1 ? 'taak' : 'taken'})`,
    });
    const dpia = within(group).getByRole('group', {
      name: /^Opstellen van een DPIA M365 Copilot/,
    });
    const dpiaTask = open.find((t) => t.title === 'Opstellen van een DPIA M365 Copilot')!;
    const names = dpiaTask.assigneeIds.map((id) => bundle.people.find((p) => p.id === id)!.name);
    expect(names.length).toBeGreaterThan(0);
    expect(within(dpia).getByText(`Toegewezen aan: ${names.join(', ')}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Alles naar de backlog' }));
    expect(
      within(list).getAllByRole('radio', { name: 'Naar de backlog', checked: true }),
    ).toHaveLength(open.length);
    expect(
      screen.getByText(new RegExp(`0 naar de volgende sprint, ${open.length} naar de backlog`)),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Alles naar sprint 5' }));
    expect(
      within(list).getAllByRole('radio', { name: /^Naar Sprint 5/, checked: true }),
    ).toHaveLength(open.length);
  });

  it('closes the sprint with the chosen decisions, shows a toast and closes', async () => {
    const user = userEvent.setup();
    const { sprint, next, onClose } = await renderDemo();
    const list = screen.getByRole('list', { name: 'Niet-afgeronde taken' });
    const blocked = within(list).getByRole('group', {
      name: /^Samenstelling en rollen kernteam wijzigen waar nodig/,
    });
    await user.click(within(blocked).getByRole('radio', { name: 'Naar de backlog' }));
    const eu = within(list).getByRole('group', {
      name: /^EU AI Act: welke artikels verder actief in 2025\?/,
    });
    await user.click(within(eu).getByRole('radio', { name: 'In deze sprint laten' }));
    expect(screen.getByText(/1 naar de backlog, 1 blijven in deze sprint/)).toBeInTheDocument();

    const before = await byTitle('Opstellen van een DPIA M365 Copilot');
    await user.click(screen.getByRole('button', { name: 'Sprint afsluiten' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());

    expect(await byTitle('Opstellen van een DPIA M365 Copilot')).toMatchObject({
      sprintId: next!.id,
      carryOverCount: before!.carryOverCount + 1,
    });
    expect(await byTitle('Samenstelling en rollen kernteam wijzigen waar nodig')).toMatchObject({
      sprintId: null,
      status: 'geblokkeerd',
    });
    expect(await byTitle('EU AI Act: welke artikels verder actief in 2025?')).toMatchObject({
      sprintId: sprint.id,
    });
    const closed = await db.sprints.get(sprint.id);
    expect(closed!.closedAt).not.toBeNull();
    expect(closed!.snapshot!.map((t) => t.title)).toContain('Opstellen van een DPIA M365 Copilot');
    expect(useToasts.getState().toasts.at(-1)!.message).toMatch(
      /^Sprint 4 afgesloten: \d+ naar de volgende sprint, 1 naar de backlog\.$/,
    );
  });

  it('cancels without changing anything', async () => {
    const user = userEvent.setup();
    const { sprint, onClose } = await renderDemo();
    const before = await db.tasks.toArray();
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onClose).toHaveBeenCalled();
    expect(await db.tasks.toArray()).toEqual(before);
    expect((await db.sprints.get(sprint.id))!.closedAt).toBeNull();
  });

  it('refuses a sprint that was closed meanwhile, with the Dutch message', async () => {
    const user = userEvent.setup();
    const { sprint, onClose } = await renderDemo();
    await db.sprints.update(sprint.id, { closedAt: '2025-06-08T10:00:00.000Z' });
    await user.click(screen.getByRole('button', { name: 'Sprint afsluiten' }));
    await waitFor(() =>
      expect(useToasts.getState().toasts.at(-1)).toMatchObject({
        tone: 'error',
        message: 'Deze sprint is al afgesloten.',
      }),
    );
    expect(onClose).not.toHaveBeenCalled();
  });
});
