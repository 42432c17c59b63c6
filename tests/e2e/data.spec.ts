import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DEMO_TODAY, expect, openBoard, test } from './fixtures';

// CI checks the repository out with shared/ beside it, as /work/main and /work/shared are here.
const here = path.dirname(fileURLToPath(import.meta.url));
const PLANNER_FIXTURE = path.resolve(here, '../../../shared/fixtures/planner-export-2021.xlsx');
const PLANNER_TASK = 'Assign Learning A-Z licenses';
const DEMO_TASK = 'Opstellen van een DPIA M365 Copilot';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

/** The app's "works offline now" notice floats over the page bottom; close it whenever it shows. */
async function dismissOfflineNotice(page: Page) {
  await page.addLocatorHandler(
    page.getByText('Sprintbord werkt nu ook zonder netwerk.'),
    async () => {
      await page.locator('.update-prompt').getByRole('button', { name: 'OK' }).click();
    },
  );
}

async function openDataPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Gegevens' })
    .click();
  await expect(page.getByRole('heading', { name: 'Gegevens', level: 2 })).toBeVisible();
}

/** Every row of every object store, to prove a refused file changed nothing. */
async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('sprintbord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = Array.from(idb.objectStoreNames);
          const tx = idb.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('imports the real Planner export, backs up, and restores into a fresh browser', async ({
  page,
  browser,
  baseURL,
  foreignRequests,
}, testInfo) => {
  test.setTimeout(120_000);
  await dismissOfflineNotice(page);
  await openBoard(page);
  await openDataPage(page);
  await expectNoAxeViolations(page);

  // Import: the preview first, nothing written until the button.
  await page.getByLabel('Planner-export kiezen (.xlsx)').setInputFiles(PLANNER_FIXTURE);
  const preview = page.locator('.data-confirm');
  await expect(page.getByRole('heading', { name: 'Voorbeeld van de import' })).toBeFocused({
    timeout: 30_000,
  });
  await expect(preview.getByText('Innovation Planning')).toBeVisible();
  const fact = (name: string) =>
    preview
      .locator('dl > div')
      .filter({ has: page.getByText(name, { exact: true }) })
      .locator('dd');
  await expect(fact('Rijen met taken')).toHaveText('632');
  await expect(fact('Nieuwe taken')).toHaveText('632');
  await expect(fact('Overgeslagen rijen')).toHaveText('0');
  for (const label of ['Administrative & Meetings', 'Coaching', 'Zonder label'])
    await expect(fact('Nieuwe labels')).toContainText(label);
  await expect(fact('Nieuwe personen')).toContainText('Tina Peji');
  await expect(preview.getByRole('cell', { name: /Meerdere labels/ }).first()).toBeVisible();
  await preview.getByLabel('Status voor bucket „Curriculum” (147 taken)').selectOption('backlog');
  await expectNoAxeViolations(page);
  expect(
    (await dumpDatabase(page)).tasks!.filter((t) => (t as { plannerId: string | null }).plannerId),
  ).toHaveLength(0);
  await preview.getByRole('button', { name: '632 taken importeren' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Import uit Planner klaar: 632 nieuwe taken, 0 bijgewerkt' }),
  ).toBeVisible({
    timeout: 30_000,
  });

  // Its due dates (2018–2021) are outside the 2025 plan: the tasks are in the backlog.
  // The backlog is listed beside the sprint when planning; a search finds one task among hundreds.
  await page.goto('/?view=bord&sprint=backlog');
  await page.getByRole('searchbox', { name: 'Zoeken in de backlog' }).fill(PLANNER_TASK);
  await expect(page.getByRole('button', { name: PLANNER_TASK, exact: true })).toBeVisible();

  // Backup of everything: demo plan plus the import.
  await openDataPage(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back-up maken' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('sprintbord-backup-2025-05-20.json');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'sprintbord-backup', version: 1, schemaVersion: 1 });
  const taskCount = backup.data.tasks.length as number;
  expect(taskCount).toBeGreaterThan(632);

  // A fresh context has an empty IndexedDB: the app seeds its own demo, the restore replaces it.
  const fresh = await browser.newContext({
    baseURL,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  const other = await fresh.newPage();
  const foreign: string[] = [];
  other.on('request', (req) => {
    if (!req.url().startsWith(baseURL!) && !/^(data|blob):/.test(req.url()))
      foreign.push(req.url());
  });
  await other.clock.setFixedTime(DEMO_TODAY);
  await dismissOfflineNotice(other);
  await openBoard(other);
  await expect(other.getByRole('button', { name: DEMO_TASK })).toBeVisible();
  const seededPlanId = ((await dumpDatabase(other)).plans![0] as { id: string }).id;
  expect(seededPlanId).not.toBe(backup.data.plans[0].id);

  await openDataPage(other);
  await other.getByLabel('Back-upbestand kiezen (.json)').setInputFiles(file);
  await expect(
    other.getByRole('heading', { name: 'Alle huidige gegevens vervangen?' }),
  ).toBeFocused();
  await expect(other.getByText(`Jaarplan AI 2025 (2025): ${taskCount} taken`)).toBeVisible();
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: 'Ja, alles vervangen' }).click();
  await expect(
    other.getByRole('status').filter({ hasText: `Back-up teruggezet: ${taskCount} taken.` }),
  ).toBeVisible();

  const restored = await dumpDatabase(other);
  expect((restored.plans as Array<{ id: string }>).map((p) => p.id)).toEqual([
    backup.data.plans[0].id,
  ]);
  expect(restored.tasks).toHaveLength(taskCount);
  await other.goto('/?view=bord&sprint=backlog');
  await other.getByRole('searchbox', { name: 'Zoeken in de backlog' }).fill(PLANNER_TASK);
  await expect(other.getByRole('button', { name: PLANNER_TASK, exact: true })).toBeVisible();
  await other.goto('/');
  await expect(other.getByRole('button', { name: DEMO_TASK })).toBeVisible();
  expect(foreign).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await fresh.close();
});

test('refuses a truncated backup, another JSON and a fake .xlsx, and the data stays as it was', async ({
  page,
  foreignRequests,
}) => {
  await dismissOfflineNotice(page);
  await openBoard(page);
  await openDataPage(page);
  const before = await dumpDatabase(page);

  const cases: Array<[string, { name: string; mimeType: string; buffer: Buffer }, string]> = [
    [
      'Back-upbestand kiezen (.json)',
      {
        name: 'sprintbord-backup-2025-05-20.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          '{"format":"sprintbord-backup","version":1,"exportedAt":"2025-05-20T10:00:00.000Z","data":{"plans":[{"id":"a',
        ),
      },
      'Dit bestand is afgebroken of beschadigd.',
    ],
    [
      'Back-upbestand kiezen (.json)',
      {
        name: 'trello.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"name":"Trello board","cards":[]}'),
      },
      'Dit is geen Sprintbord-back-up.',
    ],
    [
      'Back-upbestand kiezen (.json)',
      {
        name: 'toekomst.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          '{"format":"sprintbord-backup","version":2,"schemaVersion":3,"exportedAt":"2031-01-01","data":{}}',
        ),
      },
      'Deze back-up komt uit een nieuwere versie van Sprintbord.',
    ],
    [
      'Planner-export kiezen (.xlsx)',
      {
        name: 'planner-export.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from('Task ID;Task Name;Bucket Name\n1;Geen echte export;Backlog\n'),
      },
      'Dit is geen geldig Excel-bestand.',
    ],
  ];
  for (const [label, file, message] of cases) {
    await page.getByLabel(label).setInputFiles(file);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Ja, alles vervangen' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Voorbeeld van de import' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  expect(await dumpDatabase(page)).toEqual(before);
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Bord' })
    .click();
  await expect(page.getByRole('button', { name: DEMO_TASK })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});
