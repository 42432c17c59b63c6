import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportAll } from '../../../src/db/commands/backup';
import { connectPlan } from '../../../src/db/commands/sync';
import { createTask } from '../../../src/db/commands/tasks';
import { planBundle, type PlanBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import { makeBackup } from '../../../src/domain/backup';
import { DataPage } from '../../../src/features/data/DataPage';
import { setClock } from '../../../src/lib/clock';
import { useToasts } from '../../../src/state/toast';

async function snapshot() {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

let bundle: PlanBundle;

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
  const rows = demoRows();
  await writePlanRows(rows);
  bundle = (await planBundle(rows.plan.id))!;
  useToasts.setState({ toasts: [] });
});
afterEach(() => setClock(null));

function jsonFile(text: string, name = 'sprintbord-backup-2025-05-20.json') {
  return new File([text], name, { type: 'application/json' });
}

async function plannerFile(rows: unknown[][]): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tasks');
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return new File([buffer], 'planner.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

describe('DataPage: restore', () => {
  it.each([
    [
      'a truncated backup',
      '{"format":"sprintbord-backup","version":1,"data":{"plans":[',
      'Dit bestand is afgebroken of beschadigd.',
    ],
    ['JSON from another app', '{"name":"todo"}', 'Dit is geen Sprintbord-back-up.'],
    [
      'a newer backup',
      JSON.stringify({
        ...makeBackup(
          { plans: [], themes: [], actions: [], tasks: [], sprints: [], people: [], history: [] },
          'x',
        ),
        version: 7,
      }),
      'Deze back-up komt uit een nieuwere versie van Sprintbord.',
    ],
  ])('refuses %s with a Dutch message and changes nothing', async (_name, text, message) => {
    const user = userEvent.setup();
    render(<DataPage bundle={bundle} />);
    const before = await snapshot();
    await user.upload(screen.getByLabelText('Back-upbestand kiezen (.json)'), jsonFile(text));
    const alert = (await screen.findByText(message, { exact: false })).closest('[role="alert"]');
    expect(alert).toHaveTextContent(`${message} Je huidige gegevens zijn niet gewijzigd.`);
    expect(screen.queryByRole('button', { name: 'Ja, alles vervangen' })).not.toBeInTheDocument();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a 50 MB file by its size, without reading it, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<DataPage bundle={bundle} />);
    const before = await snapshot();
    const big = jsonFile('{}', 'groot.json');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText('Back-upbestand kiezen (.json)'), big);
    const alert = (
      await screen.findByText('Dit bestand is te groot voor een Sprintbord-back-up', {
        exact: false,
      })
    ).closest('[role="alert"]');
    expect(alert).toHaveTextContent(
      'Dit bestand is te groot voor een Sprintbord-back-up (max. 25 MB). Je huidige gegevens zijn niet gewijzigd.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('shows what a backup holds and replaces the data only after the question', async () => {
    const user = userEvent.setup();
    const backup = makeBackup(await exportAll(), '2025-05-19T08:00:00.000Z');
    await createTask({
      planId: bundle.plan.id,
      themeId: bundle.themes[0]!.id,
      title: 'Na de back-up',
    });
    render(<DataPage bundle={bundle} />);
    await user.upload(
      screen.getByLabelText('Back-upbestand kiezen (.json)'),
      jsonFile(JSON.stringify(backup)),
    );

    const question = await screen.findByRole('heading', {
      name: 'Alle huidige gegevens vervangen?',
    });
    expect(question).toHaveFocus();
    const tasks = backup.data.tasks.length;
    expect(screen.getByText(`Jaarplan AI 2025 (2025): ${tasks} taken`)).toBeInTheDocument();
    expect(screen.getByText('Back-up gemaakt op 19 mei 2025')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(await db.tasks.count()).toBe(tasks + 1);

    await user.upload(
      screen.getByLabelText('Back-upbestand kiezen (.json)'),
      jsonFile(JSON.stringify(backup)),
    );
    await user.click(await screen.findByRole('button', { name: 'Ja, alles vervangen' }));
    await waitFor(async () => expect(await db.tasks.count()).toBe(tasks));
    expect(await db.tasks.filter((t) => t.title === 'Na de back-up').count()).toBe(0);
    expect(useToasts.getState().toasts.at(-1)?.message).toBe(`Back-up teruggezet: ${tasks} taken.`);
  });

  it('says before and after that a shared plan stops being shared on this device', async () => {
    const user = userEvent.setup();
    const backup = makeBackup(await exportAll(), '2025-05-19T08:00:00.000Z');
    await connectPlan({
      planId: bundle.plan.id,
      serverUrl: 'ws://127.0.0.1:4520',
      token: 'a-token-of-at-least-16-chars',
    });
    render(<DataPage bundle={bundle} />);
    await user.upload(
      screen.getByLabelText('Back-upbestand kiezen (.json)'),
      jsonFile(JSON.stringify(backup)),
    );

    expect(
      await screen.findByText(/^Team-sync stopt op dit toestel voor „Jaarplan AI 2025”\./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, alles vervangen' }));
    await waitFor(() =>
      expect(useToasts.getState().toasts.at(-1)?.message).toBe(
        'Team-sync gestopt op dit toestel voor „Jaarplan AI 2025”. Het plan van het team is niet gewijzigd; verbind opnieuw om de versie van het team op te halen.',
      ),
    );
    expect(await db.syncPlans.count()).toBe(0);
  });

  it('says nothing about team sync when no plan is shared', async () => {
    const user = userEvent.setup();
    const backup = makeBackup(await exportAll(), '2025-05-19T08:00:00.000Z');
    render(<DataPage bundle={bundle} />);
    await user.upload(
      screen.getByLabelText('Back-upbestand kiezen (.json)'),
      jsonFile(JSON.stringify(backup)),
    );
    await screen.findByRole('heading', { name: 'Alle huidige gegevens vervangen?' });
    expect(screen.queryByText(/Team-sync/)).not.toBeInTheDocument();
  });
});

describe('DataPage: Planner import', () => {
  it('refuses a text file named .xlsx and changes nothing', async () => {
    const user = userEvent.setup();
    render(<DataPage bundle={bundle} />);
    const before = await snapshot();
    await user.upload(
      screen.getByLabelText('Planner-export kiezen (.xlsx)'),
      new File(['Task ID;Task Name'], 'planner.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    expect(
      (await screen.findByText('Dit is geen geldig Excel-bestand.')).closest('[role="alert"]'),
    ).not.toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over 20 MB', async () => {
    const user = userEvent.setup();
    render(<DataPage bundle={bundle} />);
    const big = new File(['x'], 'groot.xlsx');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Planner-export kiezen (.xlsx)'), big);
    expect(await screen.findByText('Dit bestand is te groot (max. 20 MB).')).toBeInTheDocument();
  });

  it('says so when a workbook is not a Planner export', async () => {
    const user = userEvent.setup();
    render(<DataPage bundle={bundle} />);
    await user.upload(
      screen.getByLabelText('Planner-export kiezen (.xlsx)'),
      await plannerFile([['Naam', 'Adres']]),
    );
    expect(await screen.findByText(/Dit lijkt geen Planner-export/)).toBeInTheDocument();
  });

  it('previews, maps an unknown bucket and imports into the active plan', async () => {
    const user = userEvent.setup();
    render(<DataPage bundle={bundle} />);
    const file = await plannerFile([
      ['Plan name', 'Teamplan'],
      [],
      [
        'Task ID',
        'Task Name',
        'Bucket Name',
        'Progress',
        'Priority',
        'Assigned To',
        'Due Date',
        'Labels',
      ],
      [
        'P1',
        'Nieuwe taak uit Planner',
        'Wachtrij',
        'Not started',
        'Urgent',
        'Nieuwe Collega',
        '05/20/2025',
        'strategie',
      ],
      ['P2', 'Tweede taak', 'Afgerond', 'Completed', 'Low', '', '', 'Nieuw label;strategie'],
    ]);
    await user.upload(screen.getByLabelText('Planner-export kiezen (.xlsx)'), file);

    const heading = await screen.findByRole('heading', { name: 'Voorbeeld van de import' });
    // The preview takes the focus once it has drawn.
    await waitFor(() => expect(heading).toHaveFocus());
    const preview = screen.getByRole('heading', { name: 'Voorbeeld van de import' }).parentElement!;
    expect(within(preview).getByText('Teamplan')).toBeInTheDocument();
    expect(within(preview).getByText('Nieuw label')).toBeInTheDocument();
    expect(within(preview).getByText('Nieuwe Collega')).toBeInTheDocument();
    expect(within(preview).getByRole('cell', { name: /Meerdere labels/ })).toBeInTheDocument();
    await user.selectOptions(
      within(preview).getByLabelText('Status voor bucket „Wachtrij” (1 taak)'),
      'Geblokkeerd',
    );

    await user.click(within(preview).getByRole('button', { name: '2 taken importeren' }));
    await waitFor(async () =>
      expect(await db.tasks.where('plannerId').equals('P1').count()).toBe(1),
    );
    const task = (await db.tasks.where('plannerId').equals('P1').first())!;
    const sprint4 = bundle.sprints.find((s) => s.number === 4)!;
    expect(task).toMatchObject({
      status: 'geblokkeerd',
      priority: 'urgent',
      sprintId: sprint4.id,
      themeId: bundle.themes[0]!.id,
    });
    expect(useToasts.getState().toasts.at(-1)?.message).toBe(
      'Import uit Planner klaar: 2 nieuwe taken, 0 bijgewerkt, 1 nieuwe labels, 1 nieuwe personen.',
    );
    expect(
      screen.queryByRole('heading', { name: 'Voorbeeld van de import' }),
    ).not.toBeInTheDocument();
  });
});
