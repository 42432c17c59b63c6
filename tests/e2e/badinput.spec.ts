import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';
import { addOne, column, dumpDatabase, openAddField } from './durability-helpers';

// Issue 6, item 5: every bad input gets a Dutch message or is stored as plain text, and the rest
// of the data is unchanged, checked against a dump of every IndexedDB store.

const here = path.dirname(fileURLToPath(import.meta.url));
const PLANNER_FIXTURE = path.resolve(here, '../../../shared/fixtures/planner-export-2021.xlsx');
const THEME = 'Verandermanagement';
const DPIA = 'Opstellen van een DPIA M365 Copilot';
const BLOCKED = 'Samenstelling en rollen kernteam wijzigen waar nodig';
const LONG = 'x'.repeat(10_000);
const IMG = '<img src=x onerror="alert(\'xss\')">';
const SCRIPT = '<script>alert("xss")</script>';
const MB = 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Dump = Awaited<ReturnType<typeof dumpDatabase>>;

/** The dump without the rows of one task, to compare "everything else". */
function withoutTask(dump: Dump, id: unknown): Dump {
  return {
    ...dump,
    tasks: (dump.tasks ?? []).filter((t) => t.id !== id),
    history: (dump.history ?? []).filter((h) => h.taskId !== id),
  };
}

async function openData(page: Page) {
  await openBoard(page, '/?view=gegevens');
  await expect(page.getByRole('heading', { name: 'Gegevens', level: 2 })).toBeVisible();
}

/**
 * Records the size of every file the page reads (Blob and FileReader), so a test can tell that
 * a huge file was refused by its size alone, before it was loaded into memory.
 */
async function watchFileReads(page: Page) {
  await page.addInitScript(() => {
    const sizes: number[] = [];
    (window as unknown as { __reads: number[] }).__reads = sizes;
    const blob = Blob.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const name of ['text', 'arrayBuffer', 'stream', 'bytes']) {
      const original = blob[name];
      if (typeof original !== 'function') continue;
      blob[name] = function (this: Blob, ...args: unknown[]) {
        sizes.push(this.size);
        return original.apply(this, args);
      };
    }
    const reader = FileReader.prototype as unknown as Record<string, (b: Blob) => void>;
    for (const name of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString']) {
      const original = reader[name]!;
      reader[name] = function (this: FileReader, b: Blob) {
        sizes.push(b.size);
        return original.call(this, b);
      };
    }
  });
  return () => page.evaluate(() => (window as unknown as { __reads: number[] }).__reads);
}

async function dialogFor(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: title, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

/** Writes a patch straight into one stored row, as a damaged or hand-edited database would be. */
async function corruptRow(
  page: Page,
  store: string,
  match: Record<string, unknown>,
  patch: Record<string, unknown>,
) {
  await page.evaluate(
    ({ store, match, patch }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sprintbord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(store, 'readwrite');
          const rows = tx.objectStore(store).getAll();
          rows.onsuccess = () => {
            const row = (rows.result as Array<Record<string, unknown>>).find((r) =>
              Object.entries(match).every(([k, v]) => r[k] === v),
            );
            if (!row) return reject(new Error(`no ${store} row`));
            tx.objectStore(store).put({ ...row, ...patch });
          };
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, match, patch },
  );
}

test.describe('files on the Gegevens page', () => {
  test('a JSON backup from another app, a truncated .xlsx and 50 MB files: Dutch message, nothing read, nothing changed', async ({
    page,
    foreignRequests,
  }, testInfo) => {
    test.setTimeout(90_000);
    const reads = await watchFileReads(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await openData(page);
    const before = await dumpDatabase(page);

    const bigJson = testInfo.outputPath('groot-50mb.json');
    await writeFile(
      bigJson,
      Buffer.concat([
        Buffer.from('{"format":"sprintbord-backup","pad":"'),
        Buffer.alloc(50 * MB, 0x61),
        Buffer.from('"}'),
      ]),
    );
    const bigXlsx = testInfo.outputPath('groot-50mb.xlsx');
    await writeFile(bigXlsx, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(50 * MB)]));
    const planner = await readFile(PLANNER_FIXTURE);
    const truncated = {
      name: 'planner-export-2021.xlsx',
      mimeType: XLSX_TYPE,
      buffer: planner.subarray(0, Math.floor(planner.length / 2)),
    };
    const otherApp = {
      name: 'trello-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          name: 'Sprintbord',
          cards: [{ name: DPIA, idList: '1' }],
          lists: [{ id: '1', name: 'Doing' }],
        }),
      ),
    };

    const restore = page.getByLabel('Back-upbestand kiezen (.json)');
    const planner_ = page.getByLabel('Planner-export kiezen (.xlsx)');
    const cases: Array<[string, Locator, string | typeof otherApp, string]> = [
      [
        'JSON backup from another app',
        restore,
        otherApp,
        'Dit is geen Sprintbord-back-up. Je huidige gegevens zijn niet gewijzigd.',
      ],
      [
        '50 MB backup',
        restore,
        bigJson,
        'Dit bestand is te groot voor een Sprintbord-back-up (max. 25 MB). Je huidige gegevens zijn niet gewijzigd.',
      ],
      ['truncated Planner .xlsx', planner_, truncated, 'Dit is geen geldig Excel-bestand.'],
      ['50 MB Planner .xlsx', planner_, bigXlsx, 'Dit bestand is te groot (max. 20 MB).'],
    ];
    for (const [what, input, file, message] of cases) {
      const excelBefore = scripts.filter((s) => /exceljs/.test(s)).length;
      await input.setInputFiles(file);
      await expect(page.getByRole('alert').filter({ hasText: message }), what).toHaveText(message, {
        timeout: 30_000,
      });
      await expect(page.getByRole('button', { name: 'Ja, alles vervangen' })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Voorbeeld van de import' })).toHaveCount(0);
      if (what.startsWith('50 MB')) {
        // Refused by its size: not a byte read, and not even the spreadsheet code loaded.
        expect(
          (await reads()).filter((size) => size > MB),
          what,
        ).toEqual([]);
        expect(scripts.filter((s) => /exceljs/.test(s)).length, what).toBe(excelBefore);
      }
      expect(await dumpDatabase(page), what).toEqual(before);
    }
    await expectNoAxeViolations(page);

    // And the board still has its tasks.
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Bord' })
      .click();
    await expect(page.getByRole('button', { name: DPIA })).toBeVisible();
    expect(foreignRequests).toEqual([]);
  });

  test('a Planner file with HTML, emoji, right-to-left text, a 10,000-character title and 31-02: Dutch remarks, stored as text', async ({
    page,
    foreignRequests,
  }, testInfo) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tasks');
    sheet.addRow([
      'Task ID',
      'Task Name',
      'Bucket Name',
      'Progress',
      'Due Date',
      'Start Date',
      'Description',
      'Labels',
    ]);
    sheet.addRow(['BAD-1', IMG, 'Backlog', 'Not started', '', '', SCRIPT, '']);
    sheet.addRow(['BAD-2', '🚀 مرحبا DPIA', 'Backlog', 'Not started', '02/31/2025', '', '', '']);
    sheet.addRow(['BAD-3', LONG, 'Backlog', 'Not started', '05/01/2025', '06/08/2025', '', '']);
    const file = testInfo.outputPath('planner-slechte-invoer.xlsx');
    await writeFile(file, Buffer.from(await book.xlsx.writeBuffer()));

    await openData(page);
    const before = await dumpDatabase(page);
    await page.getByLabel('Planner-export kiezen (.xlsx)').setInputFiles(file);
    const preview = page.locator('.data-confirm');
    await expect(page.getByRole('heading', { name: 'Voorbeeld van de import' })).toBeFocused({
      timeout: 30_000,
    });
    const remarks = preview.getByRole('region', { name: 'Opmerkingen per rij' });
    await expect(remarks.getByRole('row').filter({ hasText: '🚀 مرحبا DPIA' })).toContainText(
      'Een onleesbare datum wordt genegeerd.',
    );
    await expect(remarks.getByRole('row').filter({ hasText: 'xxxxx' })).toContainText(
      'Taaknaam ingekort tot 500 tekens. De vervaldatum ligt vóór de begindatum: de begindatum wordt genegeerd.',
    );
    // Nothing is written before the button.
    expect(await dumpDatabase(page)).toEqual(before);
    await preview.getByRole('button', { name: '3 taken importeren' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Import uit Planner klaar: 3 nieuwe taken' }),
    ).toBeVisible();

    const after = await dumpDatabase(page);
    const imported = (after.tasks ?? []).filter((t) =>
      String(t.plannerId ?? '').startsWith('BAD-'),
    );
    expect(imported.map((t) => t.title).sort()).toEqual(
      [IMG, 'x'.repeat(500), '🚀 مرحبا DPIA'].sort(),
    );
    expect(imported.find((t) => t.plannerId === 'BAD-1')!.description).toBe(SCRIPT);
    expect(imported.find((t) => t.plannerId === 'BAD-2')!.dueDate).toBeNull();
    // Every task that was there before is exactly as it was.
    const ids = new Set(imported.map((t) => t.id));
    expect((after.tasks ?? []).filter((t) => !ids.has(t.id))).toEqual(before.tasks);

    await page.goto('/?view=bord&sprint=backlog');
    await expect(page.getByRole('button', { name: IMG, exact: true })).toHaveText(IMG);
    await expect(page.getByRole('button', { name: '🚀 مرحبا DPIA', exact: true })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

test.describe('typed on the board', () => {
  test('"+ Taak toevoegen": empty, whitespace-only and 10,000-character titles get a Dutch message; nothing is stored', async ({
    page,
    foreignRequests,
  }) => {
    await openBoard(page);
    const before = await dumpDatabase(page);
    const field = await openAddField(page, THEME);
    const error = column(page, THEME).getByRole('alert');
    for (const [title, message] of [
      ['', 'Geef een titel op.'],
      ['   \t  ', 'Geef een titel op.'],
      [LONG, 'De titel is te lang (maximaal 500 tekens).'],
    ] as const) {
      await field.fill(title);
      await field.press('Enter');
      await expect(error).toHaveText(message);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    // The long text stays in the field to be shortened, not thrown away.
    await expect(field).toHaveValue(LONG);
    expect(await dumpDatabase(page)).toEqual(before);
    expect(foreignRequests).toEqual([]);
  });

  test('task dialog: empty and 10,000-character titles and a due date before the start get a Dutch message; the task stays as it was', async ({
    page,
    foreignRequests,
  }) => {
    await openBoard(page);
    const before = await dumpDatabase(page);
    const dialog = await dialogFor(page, DPIA);
    const title = dialog.getByRole('textbox', { name: 'Titel', exact: true });
    for (const [text, message] of [
      ['  ', 'Geef een titel op.'],
      [LONG, 'De titel is te lang (maximaal 500 tekens).'],
    ] as const) {
      await title.fill(text);
      await title.press('Enter');
      await expect(dialog.getByRole('alert')).toHaveText(message);
    }
    await title.fill(DPIA);
    await title.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveCount(0);

    // Its due date is 08-06-2025; a start in July would put the due date before the start.
    const start = dialog.getByRole('textbox', { name: 'Begindatum', exact: true });
    await start.fill('01-07-2025');
    await start.blur();
    await expect(dialog.getByRole('alert')).toHaveText('De vervaldatum ligt vóór de begindatum.');
    await expect(start).toHaveAttribute('aria-invalid', 'true');

    expect(await dumpDatabase(page)).toEqual(before);
    await expectNoAxeViolations(page);
    expect(foreignRequests).toEqual([]);
  });

  // 31-02 does not exist: the field says so and keeps the stored date, also when the dialog
  // closes with the draft still in it.
  test('task dialog: 31-02-2025 typed into a date field gets a Dutch message and the stored date stays', async ({
    page,
    foreignRequests,
  }) => {
    await openBoard(page);
    const before = await dumpDatabase(page);
    const dialog = await dialogFor(page, DPIA);
    const due = dialog.getByRole('textbox', { name: 'Vervaldatum', exact: true });
    await expect(due).toHaveValue('08-06-2025');
    await due.fill('31-02-2025');
    await dialog.getByRole('textbox', { name: 'Titel', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Die datum bestaat niet. Typ hem als dd-mm-jjjj, bijvoorbeeld 08-06-2025.',
      { timeout: 2_000 },
    );
    // Closing the dialog saves a pending edit; an unreadable date is not one.
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('listitem').filter({ hasText: DPIA })).toContainText('08-06');
    expect(await dumpDatabase(page)).toEqual(before);
    expect(foreignRequests).toEqual([]);
  });

  test('emoji and right-to-left titles are stored and shown exactly as typed; nothing else changes', async ({
    page,
    foreignRequests,
  }) => {
    await openBoard(page);
    const before = await dumpDatabase(page);
    const titles = [
      '🚀 Lancering 👩🏽‍💻 AI-fonds ✅',
      'مراجعة سياسة الذكاء الاصطناعي',
      'DPIA בדיקה M365',
    ];
    const field = await openAddField(page, THEME);
    for (const title of titles) await addOne(field, title);
    // The field empties at Enter, before the write is stored: reload once the cards show them.
    for (const title of titles)
      await expect(
        column(page, THEME).getByRole('button', { name: title, exact: true }),
      ).toBeVisible();
    await page.reload();
    for (const title of titles)
      await expect(
        column(page, THEME).getByRole('button', { name: title, exact: true }),
      ).toHaveText(title);
    const after = await dumpDatabase(page);
    const added = (after.tasks ?? []).filter((t) => titles.includes(String(t.title)));
    expect(added.map((t) => t.title).sort()).toEqual([...titles].sort());
    let rest = after;
    for (const t of added) rest = withoutTask(rest, t.id);
    expect(rest).toEqual(before);
    expect(foreignRequests).toEqual([]);
  });

  test('HTML and script in a note, a checklist item and a blocking reason are text in every view', async ({
    page,
    foreignRequests,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await openBoard(page);
    const field = await openAddField(page, THEME);
    await addOne(field, IMG);
    await field.press('Escape');
    const dialog = await dialogFor(page, IMG);
    await dialog.getByLabel('Nieuwe notitie').fill(SCRIPT);
    await dialog.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expect(dialog.getByText(SCRIPT, { exact: true })).toBeVisible();
    await dialog.getByLabel('Nieuw checklistitem').fill(IMG);
    await dialog.getByRole('button', { name: 'Item toevoegen' }).click();
    await expect(dialog.getByRole('checkbox', { name: IMG })).toBeVisible();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    const id = ((await dumpDatabase(page)).tasks ?? []).find((t) => t.title === IMG)!.id;
    const blocked = await dialogFor(page, BLOCKED);
    const reason = blocked.getByRole('textbox', { name: 'Reden blokkering' });
    await reason.fill(`${SCRIPT} ${IMG}`);
    await reason.blur();
    await blocked.getByRole('button', { name: 'Sluiten' }).click();
    await expect
      .poll(
        async () =>
          ((await dumpDatabase(page)).tasks ?? []).find((t) => t.title === BLOCKED)?.blockedReason,
      )
      .toBe(`${SCRIPT} ${IMG}`);

    for (const view of ['bord', 'geblokkeerd', 'jaarplan', 'roadmap', 'rapport', 'gegevens']) {
      await page.goto(`/?view=${view}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarplan AI 2025');
      await expect(page.locator('main')).not.toBeEmpty();
      await expect(page.locator('img[src="x"]'), view).toHaveCount(0);
      expect(await page.locator('#root script').count(), view).toBe(0);
    }
    await page.goto('/');
    await expect(column(page, THEME).getByRole('button', { name: IMG, exact: true })).toHaveText(
      IMG,
    );
    const task = ((await dumpDatabase(page)).tasks ?? []).find((t) => t.id === id)!;
    expect((task.notes as Array<{ text: string }>)[0]!.text).toBe(SCRIPT);
    expect((task.checklist as Array<{ title: string }>)[0]!.title).toBe(IMG);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(csp).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

test.describe('a damaged row in the database', () => {
  // The check on start repairs what a damaged or hand-edited store holds (issue 17), so a damaged
  // row no longer crashes a view: it is mended, said once, and the data stays reachable. The error
  // boundaries for what is left are covered in tests/app/ErrorBoundary.test.tsx.
  test('a checklist that is not a list is repaired on start: the notice says so and the card is on the board', async ({
    page,
    foreignRequests,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openBoard(page);
    // No screen writes this; a damaged or hand-edited store could.
    await corruptRow(page, 'tasks', { title: DPIA }, { checklist: null });
    await page.reload();

    const notice = page.getByRole('region', { name: 'Gegevens hersteld' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('listitem').first()).toContainText(DPIA);
    await expect(notice.getByRole('button', { name: 'Back-up maken' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Er ging iets mis in dit scherm.' })).toHaveCount(
      0,
    );
    await expect(page.getByRole('button', { name: DPIA, exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    const task = ((await dumpDatabase(page)).tasks ?? []).find((t) => t.title === DPIA)!;
    expect(task.checklist).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('a plan name that is not text is repaired on start and every view still opens', async ({
    page,
    foreignRequests,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openBoard(page);
    await corruptRow(page, 'plans', {}, { name: { kapot: true } });
    await page.reload();
    await expect(page.getByRole('region', { name: 'Gegevens hersteld' })).toBeVisible();
    for (const view of ['bord', 'jaarplan', 'roadmap', 'rapport', 'instellingen']) {
      await page.goto(`/?view=${view}`);
      await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Er ging iets mis in dit scherm.' }),
        view,
      ).toHaveCount(0);
    }
    const plan = ((await dumpDatabase(page)).plans ?? [])[0]!;
    expect(typeof plan.name).toBe('string');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
