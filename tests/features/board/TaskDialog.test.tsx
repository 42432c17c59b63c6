import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAction, createPerson, createTheme } from '../../../src/db/commands/catalogue';
import { setAuthor } from '../../../src/db/commands/identity';
import { createPlan } from '../../../src/db/commands/plans';
import { addNote, createTask, deleteTask } from '../../../src/db/commands/tasks';
import { historyOfTask, planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { TaskDialog } from '../../../src/features/board/TaskDialog';
import { setClock } from '../../../src/lib/clock';
import { useToasts } from '../../../src/state/toast';
import { useUndo } from '../../../src/state/undo';
import { openedReadOnly } from '../../db/storedPlan';

async function setup(fields: Partial<Parameters<typeof createTask>[0]> = {}) {
  const plan = await createPlan({
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  });
  const rollen = await createTheme({
    planId: plan.id,
    name: 'AI-rollen, processen en verantwoordelijkheden',
    label: 'rollen',
    color: '#5b3f8c',
  });
  const betrouwbaar = await createTheme({
    planId: plan.id,
    name: 'Betrouwbare AI',
    label: 'betrouwbare AI',
    color: '#1d7a4f',
  });
  const dpiaAction = await createAction({
    planId: plan.id,
    themeId: rollen.id,
    title: 'Governance van AI-tools',
  });
  const actAction = await createAction({
    planId: plan.id,
    themeId: betrouwbaar.id,
    title: 'EU AI Act toepassen',
  });
  const an = await createPerson({
    planId: plan.id,
    name: 'An Peeters',
    role: 'Programmamanager',
  });
  const bert = await createPerson({
    planId: plan.id,
    name: 'Bert De Smet',
    role: 'Architect',
  });
  const sprints = (await planBundle(plan.id))!.sprints;
  const s4 = sprints[3]!;
  const task = await createTask({
    planId: plan.id,
    themeId: rollen.id,
    actionId: dpiaAction.id,
    title: 'Opstellen van een DPIA M365 Copilot',
    sprintId: s4.id,
    status: 'gepland',
    ...fields,
  });
  const other = await createTask({
    planId: plan.id,
    themeId: rollen.id,
    title: 'Samenstelling kernteam wijzigen',
    sprintId: s4.id,
  });
  const bundle = (await planBundle(plan.id))!;
  const onClose = vi.fn();
  const view = render(<TaskDialog taskId={task.id} bundle={bundle} onClose={onClose} />);
  await screen.findByRole('textbox', { name: 'Titel' });
  return {
    view,
    plan,
    rollen,
    betrouwbaar,
    dpiaAction,
    actAction,
    an,
    bert,
    sprints,
    s4,
    task,
    other,
    onClose,
  };
}

const stored = (id: string) => db.tasks.get(id);

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  useUndo.setState({ past: [], future: [] });
  useToasts.setState({ toasts: [] });
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('TaskDialog', () => {
  it('is a dialog titled with the task and shows the carry-over count', async () => {
    await setup({ carryOverCount: 2 });
    expect(
      screen.getByRole('dialog', { name: 'Opstellen van een DPIA M365 Copilot' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2× doorgeschoven')).toBeInTheDocument();
  });

  it('saves the title on Enter and on leaving the field, with undo', async () => {
    const user = userEvent.setup();
    const { task } = await setup();
    const title = screen.getByRole('textbox', { name: 'Titel' });
    await user.clear(title);
    await user.type(title, 'DPIA M365 Copilot afronden{Enter}');
    await waitFor(async () =>
      expect((await stored(task.id))!.title).toBe('DPIA M365 Copilot afronden'),
    );
    expect(useUndo.getState().past).toHaveLength(1);

    const description = screen.getByRole('textbox', { name: 'Beschrijving' });
    await user.type(description, 'Samen met de DPO');
    expect((await stored(task.id))!.description).toBe('');
    await user.tab();
    await waitFor(async () =>
      expect((await stored(task.id))!.description).toBe('Samen met de DPO'),
    );
  });

  it('refuses an empty title with the Dutch message and keeps the old one', async () => {
    const user = userEvent.setup();
    const { task } = await setup();
    const title = screen.getByRole('textbox', { name: 'Titel' });
    await user.clear(title);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Geef een titel op.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await user.tab();
    expect((await stored(task.id))!.title).toBe('Opstellen van een DPIA M365 Copilot');
    expect(useUndo.getState().past).toHaveLength(0);
  });

  it('stores selects and checkboxes as they change', async () => {
    const user = userEvent.setup();
    const { task, sprints, an, bert } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'In uitvoering');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Prioriteit' }), 'Urgent');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fase' }), 'Verkennen');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sprint' }),
      'Sprint 5 · 23 jun – 3 aug 2025',
    );
    const people = screen.getByRole('group', { name: 'Toegewezen aan' });
    await user.click(within(people).getByRole('checkbox', { name: 'Bert De Smet' }));
    await waitFor(async () =>
      expect(await stored(task.id)).toMatchObject({
        status: 'in-uitvoering',
        priority: 'urgent',
        phase: 'verkennen',
        sprintId: sprints[4]!.id,
        assigneeIds: [bert.id],
      }),
    );
    await user.click(within(people).getByRole('checkbox', { name: 'An Peeters' }));
    await waitFor(async () =>
      expect((await stored(task.id))!.assigneeIds).toEqual([bert.id, an.id]),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprint' }), 'Backlog');
    await waitFor(async () => expect((await stored(task.id))!.sprintId).toBeNull());
  });

  it('offers the actions of the chosen theme and clears an action of another theme', async () => {
    const user = userEvent.setup();
    const { task, betrouwbaar, actAction } = await setup();
    const action = screen.getByRole('combobox', { name: 'Actie' });
    expect(
      within(action)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Geen actie', 'Governance van AI-tools']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'Betrouwbare AI');
    await waitFor(async () =>
      expect(await stored(task.id)).toMatchObject({ themeId: betrouwbaar.id, actionId: null }),
    );
    await waitFor(() =>
      expect(
        within(action)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Geen actie', 'EU AI Act toepassen']),
    );
    await user.selectOptions(action, 'EU AI Act toepassen');
    await waitFor(async () => expect((await stored(task.id))!.actionId).toBe(actAction.id));
  });

  it('stores dates and refuses a due date before the start date', async () => {
    const { task } = await setup();
    const start = screen.getByRole('textbox', { name: 'Begindatum' });
    const due = screen.getByRole('textbox', { name: 'Vervaldatum' });
    fireEvent.change(start, { target: { value: '12-05-2025' } });
    fireEvent.blur(start);
    await waitFor(async () => expect((await stored(task.id))!.startDate).toBe('2025-05-12'));
    fireEvent.change(due, { target: { value: '01-05-2025' } });
    fireEvent.blur(due);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'De vervaldatum ligt vóór de begindatum.',
    );
    expect((await stored(task.id))!.dueDate).toBeNull();
    fireEvent.change(due, { target: { value: '08-06-2025' } });
    fireEvent.keyDown(due, { key: 'Enter' });
    await waitFor(async () => expect((await stored(task.id))!.dueDate).toBe('2025-06-08'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the blocking fields only when blocked, and stores reason and blocking tasks', async () => {
    const user = userEvent.setup();
    const { task, other } = await setup();
    expect(screen.queryByRole('textbox', { name: 'Reden blokkering' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Geblokkeerd');
    const reason = await screen.findByRole('textbox', { name: 'Reden blokkering' });
    expect(screen.getByText('Geblokkeerd sinds 20-05-2025 (0 dagen)')).toBeInTheDocument();
    await user.type(reason, 'Wacht op advies DPO');
    await user.tab();
    await waitFor(async () =>
      expect((await stored(task.id))!.blockedReason).toBe('Wacht op advies DPO'),
    );

    await user.type(screen.getByRole('searchbox', { name: 'Blokkerende taak zoeken' }), 'kernteam');
    await user.click(
      screen.getByRole('button', {
        name: '„Samenstelling kernteam wijzigen” toevoegen als blokkerende taak',
      }),
    );
    await waitFor(async () => expect((await stored(task.id))!.blockedBy).toEqual([other.id]));
    const group = screen.getByRole('group', { name: 'Geblokkeerd door' });
    // Stored is not yet shown: the live query repaints the dialog a moment after the write.
    expect(await within(group).findByText('Samenstelling kernteam wijzigen')).toBeInTheDocument();
    await user.click(
      within(group).getByRole('button', {
        name: '„Samenstelling kernteam wijzigen” verwijderen uit Geblokkeerd door',
      }),
    );
    await waitFor(async () => expect((await stored(task.id))!.blockedBy).toEqual([]));
  });

  it('counts the days blocked', async () => {
    setClock(() => new Date('2025-05-12T10:00:00Z'));
    const plan = await createPlan({
      name: 'P',
      year: 2025,
      sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
    });
    const theme = await createTheme({
      planId: plan.id,
      name: 'T',
      label: 't',
      color: '#1d7a4f',
    });
    const task = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: 'Kernteam',
      status: 'geblokkeerd',
    });
    setClock(() => new Date('2025-05-20T10:00:00Z'));
    render(
      <TaskDialog
        taskId={task.id}
        bundle={(await planBundle(plan.id))!}
        onClose={() => undefined}
      />,
    );
    expect(await screen.findByText('Geblokkeerd sinds 12-05-2025 (8 dagen)')).toBeInTheDocument();
  });

  it('says so when the open task is deleted elsewhere, and keeps a copy on request', async () => {
    const user = userEvent.setup();
    const { task, an } = await setup({ priority: 'urgent' });
    await db.tasks.update(task.id, { assigneeIds: [an.id] });
    // The dialog must have seen the assignment before the delete: it copies what it saw.
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'An Peeters' })).toBeChecked());
    await deleteTask(task.id);
    expect(await screen.findByRole('dialog', { name: 'Taak verwijderd' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      '„Opstellen van een DPIA M365 Copilot” is verwijderd terwijl je ze open had',
    );
    const keep = screen.getByRole('button', { name: 'Kopie bewaren' });
    await waitFor(() => expect(keep).toHaveFocus());
    await user.click(keep);
    expect(
      await screen.findByRole('dialog', { name: 'Opstellen van een DPIA M365 Copilot' }),
    ).toBeInTheDocument();
    const copies = (await db.tasks.toArray()).filter((t) => t.title === task.title);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ priority: 'urgent', assigneeIds: [an.id] });
    expect(copies[0]!.id).not.toBe(task.id);
  });

  it('adds, ticks, reorders and deletes checklist items', async () => {
    const user = userEvent.setup();
    const { task } = await setup();
    const input = screen.getByRole('textbox', { name: 'Nieuw checklistitem' });
    await user.click(screen.getByRole('button', { name: 'Item toevoegen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Geef een titel op.');
    await user.type(input, 'Verwerkingsregister nakijken{Enter}');
    await screen.findByRole('checkbox', { name: 'Verwerkingsregister nakijken' });
    expect(input).toHaveValue('');
    await user.type(input, 'Advies DPO vragen');
    await user.click(screen.getByRole('button', { name: 'Item toevoegen' }));
    await screen.findByRole('checkbox', { name: 'Advies DPO vragen' });
    expect((await stored(task.id))!.checklist.map((c) => c.title)).toEqual([
      'Verwerkingsregister nakijken',
      'Advies DPO vragen',
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Advies DPO vragen' }));
    await waitFor(async () =>
      expect((await stored(task.id))!.checklist.map((c) => c.done)).toEqual([false, true]),
    );
    expect(await screen.findByText(/1 van 2 afgevinkt/)).toBeInTheDocument();

    expect(
      screen.getByRole('button', { name: '„Verwerkingsregister nakijken” omhoog' }),
    ).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '„Advies DPO vragen” omhoog' }));
    await waitFor(async () =>
      expect((await stored(task.id))!.checklist.map((c) => c.title)).toEqual([
        'Advies DPO vragen',
        'Verwerkingsregister nakijken',
      ]),
    );
    // The moved item keeps the keyboard focus; at the top its "up" is disabled, so "down" takes it.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '„Advies DPO vragen” omlaag' })).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: '„Advies DPO vragen” verwijderen' }));
    await waitFor(async () =>
      expect((await stored(task.id))!.checklist.map((c) => c.title)).toEqual([
        'Verwerkingsregister nakijken',
      ]),
    );
    // The store is written before the live query repaints the dialog.
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Advies DPO vragen' })).not.toBeInTheDocument(),
    );
  });

  it('keeps checklist items typed one after another without waiting apart, in order', async () => {
    // No delay between keys: the next item is typed while the previous write is still running.
    const user = userEvent.setup({ delay: null });
    const { task } = await setup();
    const input = screen.getByRole('textbox', { name: 'Nieuw checklistitem' });
    await user.type(input, 'Eerste{Enter}Tweede{Enter}Derde{Enter}');
    expect(input).toHaveValue('');
    await waitFor(async () =>
      expect((await stored(task.id))!.checklist.map((c) => c.title)).toEqual([
        'Eerste',
        'Tweede',
        'Derde',
      ]),
    );
  });

  it('keeps notes added one after another without waiting apart, each on its own', async () => {
    const user = userEvent.setup({ delay: null });
    const { task } = await setup();
    const box = screen.getByRole('textbox', { name: 'Nieuwe notitie' });
    await user.type(box, 'eerste{Control>}{Enter}{/Control}tweede{Control>}{Enter}{/Control}');
    expect(box).toHaveValue('');
    await waitFor(async () =>
      expect(
        (await stored(task.id))!.notes.map((n) => n.text).sort((a, b) => a.localeCompare(b)),
      ).toEqual(['eerste', 'tweede']),
    );
  });

  it('keeps notes as a dated log, newest first, and deletes one', async () => {
    const user = userEvent.setup();
    const { task } = await setup();
    await act(async () => {
      await addNote(task.id, 'antwoord AI-expert', '2025-04-28');
    });
    await screen.findByText('antwoord AI-expert');
    const box = screen.getByRole('textbox', { name: 'Nieuwe notitie' });
    await user.click(screen.getByRole('button', { name: 'Notitie toevoegen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Een notitie mag niet leeg zijn.');
    await user.type(box, 'overleg met DPO');
    await user.click(screen.getByRole('button', { name: 'Notitie toevoegen' }));
    await screen.findByText('overleg met DPO');
    expect(box).toHaveValue('');

    const section = screen.getByRole('region', { name: 'Notities' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^20-05-2025.*overleg met DPO$/),
      expect.stringMatching(/^28-04-2025.*antwoord AI-expert$/),
    ]);
    await user.click(
      within(section).getByRole('button', { name: 'Notitie van 28-04-2025 verwijderen' }),
    );
    await waitFor(async () =>
      expect((await stored(task.id))!.notes.map((n) => n.text)).toEqual(['overleg met DPO']),
    );
  });

  it('says who made a change and wrote a note when this device chose "Ik ben"', async () => {
    const user = userEvent.setup();
    const { task, an } = await setup();
    await setAuthor(task.planId, an.id);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'In uitvoering');
    const history = screen.getByRole('region', { name: 'Geschiedenis' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
    expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent(
      /^An Peeters · 20-05-2025 \d\d:\d\d · Status: Gepland → In uitvoering$/,
    );
    // The line from before the choice names nobody.
    expect(within(history).getAllByRole('listitem')[1]).toHaveTextContent(/^20-05-2025/);
    await user.type(screen.getByRole('textbox', { name: 'Nieuwe notitie' }), 'Gemaild naar DPO');
    await user.click(screen.getByRole('button', { name: 'Notitie toevoegen' }));
    const notes = screen.getByRole('region', { name: 'Notities' });
    expect(await within(notes).findByText('Gemaild naar DPO')).toBeInTheDocument();
    expect(within(notes).getByRole('listitem')).toHaveTextContent(/^20-05-2025 · An Peeters/);
  });

  it('lists the history in Dutch with names from the plan', async () => {
    const user = userEvent.setup();
    const { task } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'In uitvoering');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprint' }), 'Backlog');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'Betrouwbare AI');
    const history = screen.getByRole('region', { name: 'Geschiedenis' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(5));
    const lines = within(history)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(lines[0]).toMatch(
      /^20-05-2025 \d\d:\d\d · Label: AI-rollen, processen en verantwoordelijkheden → Betrouwbare AI$/,
    );
    // Sent to the backlog, work under way becomes Backlog in the same write (the backlog rule).
    expect(
      lines
        .slice(1, 3)
        .map((l) => l.replace(/^.* · /, ''))
        .sort(),
    ).toEqual(['Sprint: Sprint 4 → Backlog', 'Status: In uitvoering → Backlog']);
    expect(lines[3]).toMatch(/· Status: Gepland → In uitvoering$/);
    expect(lines[4]).toMatch(/· Aangemaakt \(Gepland\)$/);
    expect((await historyOfTask(task.id)).length).toBe(5);
  });

  it('on a plan opened with a read-only link, disables every field and offers no delete', async () => {
    const { plan } = await setup();
    await openedReadOnly(plan.id);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Titel' })).toBeDisabled());
    const dialog = screen.getByRole('dialog', { name: 'Opstellen van een DPIA M365 Copilot' });
    expect(within(dialog).getByRole('textbox', { name: 'Beschrijving' })).toBeDisabled();
    expect(within(dialog).getByRole('checkbox', { name: 'An Peeters' })).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: 'Taak verwijderen' })).toBeNull();
    // Closing the dialog still works: the close button is not part of the form.
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toBeEnabled();
  });

  it('on a read-only plan, says a task deleted by the team is gone and offers no copy', async () => {
    const { plan, task } = await setup();
    await openedReadOnly(plan.id);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Titel' })).toBeDisabled());
    // The team's delete arrives as a remote write, which a read-only plan still takes in.
    await db.tasks.delete(task.id);
    expect(await screen.findByRole('dialog', { name: 'Taak verwijderd' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('is verwijderd terwijl je ze open had');
    expect(screen.queryByRole('button', { name: 'Kopie bewaren' })).toBeNull();
  });

  it('asks for confirmation before deleting, then deletes with an undo toast and closes', async () => {
    const user = userEvent.setup();
    const { task, onClose } = await setup();
    await user.click(screen.getByRole('button', { name: 'Taak verwijderen' }));
    const confirm = screen.getByRole('group', { name: 'Weet je het zeker?' });
    expect(within(confirm).getByRole('button', { name: 'Verwijderen' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(await stored(task.id)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Taak verwijderen' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Taak verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await stored(task.id)).toBeUndefined();
    expect(useToasts.getState().toasts.at(-1)).toMatchObject({ undo: true });
  });

  it('gives the focus back to what opened it when it closes', async () => {
    const plan = await createPlan({
      name: 'P',
      year: 2025,
      sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
    });
    const theme = await createTheme({
      planId: plan.id,
      name: 'T',
      label: 't',
      color: '#1d7a4f',
    });
    const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'Kaart' });
    const bundle = (await planBundle(plan.id))!;
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Kaart openen
          </button>
          {open && <TaskDialog taskId={task.id} bundle={bundle} onClose={() => setOpen(false)} />}
        </>
      );
    }
    const user = userEvent.setup();
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'Kaart openen' }));
    await user.click(await screen.findByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kaart openen' })).toHaveFocus());
  });

  it('saves an unsaved text when the dialog closes', async () => {
    const user = userEvent.setup();
    const { task, view } = await setup();
    await user.type(screen.getByRole('textbox', { name: 'Beschrijving' }), 'Nog niet bewaard');
    view.unmount();
    await waitFor(async () =>
      expect((await stored(task.id))!.description).toBe('Nog niet bewaard'),
    );
  });
});
