import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePlanBundle } from '../../../src/db/live';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { OUTLINE_PAGE } from '../../../src/features/plan/OutlineRows';
import { YearPlanView } from '../../../src/features/plan/YearPlanView';
import { setClock } from '../../../src/lib/clock';
import { aTask } from '../../builders';
import { openedReadOnly } from '../../db/storedPlan';

const ROLLEN = 'AI-rollen, processen en verantwoordelijkheden';
const WERKING = 'Werking en samenstelling AI-kernteam';
const DPIA = 'Opstellen van een DPIA M365 Copilot';

// The app reads the plan live; so does this harness, so that new actions show up.
function Live({ planId }: { planId: string }) {
  const bundle = usePlanBundle(planId);
  return bundle ? <YearPlanView bundle={bundle} /> : null;
}

async function renderDemo(change?: (rows: ReturnType<typeof demoRows>) => void) {
  const rows = demoRows();
  change?.(rows);
  await writePlanRows(rows);
  render(<Live planId={rows.plan.id} />);
  await screen.findByRole('tree', { name: 'Jaarplan: thema’s, acties en taken' });
  // Tasks arrive through their own live query.
  await screen.findAllByText(/^\d+\/\d+ afgerond$/);
  await waitFor(() =>
    expect(screen.getByText(/^Hele jaarplan/).parentElement).not.toHaveTextContent('0/0 afgerond'),
  );
  return rows;
}

const item = (name: string | RegExp) => screen.getByRole('treeitem', { name });

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T09:00:00Z'));
  window.history.replaceState(null, '', '/?view=jaarplan');
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

// Whole-tree renders with userEvent are slow on a busy CI machine; the budget is generous, nothing is timed.
describe('YearPlanView outline', { timeout: 30_000 }, () => {
  it('shows the themes as an expanded tree with their actions, progress and sprint span', async () => {
    const rows = await renderDemo();
    const tree = screen.getByRole('tree');
    const themes = within(tree)
      .getAllByRole('treeitem')
      .filter((el) => el.getAttribute('aria-level') === '1');
    expect(
      themes.map((el) => el.getAttribute('aria-label') ?? el.textContent?.split('\n')[0]),
    ).toHaveLength(6);
    const rollen = item(ROLLEN);
    expect(rollen).toHaveAttribute('aria-expanded', 'true');
    const werking = within(rollen).getByRole('treeitem', { name: WERKING });
    expect(werking).toHaveAttribute('aria-level', '2');
    expect(werking).toHaveAttribute('aria-expanded', 'false');

    // The numbers follow from the demo tasks of the action.
    const action = rows.actions.find((a) => a.title === WERKING)!;
    const own = rows.tasks.filter((t) => t.actionId === action.id);
    const done = own.filter((t) => t.status === 'afgerond').length;
    const blocked = own.filter((t) => t.status === 'geblokkeerd').length;
    expect(werking).toHaveAccessibleDescription(
      new RegExp(
        `^${done}/${own.length} afgerond, ?${own.length - done - blocked} open, ?${blocked} geblokkeerd, ?\\d+ te laat, ?Sprint 1–9$`,
      ),
    );
    expect(
      within(werking).getByRole('progressbar', {
        name: `Voortgang ${WERKING}: ${done} van ${own.length} taken afgerond`,
      }),
    ).toBeInTheDocument();
    // The theme counts all its tasks.
    const themeTasks = rows.tasks.filter((t) => t.themeId === action.themeId);
    expect(rollen).toHaveAccessibleDescription(
      new RegExp(
        `^${themeTasks.filter((t) => t.status === 'afgerond').length}/${themeTasks.length} afgerond`,
      ),
    );
    // Tasks stay hidden until their action is expanded.
    expect(screen.queryByRole('treeitem', { name: DPIA })).not.toBeInTheDocument();
  });

  it('is one tab stop and moves with the arrow keys as an APG tree', async () => {
    await renderDemo();
    const user = userEvent.setup();
    const items = screen.getAllByRole('treeitem');
    expect(items.filter((el) => el.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    await user.tab();
    await user.tab();
    const first = item('Strategie en doelstellingen');
    first.focus();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('AI-fonds uitwerken')).toHaveFocus();
    expect(item('AI-fonds uitwerken').tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    // Right expands a closed action, a second Right enters it.
    await user.keyboard('{ArrowRight}');
    expect(item('AI-fonds uitwerken')).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    const firstTask = document.activeElement as HTMLElement;
    expect(firstTask).toHaveAttribute('role', 'treeitem');
    expect(firstTask).toHaveAttribute('aria-level', '3');
    // Left on a task goes to its action, Left again collapses it, Left again goes to the theme.
    await user.keyboard('{ArrowLeft}');
    expect(item('AI-fonds uitwerken')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item('AI-fonds uitwerken')).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowLeft}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(item(ROLLEN)).toHaveFocus();
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('aria-level', '2');
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
  });

  it('adds an action under a theme and a task under that action', async () => {
    const rows = await renderDemo();
    const user = userEvent.setup();
    const theme = item('Betrouwbare AI');
    await user.click(within(theme).getAllByRole('button', { name: /Actie toevoegen/ })[0]!);
    const input = screen.getByRole('textbox', { name: 'Titel van de nieuwe actie' });
    expect(input).toHaveFocus();
    await user.type(input, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Geef een titel op.');
    await user.clear(input);
    await user.type(input, 'Register van AI-systemen{Enter}');
    const action = await screen.findByRole('treeitem', { name: 'Register van AI-systemen' });
    expect(action).toHaveAttribute('aria-level', '2');
    expect(
      within(item('Betrouwbare AI')).getByRole('treeitem', { name: 'Register van AI-systemen' }),
    ).toBe(action);
    await user.keyboard('{Escape}');
    expect(item('Betrouwbare AI')).toHaveFocus();

    await user.click(within(action).getByRole('button', { name: /Taak toevoegen/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Titel van de nieuwe taak' }),
      'Inventaris opstellen{Enter}',
    );
    const task = await screen.findByRole('treeitem', { name: 'Inventaris opstellen' });
    expect(task).toHaveAttribute('aria-level', '3');
    expect(
      within(screen.getByRole('treeitem', { name: 'Register van AI-systemen' })).getByRole(
        'treeitem',
        { name: 'Inventaris opstellen' },
      ),
    ).toBe(task);

    const storedAction = await db.actions
      .filter((a) => a.title === 'Register van AI-systemen')
      .first();
    const theme4 = rows.themes.find((t) => t.name === 'Betrouwbare AI')!;
    expect(storedAction).toMatchObject({ themeId: theme4.id, order: 4 });
    const storedTask = await db.tasks.filter((t) => t.title === 'Inventaris opstellen').first();
    expect(storedTask).toMatchObject({
      actionId: storedAction!.id,
      themeId: theme4.id,
      sprintId: null,
      status: 'backlog',
    });
  });

  it('edits an action in place with Enter: title, owner, target sprint and description', async () => {
    const rows = await renderDemo();
    const user = userEvent.setup();
    const action = item('AI-fonds uitwerken');
    action.focus();
    await user.keyboard('{Enter}');
    const form = within(action).getByRole('form', { name: 'AI-fonds uitwerken bewerken' });
    const title = within(form).getByRole('textbox', { name: 'Titel van de actie' });
    expect(title).toHaveFocus();
    // Only the use-case theme has phases.
    expect(
      within(form).queryByRole('combobox', { name: 'Fase (use cases)' }),
    ).not.toBeInTheDocument();
    await user.clear(title);
    await user.type(title, 'AI-fonds opstarten');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Eigenaar' }),
      'Business-analist',
    );
    const sprint5 = rows.sprints.find((s) => s.number === 5)!;
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Doelsprint' }),
      sprint5.id,
    );
    const description = within(form).getByRole('textbox', { name: 'Korte beschrijving' });
    await user.clear(description);
    await user.type(description, 'Reglement klaar tegen de zomer.');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    const renamed = await screen.findByRole('treeitem', { name: 'AI-fonds opstarten' });
    await waitFor(() => expect(renamed).toHaveFocus());
    expect(within(renamed).getByText('Eigenaar: Business-analist')).toBeInTheDocument();
    expect(within(renamed).getByText('Doelsprint: Sprint 5')).toBeInTheDocument();
    const stored = await db.actions.filter((a) => a.title === 'AI-fonds opstarten').first();
    const analyst = rows.people.find((p) => p.role === 'Business-analist')!;
    expect(stored).toMatchObject({
      ownerId: analyst.id,
      targetSprintId: sprint5.id,
      description: 'Reglement klaar tegen de zomer.',
    });

    // A task added under it starts in its target sprint.
    await user.click(within(renamed).getByRole('button', { name: /Taak toevoegen/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Titel van de nieuwe taak' }),
      'Reglement schrijven{Enter}',
    );
    await screen.findByRole('treeitem', { name: 'Reglement schrijven' });
    expect(await db.tasks.filter((t) => t.title === 'Reglement schrijven').first()).toMatchObject({
      sprintId: sprint5.id,
      status: 'gepland',
    });
  });

  it('refuses an empty action title and keeps the stored one; Escape gives up the edit', async () => {
    await renderDemo();
    const user = userEvent.setup();
    const action = item('AI-fonds uitwerken');
    action.focus();
    await user.keyboard('{Enter}');
    const title = within(action).getByRole('textbox', { name: 'Titel van de actie' });
    await user.clear(title);
    await user.click(within(action).getByRole('button', { name: 'Opslaan' }));
    expect(within(action).getByRole('alert')).toHaveTextContent('Geef een titel op.');
    await user.keyboard('{Escape}');
    expect(within(action).queryByRole('form')).not.toBeInTheDocument();
    expect(action).toHaveFocus();
    expect(await db.actions.filter((a) => a.title === 'AI-fonds uitwerken').count()).toBe(1);
  });

  it('gives the use-case theme a phase per action and per task', async () => {
    await renderDemo();
    const user = userEvent.setup();
    const action = item('Eerste investeringsdossier(s) aangemeld');
    action.focus();
    await user.keyboard('{Enter}');
    const phase = within(action).getByRole('combobox', { name: 'Fase (use cases)' });
    await user.selectOptions(phase, 'experimenteren');
    await user.click(within(action).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(
        within(item('Eerste investeringsdossier(s) aangemeld')).getByText('Fase: Experimenteren'),
      ).toBeInTheDocument(),
    );
    expect(
      (
        await db.actions
          .filter((a) => a.title === 'Eerste investeringsdossier(s) aangemeld')
          .first()
      )?.phase,
    ).toBe('experimenteren');

    await user.keyboard('{ArrowRight}{ArrowRight}');
    const task = document.activeElement as HTMLElement;
    const taskTitle = task.getAttribute('aria-labelledby')
      ? document.getElementById(task.getAttribute('aria-labelledby')!)!.textContent!
      : '';
    await user.keyboard('{Enter}');
    await user.selectOptions(
      within(task).getByRole('combobox', { name: 'Fase (use cases)' }),
      'investeren',
    );
    await user.click(within(task).getByRole('button', { name: 'Opslaan' }));
    await waitFor(async () =>
      expect((await db.tasks.filter((t) => t.title === taskTitle).first())?.phase).toBe(
        'investeren',
      ),
    );
  });

  it('moves a task to another action with "Verplaatsen naar…"', async () => {
    const rows = await renderDemo();
    const user = userEvent.setup();
    await user.click(within(item(WERKING)).getAllByText('▸')[0]!);
    const dpia = within(item(WERKING)).queryByRole('treeitem', { name: DPIA }) ?? null;
    // The DPIA belongs to the processes action; open that one.
    if (!dpia)
      await user.click(within(item('Processen voor AI-tools en -projecten')).getByText('▸'));
    const task = await screen.findByRole('treeitem', { name: DPIA });
    task.focus();
    await user.keyboard('{Enter}');
    const target = rows.actions.find((a) => a.title === 'Voldoen aan de EU AI Act')!;
    await user.selectOptions(
      within(task).getByRole('combobox', { name: 'Verplaatsen naar…' }),
      `actie:${target.id}`,
    );
    await user.click(within(task).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(
        within(item('Voldoen aan de EU AI Act')).getByRole('treeitem', { name: DPIA }),
      ).toHaveFocus(),
    );
    expect(await db.tasks.filter((t) => t.title === DPIA).first()).toMatchObject({
      actionId: target.id,
      themeId: target.themeId,
    });
  });

  it('reorders actions with Alt+arrow and deletes one after confirmation, keeping its tasks', async () => {
    const rows = await renderDemo();
    const user = userEvent.setup();
    const second = item('AI verankeren in het meerjarenplan');
    second.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => {
      const ordered = (
        await db.actions.where('themeId').equals(rows.themes[0]!.id).sortBy('order')
      ).map((a) => a.title);
      expect(ordered.slice(0, 2)).toEqual([
        'AI verankeren in het meerjarenplan',
        'AI-fonds uitwerken',
      ]);
    });
    const themeItems = () =>
      within(item('Strategie en doelstellingen'))
        .getAllByRole('treeitem')
        .filter((el) => el.getAttribute('aria-level') === '2')
        .map((el) => document.getElementById(el.getAttribute('aria-labelledby')!)!.textContent);
    await waitFor(() =>
      expect(themeItems().slice(0, 2)).toEqual([
        'AI verankeren in het meerjarenplan',
        'AI-fonds uitwerken',
      ]),
    );

    const action = rows.actions.find((a) => a.title === 'AI-fonds uitwerken')!;
    const taskCount = rows.tasks.filter((t) => t.actionId === action.id).length;
    item('AI-fonds uitwerken').focus();
    await user.keyboard('{Delete}');
    const dialog = screen.getByRole('dialog', { name: 'Actie „AI-fonds uitwerken” verwijderen?' });
    expect(dialog).toHaveTextContent(
      `De ${taskCount} taken van deze actie blijven in het thema, zonder actie.`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(await db.actions.get(action.id)).toBeDefined();
    item('AI-fonds uitwerken').focus();
    await user.keyboard('{Enter}');
    await user.click(
      within(item('AI-fonds uitwerken')).getByRole('button', { name: 'Actie verwijderen' }),
    );
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Verwijderen' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('treeitem', { name: 'AI-fonds uitwerken' }),
      ).not.toBeInTheDocument(),
    );
    expect(await db.actions.get(action.id)).toBeUndefined();
    expect(await db.tasks.where('actionId').equals(action.id).count()).toBe(0);
    expect(
      await db.tasks.filter((t) => t.themeId === action.themeId && t.actionId === null).count(),
    ).toBeGreaterThanOrEqual(taskCount);
  });

  it('applies the URL filter: only matching tasks and their actions are shown', async () => {
    window.history.replaceState(null, '', '/?view=jaarplan&geblokkeerd=1');
    const rows = await renderDemo();
    const blocked = rows.tasks.filter((t) => t.status === 'geblokkeerd');
    expect(screen.getByRole('status')).toHaveTextContent(
      `Filter actief: ${blocked.length} van ${rows.tasks.length} taken getoond.`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Alles uitklappen' }));
    const tasks = screen
      .getAllByRole('treeitem')
      .filter(
        (el) => el.getAttribute('aria-level') === '3' || el.classList.contains('outline-task'),
      );
    expect(tasks).toHaveLength(blocked.length);
    expect(
      screen.getByRole('treeitem', {
        name: 'Samenstelling en rollen kernteam wijzigen waar nodig',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: 'AI-fonds uitwerken' })).not.toBeInTheDocument();
  });

  it('collapses and expands everything', async () => {
    await renderDemo();
    await userEvent.click(screen.getByRole('button', { name: 'Alles inklappen' }));
    expect(screen.getAllByRole('treeitem')).toHaveLength(6);
    await userEvent.click(screen.getByRole('button', { name: 'Alles uitklappen' }));
    expect(screen.getByRole('treeitem', { name: DPIA })).toBeInTheDocument();
  });

  it('shows the span of the whole plan, and "Backlog" once on a task without sprint', async () => {
    await renderDemo();
    expect(screen.getByText(/^Hele jaarplan/).parentElement).toHaveTextContent(/Sprint 1–9$/);
    const loose = item('AI-soevereiniteit: standpunt Groep Gent formuleren');
    expect(loose).toHaveAccessibleDescription('Backlog');
  });

  it('lists a long action a page at a time; Enter on "Nog … tonen" shows the next page and focuses its first task', async () => {
    const extra = 60;
    await renderDemo((rows) => {
      const action = rows.actions.find((a) => a.title === 'AI-fonds uitwerken')!;
      for (let i = 0; i < extra; i++)
        rows.tasks.push(
          aTask({
            id: `extra-${i}`,
            planId: rows.plan.id,
            themeId: action.themeId,
            actionId: action.id,
            sprintId: null,
            status: 'backlog',
            title: `Extra taak ${String(i + 1).padStart(2, '0')}`,
            rank: 100_000 + i,
          }),
        );
    });
    const user = userEvent.setup();
    const action = item('AI-fonds uitwerken');
    action.focus();
    await user.keyboard('{ArrowRight}');
    const tasksOf = () =>
      within(item('AI-fonds uitwerken'))
        .getAllByRole('treeitem')
        .filter((el) => el.classList.contains('outline-task'));
    expect(tasksOf()).toHaveLength(OUTLINE_PAGE);
    const total = extra + 3; // the demo action has three tasks
    const more = within(item('AI-fonds uitwerken')).getByRole('treeitem', {
      name: `Nog ${OUTLINE_PAGE} taken tonen (${total - OUTLINE_PAGE} verborgen)`,
    });
    // The arrow keys reach it like any item: it is the last one before the next action.
    item('AI verankeren in het meerjarenplan').focus();
    await user.keyboard('{ArrowUp}');
    expect(more).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(tasksOf()).toHaveLength(2 * OUTLINE_PAGE));
    expect(document.activeElement).toBe(tasksOf()[OUTLINE_PAGE]);
    const last = within(item('AI-fonds uitwerken')).getByRole('treeitem', {
      name: `Nog ${total - 2 * OUTLINE_PAGE} taken tonen (${total - 2 * OUTLINE_PAGE} verborgen)`,
    });
    await user.click(last);
    await waitFor(() => expect(tasksOf()).toHaveLength(total));
    expect(
      within(item('AI-fonds uitwerken')).queryByRole('treeitem', {
        name: /^Nog \d+ ta(ak|ken) tonen/,
      }),
    ).toBeNull();
  });

  it('shows a task just added even when its action lists more tasks than one page', async () => {
    await renderDemo((rows) => {
      const action = rows.actions.find((a) => a.title === 'AI-fonds uitwerken')!;
      for (let i = 0; i < 40; i++)
        rows.tasks.push(
          aTask({
            id: `extra-${i}`,
            planId: rows.plan.id,
            themeId: action.themeId,
            actionId: action.id,
            sprintId: null,
            status: 'backlog',
            title: `Extra taak ${i}`,
            rank: 100_000 + i,
          }),
        );
    });
    const user = userEvent.setup();
    await user.click(
      within(item('AI-fonds uitwerken')).getByRole('button', { name: /Taak toevoegen/ }),
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Titel van de nieuwe taak' }),
      'Helemaal achteraan{Enter}',
    );
    // By text: a role query over a tree of this size outlasts findBy's default wait.
    const added = await screen.findByText(
      'Helemaal achteraan',
      { selector: '.outline-title' },
      { timeout: 10_000 },
    );
    expect(added.closest('[role="treeitem"]')).toHaveAttribute('aria-level', '3');
    expect(
      within(item('AI-fonds uitwerken')).getByRole('treeitem', { name: /^Nog \d+ taken tonen/ }),
    ).toBeInTheDocument();
  });

  it('keeps the DOM small on a plan of 10,000 tasks, expanded or not', async () => {
    const rows = demoRows();
    await writePlanRows(rows);
    const big = Array.from({ length: 10_000 }, (_, i) => {
      const action = rows.actions[i % rows.actions.length]!;
      // Every fifth without action, as a Planner import leaves them.
      return aTask({
        id: `big-${i}`,
        planId: rows.plan.id,
        themeId: action.themeId,
        actionId: i % 5 === 0 ? null : action.id,
        sprintId: null,
        status: 'backlog',
        title: `Taak ${i}`,
        rank: i,
      });
    });
    await db.tasks.bulkAdd(big);
    render(<Live planId={rows.plan.id} />);
    await screen.findAllByRole('treeitem', { name: /^Nog \d+ taken tonen/ }, { timeout: 20_000 });
    const perGroup = OUTLINE_PAGE + 1;
    // Themes open, actions closed: the themes' own tasks, a page each.
    expect(screen.getAllByRole('treeitem').length).toBeLessThanOrEqual(
      rows.themes.length * (1 + perGroup) + rows.actions.length,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Alles uitklappen' }));
    const items = screen.getAllByRole('treeitem').length;
    expect(items).toBeLessThanOrEqual(
      rows.themes.length * (1 + perGroup) + rows.actions.length * (1 + perGroup),
    );
    expect(document.querySelectorAll('*').length).toBeLessThan(items * 25);
  });

  it('on a plan opened with a read-only link, has no add or edit buttons and Enter opens no form', async () => {
    const rows = await renderDemo();
    await openedReadOnly(rows.plan.id);
    const tree = screen.getByRole('tree');
    await waitFor(() =>
      expect(within(tree).queryAllByRole('button', { name: /Actie toevoegen/ })).toHaveLength(0),
    );
    expect(within(tree).queryAllByRole('button', { name: /Taak toevoegen/ })).toHaveLength(0);
    expect(within(tree).queryAllByRole('button', { name: / bewerken$/ })).toHaveLength(0);
    item(ROLLEN).focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(within(tree).queryAllByRole('textbox')).toHaveLength(0);
  });
});
