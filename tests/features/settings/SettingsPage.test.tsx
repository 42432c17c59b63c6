import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useActivePlanId, usePlanBundle } from '../../../src/db/live';
import { activePlanId } from '../../../src/db/queries';
import { connectPlan } from '../../../src/db/commands/sync';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { SettingsPage } from '../../../src/features/settings/SettingsPage';
import { setClock } from '../../../src/lib/clock';
import { useToasts } from '../../../src/state/toast';

// The whole demo plan is on one page: many fields, each live-read, so a loaded machine needs time.
configure({ asyncUtilTimeout: 5000 });

const STRATEGIE = 'Strategie en doelstellingen';
const BETROUWBAAR = 'Betrouwbare AI';

// Like the app shell: the page follows the active plan, so switching plans repaints it.
function Live() {
  const planId = useActivePlanId();
  const bundle = usePlanBundle(planId);
  return bundle ? <SettingsPage bundle={bundle} renderStorage={() => <p>Opslagpaneel</p>} /> : null;
}

async function renderDemo() {
  const rows = demoRows();
  await writePlanRows(rows);
  render(<Live />);
  await screen.findByRole('heading', { level: 2, name: 'Instellingen' });
  // Task counts arrive through their own live query.
  await within(themeGroup(STRATEGIE)).findByText(/\(\d+ taken\)/);
  return rows;
}

const section = (name: string) => screen.getByRole('region', { name });
const themeGroup = (name: string) =>
  within(screen.getByRole('region', { name: 'Labels' })).getByRole('group', {
    name: new RegExp(`^${name} \\(\\d+ ta(ak|ken)\\)$`),
  });
const personGroup = (name: string) => within(section('Mensen')).getByRole('group', { name });
const sprintRow = (n: number) =>
  within(section('Sprintkalender')).getByRole('row', { name: new RegExp(`^Sprint ${n}\\b`) });
const dialog = () => screen.getByRole('dialog');

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T09:00:00Z'));
  window.history.replaceState(null, '', '/?view=instellingen');
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('SettingsPage', { timeout: 30_000 }, () => {
  it('on a plan opened with a read-only link, disables what edits the plan and keeps this device’s choices', async () => {
    const rows = await renderDemo();
    await connectPlan({
      planId: rows.plan.id,
      serverUrl: 'wss://sync.example.org',
      token: 'read-token-of-at-least-16',
      readToken: 'read-token-of-at-least-16',
      access: 'read',
    });
    await waitFor(() =>
      expect(
        within(section('Jaarplan')).getByRole('textbox', { name: 'Naam van het jaarplan' }),
      ).toBeDisabled(),
    );
    for (const name of ['Labels', 'Acties per thema', 'Mensen', 'Sprintkalender']) {
      const controls = (['textbox', 'button', 'combobox', 'spinbutton'] as const).flatMap((role) =>
        within(section(name)).queryAllByRole(role),
      );
      expect(controls.length).toBeGreaterThan(0);
      for (const control of controls) expect(control).toBeDisabled();
    }
    expect(
      within(section('Jaarplan')).getByRole('combobox', { name: 'Jaarplan kiezen' }),
    ).toBeEnabled();
    for (const control of within(section('Ik ben')).getAllByRole('combobox'))
      expect(control).toBeEnabled();
    // Adding oneself would add a person to the plan: not offered.
    expect(
      within(section('Ik ben')).queryByRole('button', { name: 'Mezelf toevoegen' }),
    ).toBeNull();
  });

  it('has a heading per section, a table of contents and the storage panel passed in', async () => {
    await renderDemo();
    for (const name of [
      'Jaarplan',
      'Labels',
      'Acties per thema',
      'Mensen',
      'Ik ben',
      'Sprintkalender',
      'WIP-limieten',
      'Samenwerken',
    ]) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
      expect(section(name)).toBeInTheDocument();
    }
    const toc = screen.getByRole('navigation', { name: 'Onderdelen van de instellingen' });
    expect(
      within(toc)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Jaarplan',
      'Labels',
      'Acties per thema',
      'Mensen',
      'Ik ben',
      'Sprintkalender',
      'WIP-limieten',
      'Samenwerken',
      'Opslag',
    ]);
    expect(screen.getByText('Opslagpaneel')).toBeInTheDocument();
  });

  describe('"Ik ben"', () => {
    it("chooses who works on this device from the plan's people, and says so", async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const person = rows.people[0]!;
      const field = within(section('Ik ben')).getByRole('combobox', { name: 'Ik ben' });
      await user.selectOptions(field, person.id);
      await waitFor(async () =>
        expect((await db.meta.get(`me:${rows.plan.id}`))?.value).toBe(person.id),
      );
      expect(await screen.findByText(`Je werkt hier als ${person.name}.`)).toBeInTheDocument();
      // Chosen: the "add myself" form is not needed any more.
      expect(
        within(section('Ik ben')).queryByRole('button', { name: 'Mezelf toevoegen' }),
      ).not.toBeInTheDocument();
    });

    it('adds the user to the people and chooses them; an empty name is refused', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const own = within(section('Ik ben'));
      await user.click(own.getByRole('button', { name: 'Mezelf toevoegen' }));
      expect(await own.findByRole('alert')).toHaveTextContent('Geef een naam op.');
      expect(await db.meta.get(`me:${rows.plan.id}`)).toBeUndefined();
      await user.type(
        own.getByRole('textbox', { name: 'Sta je er niet tussen? Jouw naam' }),
        'Zoë Claes',
      );
      await user.click(own.getByRole('button', { name: 'Mezelf toevoegen' }));
      await waitFor(async () => {
        const me = (await db.meta.get(`me:${rows.plan.id}`))?.value;
        expect((await db.people.get(String(me)))?.name).toBe('Zoë Claes');
      });
      // The new person reaches the list through the plan's live query, after the store has it.
      await waitFor(() =>
        expect(
          within(section('Ik ben')).getByRole('combobox', { name: 'Ik ben' }),
        ).toHaveDisplayValue('Zoë Claes'),
      );
    });
  });

  describe('labels', () => {
    it('renames a theme and its short label on leaving the field', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const name = within(themeGroup(STRATEGIE)).getByRole('textbox', { name: 'Naam' });
      await user.clear(name);
      await user.type(name, 'Strategie en beleid');
      await user.tab();
      const id = rows.themes.find((t) => t.name === STRATEGIE)!.id;
      await waitFor(async () =>
        expect((await db.themes.get(id))!.name).toBe('Strategie en beleid'),
      );
      await waitFor(() => expect(themeGroup('Strategie en beleid')).toBeInTheDocument());
      const label = within(themeGroup('Strategie en beleid')).getByRole('textbox', {
        name: 'Kort label',
      });
      await user.clear(label);
      await user.type(label, 'beleid{Enter}');
      await waitFor(async () => expect((await db.themes.get(id))!.label).toBe('beleid'));
      // Saving is said out loud in the page's live region.
      expect(await screen.findByText('Kort label: bewaard.')).toHaveAttribute('role', 'status');
    });

    it('refuses an empty name with a message and keeps the stored one', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const name = within(themeGroup(STRATEGIE)).getByRole('textbox', { name: 'Naam' });
      await user.clear(name);
      await user.type(name, '   {Enter}');
      const alert = within(themeGroup(STRATEGIE)).getByRole('alert');
      expect(alert).toHaveTextContent('Geef een naam op.');
      expect(name).toHaveAttribute('aria-invalid', 'true');
      expect(name).toHaveAccessibleDescription('Geef een naam op.');
      expect((await db.themes.get(rows.themes[0]!.id))!.name).toBe(STRATEGIE);
      // Escape puts the stored value back.
      await user.keyboard('{Escape}');
      expect(name).toHaveValue(STRATEGIE);
      expect(name).not.toHaveAttribute('aria-invalid');
    });

    it('refuses a colour too light for the white chip text and saves a dark one', async () => {
      const rows = await renderDemo();
      const id = rows.themes.find((t) => t.name === STRATEGIE)!.id;
      const color = within(themeGroup(STRATEGIE)).getByLabelText('Kleur');
      fireEvent.change(color, { target: { value: '#ffff00' } });
      expect(await within(themeGroup(STRATEGIE)).findByRole('alert')).toHaveTextContent(
        /te licht.*1:1 contrast.*4,5:1/,
      );
      expect((await db.themes.get(id))!.color).toBe('#1f5fa8');
      fireEvent.change(color, { target: { value: '#123456' } });
      await waitFor(async () => expect((await db.themes.get(id))!.color).toBe('#123456'));
      expect(within(themeGroup(STRATEGIE)).queryByRole('alert')).not.toBeInTheDocument();
    });

    it('moves a theme down and up by keyboard, keeping focus on it', async () => {
      await renderDemo();
      const user = userEvent.setup();
      const down = within(themeGroup(STRATEGIE)).getByRole('button', {
        name: `${STRATEGIE} omlaag`,
      });
      expect(
        within(themeGroup(STRATEGIE)).getByRole('button', { name: `${STRATEGIE} omhoog` }),
      ).toBeDisabled();
      down.focus();
      await user.keyboard('{Enter}');
      const ordered = () =>
        db.themes.toArray().then((all) => all.sort((a, b) => a.order - b.order));
      await waitFor(async () => expect((await ordered())[0]!.name).not.toBe(STRATEGIE));
      const themes = await ordered();
      expect(themes[1]!.name).toBe(STRATEGIE);
      const shown = () =>
        within(screen.getByRole('list', { name: 'Labels in volgorde' }))
          .getAllByRole('group')
          .map((g) => g.querySelector('.settings-legend-name')!.textContent)
          .slice(0, 2);
      await waitFor(() =>
        expect(shown()).toEqual(['AI-rollen, processen en verantwoordelijkheden', STRATEGIE]),
      );
      // The list was drawn anew and focus is still on the moved theme's button.
      await waitFor(() =>
        expect(
          within(themeGroup(STRATEGIE)).getByRole('button', { name: `${STRATEGIE} omlaag` }),
        ).toHaveFocus(),
      );
      // Back up to the top: "omhoog" turns disabled there, so focus lands on "omlaag".
      await user.keyboard('{Shift>}{Tab}{/Shift}');
      expect(
        within(themeGroup(STRATEGIE)).getByRole('button', { name: `${STRATEGIE} omhoog` }),
      ).toHaveFocus();
      await user.keyboard('{Enter}');
      await waitFor(async () => expect((await ordered())[0]!.name).toBe(STRATEGIE));
      await waitFor(() =>
        expect(
          within(themeGroup(STRATEGIE)).getByRole('button', { name: `${STRATEGIE} omlaag` }),
        ).toHaveFocus(),
      );
    });

    it('adds a theme and refuses one without a name', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const form = within(section('Labels')).getByRole('group', { name: 'Nieuw label' });
      await user.click(within(form).getByRole('button', { name: 'Label toevoegen' }));
      expect(within(form).getByRole('alert')).toHaveTextContent('Geef een naam op.');
      expect(await db.themes.count()).toBe(rows.themes.length);
      await user.type(within(form).getByRole('textbox', { name: 'Naam' }), 'AI-platform');
      await user.type(within(form).getByRole('textbox', { name: 'Kort label' }), 'platform');
      await user.click(within(form).getByRole('button', { name: 'Label toevoegen' }));
      expect(await within(form).findByText('Label „AI-platform” toegevoegd.')).toBeInTheDocument();
      const added = await db.themes.filter((t) => t.name === 'AI-platform').first();
      expect(added).toMatchObject({ label: 'platform', order: 7 });
      expect(added!.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(
        await screen.findByRole('group', { name: /^AI-platform \(0 taken\)$/ }),
      ).toBeInTheDocument();
    });

    it('keeps labels typed one after another without waiting apart, each with its own name', async () => {
      await renderDemo();
      // No delay between keys: the next name is typed while the previous write is still running.
      const user = userEvent.setup({ delay: null });
      const form = within(section('Labels')).getByRole('group', { name: 'Nieuw label' });
      const name = within(form).getByRole('textbox', { name: 'Naam' });
      await user.type(name, 'Platform{Enter}Opleiding{Enter}');
      expect(name).toHaveValue('');
      await waitFor(async () =>
        expect(
          (await db.themes.toArray())
            .sort((a, b) => a.order - b.order)
            .slice(-2)
            .map((t) => t.name),
        ).toEqual(['Platform', 'Opleiding']),
      );
    });

    it('deletes a theme with tasks only after choosing where its tasks go', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const strategie = rows.themes.find((t) => t.name === STRATEGIE)!;
      const target = rows.themes.find((t) => t.name === BETROUWBAAR)!;
      const moving = rows.tasks.filter((t) => t.themeId === strategie.id).length;
      await user.click(
        within(themeGroup(STRATEGIE)).getByRole('button', {
          name: `Label ${STRATEGIE} verwijderen`,
        }),
      );
      expect(
        within(dialog()).getByRole('heading', { name: `Label „${STRATEGIE}” verwijderen?` }),
      ).toBeInTheDocument();
      expect(dialog()).toHaveTextContent(`Dit label heeft ${moving} taken en 3 acties.`);
      await user.click(
        within(dialog()).getByRole('button', { name: 'Verplaatsen en verwijderen' }),
      );
      expect(within(dialog()).getByRole('alert')).toHaveTextContent(
        'Kies eerst naar welk label de taken gaan.',
      );
      expect(await db.themes.get(strategie.id)).toBeDefined();
      await user.selectOptions(
        within(dialog()).getByRole('combobox', { name: 'Taken en acties verplaatsen naar' }),
        BETROUWBAAR,
      );
      await user.click(
        within(dialog()).getByRole('button', { name: 'Verplaatsen en verwijderen' }),
      );
      await waitFor(async () => expect(await db.themes.get(strategie.id)).toBeUndefined());
      expect(await db.tasks.filter((t) => t.themeId === strategie.id).count()).toBe(0);
      const inTarget = await db.tasks.filter((t) => t.themeId === target.id).count();
      expect(inTarget).toBe(rows.tasks.filter((t) => t.themeId === target.id).length + moving);
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    });
  });

  describe('actions', () => {
    it('adds, edits, reorders and deletes an action of a theme', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const sub = () =>
        within(section('Acties per thema')).getByRole('region', { name: BETROUWBAAR });
      const add = within(sub()).getByRole('textbox', { name: `Nieuwe actie voor ${BETROUWBAAR}` });
      await user.type(add, '  {Enter}');
      expect(within(sub()).getByRole('alert')).toHaveTextContent('Geef een titel op.');
      await user.clear(add);
      await user.type(add, 'Register van AI-systemen{Enter}');
      const group = await within(sub()).findByRole('group', { name: 'Register van AI-systemen' });
      const stored = await db.actions.filter((a) => a.title === 'Register van AI-systemen').first();
      expect(stored).toMatchObject({
        themeId: rows.themes.find((t) => t.name === BETROUWBAAR)!.id,
        order: 4,
      });

      await user.selectOptions(
        within(group).getByRole('combobox', { name: 'Eigenaar' }),
        'Business-analist',
      );
      const sprint5 = rows.sprints.find((s) => s.number === 5)!;
      await user.selectOptions(
        within(group).getByRole('combobox', { name: 'Doelsprint' }),
        'Sprint 5 · 9 jun – 20 jul 2025',
      );
      const description = within(group).getByRole('textbox', { name: 'Beschrijving' });
      await user.type(description, 'Welke systemen draaien waar.');
      await user.tab();
      const ba = rows.people.find((p) => p.name === 'Business-analist')!;
      await waitFor(async () =>
        expect(await db.actions.get(stored!.id)).toMatchObject({
          ownerId: ba.id,
          targetSprintId: sprint5.id,
          description: 'Welke systemen draaien waar.',
        }),
      );

      await user.click(
        within(group).getByRole('button', { name: 'Register van AI-systemen omhoog' }),
      );
      await waitFor(async () => expect((await db.actions.get(stored!.id))!.order).toBe(3));

      await user.click(
        within(sub())
          .getByRole('group', { name: 'Register van AI-systemen' })
          .querySelector('.settings-danger')!,
      );
      expect(dialog()).toHaveTextContent('Deze actie heeft geen taken.');
      await user.click(within(dialog()).getByRole('button', { name: 'Verwijderen' }));
      await waitFor(async () => expect(await db.actions.get(stored!.id)).toBeUndefined());
    });

    it('says that the tasks of a deleted action stay in the theme', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const action = rows.actions.find(
        (a) => rows.tasks.filter((t) => t.actionId === a.id).length > 1,
      )!;
      const count = rows.tasks.filter((t) => t.actionId === action.id).length;
      const theme = rows.themes.find((t) => t.id === action.themeId)!;
      await user.click(screen.getByRole('button', { name: `Actie ${action.title} verwijderen` }));
      expect(dialog()).toHaveTextContent(
        `De ${count} taken van deze actie blijven bestaan, in label „${theme.name}”, zonder actie.`,
      );
      await user.click(within(dialog()).getByRole('button', { name: 'Verwijderen' }));
      await waitFor(async () => expect(await db.actions.get(action.id)).toBeUndefined());
      expect(
        await db.tasks
          .filter((t) => rows.tasks.some((o) => o.id === t.id && o.actionId === action.id))
          .toArray(),
      ).toHaveLength(count);
      expect(await db.tasks.where('actionId').equals(action.id).count()).toBe(0);
    });
  });

  describe('people', () => {
    it('keeps people typed one after another without waiting apart, each with their own name', async () => {
      await renderDemo();
      const user = userEvent.setup({ delay: null });
      const form = within(section('Mensen')).getByRole('group', { name: 'Nieuwe persoon' });
      const name = within(form).getByRole('textbox', { name: 'Naam' });
      await user.type(name, 'Juridische dienst{Enter}Archief{Enter}');
      expect(name).toHaveValue('');
      await waitFor(async () =>
        expect(
          (
            await db.people
              .filter((p) => ['Juridische dienst', 'Archief'].includes(p.name))
              .toArray()
          )
            .map((p) => p.name)
            .sort(),
        ).toEqual(['Archief', 'Juridische dienst']),
      );
    });

    it('adds a person with initials from the name and refuses initials that are too long', async () => {
      await renderDemo();
      const user = userEvent.setup();
      const form = within(section('Mensen')).getByRole('group', { name: 'Nieuwe persoon' });
      await user.type(within(form).getByRole('textbox', { name: 'Naam' }), 'Juridische dienst');
      await user.type(within(form).getByRole('textbox', { name: 'Initialen' }), 'JURI');
      await user.click(within(form).getByRole('button', { name: 'Persoon toevoegen' }));
      expect(within(form).getByRole('alert')).toHaveTextContent(
        'Initialen zijn hoogstens 3 tekens.',
      );
      expect(await db.people.filter((p) => p.name === 'Juridische dienst').count()).toBe(0);
      await user.clear(within(form).getByRole('textbox', { name: 'Initialen' }));
      await user.type(within(form).getByRole('textbox', { name: 'Rol' }), 'Advies');
      await user.click(within(form).getByRole('button', { name: 'Persoon toevoegen' }));
      await waitFor(async () =>
        expect(await db.people.filter((p) => p.name === 'Juridische dienst').first()).toMatchObject(
          { initials: 'JD', role: 'Advies' },
        ),
      );
      expect(await screen.findByRole('group', { name: 'Juridische dienst' })).toBeInTheDocument();
    });

    it('edits initials and removes a person from their tasks on delete', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const hr = rows.people.find((p) => p.name === 'HR')!;
      const initials = within(personGroup('HR')).getByRole('textbox', { name: 'Initialen' });
      await user.clear(initials);
      await user.type(initials, '{Enter}');
      expect(within(personGroup('HR')).getByRole('alert')).toHaveTextContent('Geef initialen op.');
      await user.type(initials, 'hrm{Enter}');
      await waitFor(async () => expect((await db.people.get(hr.id))!.initials).toBe('HRM'));

      const assigned = rows.tasks.filter((t) => t.assigneeIds.includes(hr.id)).length;
      expect(assigned).toBeGreaterThan(0);
      await user.click(within(personGroup('HR')).getByRole('button', { name: 'HR verwijderen' }));
      expect(dialog()).toHaveTextContent(
        `„HR” wordt van ${assigned} taken gehaald. De taken zelf blijven bestaan.`,
      );
      await user.click(within(dialog()).getByRole('button', { name: 'Verwijderen' }));
      await waitFor(async () => expect(await db.people.get(hr.id)).toBeUndefined());
      expect(await db.tasks.count()).toBe(rows.tasks.length);
      expect(await db.tasks.filter((t) => t.assigneeIds.includes(hr.id)).count()).toBe(0);
    });
  });

  describe('sprint calendar', () => {
    it('shows each sprint with its dates and stretches one, the later ones follow', async () => {
      await renderDemo();
      const user = userEvent.setup();
      expect(sprintRow(4)).toHaveTextContent('28 apr – 8 jun 2025');
      expect(sprintRow(5)).toHaveTextContent('9 jun – 20 jul 2025');
      const weeks = within(sprintRow(4)).getByRole('spinbutton', {
        name: 'Lengte van sprint 4 in weken',
      });
      await user.clear(weeks);
      await user.type(weeks, '8{Enter}');
      await waitFor(() => expect(sprintRow(4)).toHaveTextContent('28 apr – 22 jun 2025'));
      expect(sprintRow(5)).toHaveTextContent('23 jun – 3 aug 2025');
      // Back to the default with one button.
      await user.click(
        within(sprintRow(4)).getByRole('button', { name: 'Sprint 4 terug op de standaardlengte' }),
      );
      await waitFor(() => expect(sprintRow(5)).toHaveTextContent('9 jun – 20 jul 2025'));
      expect(within(sprintRow(4)).getByRole('spinbutton')).toHaveFocus();
    });

    it.each([
      ['0', 'Een sprint duurt minstens 1 week; 0 of minder kan niet.'],
      ['-2', 'Een sprint duurt minstens 1 week; 0 of minder kan niet.'],
      ['27', 'Een sprint duurt hoogstens 26 weken.'],
      ['', 'Geef een aantal weken op.'],
    ])(
      'refuses a sprint length of %j with a Dutch message and changes nothing',
      async (value, message) => {
        await renderDemo();
        const user = userEvent.setup();
        const before = await db.sprints.toArray();
        const weeks = within(sprintRow(4)).getByRole('spinbutton', {
          name: 'Lengte van sprint 4 in weken',
        });
        await user.clear(weeks);
        if (value) await user.type(weeks, value);
        await user.keyboard('{Enter}');
        expect(within(sprintRow(4)).getByRole('alert')).toHaveTextContent(message);
        expect(weeks).toHaveAttribute('aria-invalid', 'true');
        expect(await db.sprints.toArray()).toEqual(before);

        const fallback = within(section('Sprintkalender')).getByRole('spinbutton', {
          name: 'Standaardlengte in weken',
        });
        await user.clear(fallback);
        if (value) await user.type(fallback, value);
        await user.tab();
        expect(
          within(section('Sprintkalender'))
            .getAllByRole('alert')
            .map((a) => a.textContent),
        ).toContain(message);
        expect((await db.plans.toArray())[0]!.sprintSettings.lengthWeeks).toBe(6);
      },
    );

    it('moves the first sprint start and refuses an impossible date', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const start = within(section('Sprintkalender')).getByRole('textbox', {
        name: 'Start eerste sprint (dd-mm-jjjj)',
      });
      expect(start).toHaveValue('06-01-2025');
      await user.clear(start);
      await user.type(start, '31-02-2025{Enter}');
      expect(within(section('Sprintkalender')).getByRole('alert')).toHaveTextContent(
        'Die datum bestaat niet.',
      );
      expect((await db.plans.get(rows.plan.id))!.sprintSettings.firstStart).toBe('2025-01-06');
      await user.clear(start);
      await user.type(start, '13-1-2025{Enter}');
      await waitFor(() => expect(sprintRow(1)).toHaveTextContent('13 jan – 9 feb 2025'));
      await waitFor(() => expect(start).toHaveValue('13-01-2025'));
    });

    it('saves a sprint goal', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const goal = within(sprintRow(5)).getByRole('textbox', { name: 'Doel van sprint 5' });
      await user.clear(goal);
      await user.type(goal, 'DPIA afgerond{Enter}');
      const s5 = rows.sprints.find((s) => s.number === 5)!;
      await waitFor(async () => expect((await db.sprints.get(s5.id))!.goal).toBe('DPIA afgerond'));
    });
  });

  describe('year plan', () => {
    it('renames the plan and refuses an impossible year', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const plan = section('Jaarplan');
      const name = within(plan).getByRole('textbox', { name: 'Naam van het jaarplan' });
      await user.clear(name);
      await user.type(name, 'Jaarplan AI-kernteam 2025{Enter}');
      await waitFor(async () =>
        expect((await db.plans.get(rows.plan.id))!.name).toBe('Jaarplan AI-kernteam 2025'),
      );
      const year = within(plan).getByRole('spinbutton', { name: 'Jaar' });
      await user.clear(year);
      await user.type(year, '1999{Enter}');
      expect(within(plan).getByRole('alert')).toHaveTextContent(
        'Geef een jaar tussen 2000 en 2100 op.',
      );
      expect((await db.plans.get(rows.plan.id))!.year).toBe(2025);
    });

    it('lets the new plan form pick its first sprint start from a calendar by keyboard', async () => {
      await renderDemo();
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Volgend jaarplan starten' }));
      const form = within(dialog());
      const start = form.getByRole('textbox', { name: 'Start eerste sprint (dd-mm-jjjj)' });
      expect(start).toHaveValue('05-01-2026');
      const pick = form.getByRole('button', {
        name: 'Kalender voor Start eerste sprint (dd-mm-jjjj)',
      });
      pick.focus();
      await user.keyboard('{Enter}');
      // The calendar loads on first use, then takes the focus on the chosen day.
      const grid = await form.findByRole('grid');
      await waitFor(() => expect(grid).toContainElement(document.activeElement as HTMLElement));
      await user.keyboard('{ArrowDown}{Enter}');
      expect(start).toHaveValue('12-01-2026');
      expect(pick).toHaveFocus();
      // Escape closed only the calendar before; the form is still open.
      await user.keyboard('{Enter}{Escape}');
      expect(form.queryByRole('grid')).toBeNull();
      expect(dialog()).toBeInTheDocument();
    });

    it('starts next year’s plan with the open tasks carried over, then switches back', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Volgend jaarplan starten' }));
      const form = within(dialog());
      expect(form.getByRole('textbox', { name: 'Naam' })).toHaveValue('Jaarplan AI 2026');
      expect(form.getByRole('spinbutton', { name: 'Jaar' })).toHaveValue(2026);
      expect(form.getByRole('textbox', { name: 'Start eerste sprint (dd-mm-jjjj)' })).toHaveValue(
        '05-01-2026',
      );
      expect(form.getByRole('spinbutton', { name: 'Sprintlengte in weken' })).toHaveValue(6);
      const open = rows.tasks.filter((t) => t.status !== 'afgerond').length;
      const carry = form.getByRole('checkbox', {
        name: `Open taken meenemen (${open} taken niet afgerond)`,
      });
      expect(carry).toBeChecked();

      // Bad input is refused field by field and nothing is created.
      await user.clear(form.getByRole('textbox', { name: 'Start eerste sprint (dd-mm-jjjj)' }));
      await user.type(
        form.getByRole('textbox', { name: 'Start eerste sprint (dd-mm-jjjj)' }),
        '31-02-2026',
      );
      await user.clear(form.getByRole('spinbutton', { name: 'Sprintlengte in weken' }));
      await user.type(form.getByRole('spinbutton', { name: 'Sprintlengte in weken' }), '0');
      await user.click(form.getByRole('button', { name: 'Jaarplan starten' }));
      expect(form.getAllByRole('alert').map((a) => a.textContent)).toEqual([
        'Een sprint duurt minstens 1 week; 0 of minder kan niet.',
        'Die datum bestaat niet. Typ hem als dd-mm-jjjj, bijvoorbeeld 05-01-2026.',
      ]);
      expect(await db.plans.count()).toBe(1);

      await user.clear(form.getByRole('textbox', { name: 'Start eerste sprint (dd-mm-jjjj)' }));
      await user.type(
        form.getByRole('textbox', { name: 'Start eerste sprint (dd-mm-jjjj)' }),
        '05-01-2026',
      );
      await user.clear(form.getByRole('spinbutton', { name: 'Sprintlengte in weken' }));
      await user.type(form.getByRole('spinbutton', { name: 'Sprintlengte in weken' }), '6');
      await user.click(form.getByRole('button', { name: 'Jaarplan starten' }));

      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      const switcher = within(section('Jaarplan')).getByRole('combobox', {
        name: 'Jaarplan kiezen',
      });
      await waitFor(() =>
        expect(
          within(section('Jaarplan')).getByRole('textbox', { name: 'Naam van het jaarplan' }),
        ).toHaveValue('Jaarplan AI 2026'),
      );
      const next = (await db.plans.where('year').equals(2026).first())!;
      expect(await activePlanId()).toBe(next.id);
      expect(await db.tasks.where('planId').equals(next.id).count()).toBe(open);
      await waitFor(() => expect(sprintRow(1)).toHaveTextContent('5 jan – 15 feb 2026'));

      await user.selectOptions(switcher, 'Jaarplan AI 2025 (2025)');
      await waitFor(() =>
        expect(
          within(section('Jaarplan')).getByRole('textbox', { name: 'Naam van het jaarplan' }),
        ).toHaveValue('Jaarplan AI 2025'),
      );
      expect(await activePlanId()).toBe(rows.plan.id);
      expect(await db.tasks.where('planId').equals(rows.plan.id).count()).toBe(rows.tasks.length);
    });

    it('starts an empty plan, deletes it after confirmation and cannot delete the last one', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      const plan = () => section('Jaarplan');
      expect(within(plan()).getByRole('button', { name: 'Jaarplan verwijderen' })).toBeDisabled();
      expect(within(plan()).getByText(/enige jaarplan/)).toBeInTheDocument();

      await user.click(within(plan()).getByRole('button', { name: 'Nieuw leeg jaarplan' }));
      const name = within(dialog()).getByRole('textbox', { name: 'Naam' });
      expect(name).toHaveValue('Nieuw jaarplan 2025');
      await user.clear(name);
      await user.click(within(dialog()).getByRole('button', { name: 'Jaarplan aanmaken' }));
      expect(within(dialog()).getByRole('alert')).toHaveTextContent('Geef een naam op.');
      expect(name).toHaveFocus();
      await user.type(name, 'Proefplan');
      await user.click(within(dialog()).getByRole('button', { name: 'Jaarplan aanmaken' }));
      await waitFor(() =>
        expect(within(plan()).getByRole('textbox', { name: 'Naam van het jaarplan' })).toHaveValue(
          'Proefplan',
        ),
      );
      const empty = (await db.plans.filter((p) => p.name === 'Proefplan').first())!;
      expect(await db.themes.where('planId').equals(empty.id).count()).toBe(0);
      expect(
        within(section('Labels')).getByText('Dit jaarplan heeft nog geen labels.'),
      ).toBeInTheDocument();

      const del = within(plan()).getByRole('button', { name: 'Jaarplan verwijderen' });
      await waitFor(() => expect(del).toBeEnabled());
      await user.click(del);
      expect(
        within(dialog()).getByRole('heading', { name: 'Jaarplan „Proefplan” verwijderen?' }),
      ).toBeInTheDocument();
      await user.click(within(dialog()).getByRole('button', { name: 'Annuleren' }));
      expect(await db.plans.get(empty.id)).toBeDefined();
      await user.click(del);
      await user.click(within(dialog()).getByRole('button', { name: 'Definitief verwijderen' }));
      await waitFor(async () => expect(await db.plans.get(empty.id)).toBeUndefined());
      expect(await activePlanId()).toBe(rows.plan.id);
      await waitFor(() =>
        expect(within(plan()).getByRole('textbox', { name: 'Naam van het jaarplan' })).toHaveValue(
          'Jaarplan AI 2025',
        ),
      );
    });

    it('restores the demo plan after confirmation', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      await db.meta.put({ key: 'demoPlanId', value: rows.plan.id });
      await db.themes.update(rows.themes[0]!.id, { name: 'Iets anders' });
      await user.click(screen.getByRole('button', { name: 'Demo-jaarplan herstellen' }));
      expect(dialog()).toHaveTextContent('wordt vervangen');
      await user.click(within(dialog()).getByRole('button', { name: 'Demo herstellen' }));
      await waitFor(async () => expect(await db.plans.get(rows.plan.id)).toBeUndefined());
      expect(await db.plans.count()).toBe(1);
      expect(await db.themes.filter((t) => t.name === STRATEGIE).count()).toBe(1);
      await waitFor(() => expect(themeGroup(STRATEGIE)).toBeInTheDocument());
    });

    it('restoring a shared demo plan says that team sync stopped for it on this device', async () => {
      const rows = await renderDemo();
      const user = userEvent.setup();
      await db.meta.put({ key: 'demoPlanId', value: rows.plan.id });
      await connectPlan({
        planId: rows.plan.id,
        serverUrl: 'ws://127.0.0.1:4520',
        token: 'a-token-of-at-least-16-chars',
      });
      await user.click(screen.getByRole('button', { name: 'Demo-jaarplan herstellen' }));
      await user.click(within(dialog()).getByRole('button', { name: 'Demo herstellen' }));
      await waitFor(() =>
        expect(useToasts.getState().toasts.at(-1)?.message).toBe(
          'Demo-jaarplan hersteld en geopend. Het vorige demo-jaarplan werd met het team gedeeld: Team-sync is ervoor gestopt op dit toestel en het plan van het team is niet gewijzigd.',
        ),
      );
      expect(await db.syncPlans.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    });
  });
});
