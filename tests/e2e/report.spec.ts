import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

const BLOCKED = 'Samenstelling en rollen kernteam wijzigen waar nodig';

async function openReport(page: Page) {
  await openBoard(page);
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Sprintrapport' })
    .click();
  await expect(page.getByRole('heading', { name: 'Sprintrapport sprint 4' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('view')).toBe('rapport');
}

function totalRow(page: Page, label: string) {
  return page
    .getByRole('table', { name: 'Totalen van de sprint' })
    .getByRole('row', { name: label, exact: true });
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return file;
}

test('the report of demo sprint 4 shows its totals, chart and lists, without axe violations', async ({
  page,
}) => {
  await openReport(page);
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  // Seen on 20 May 2025: 16 tasks, 15 of them planned at the start, 2 added since.
  for (const [label, value] of [
    ['Gepland bij de start', '15'],
    ['Toegevoegd tijdens de sprint', '2'],
    ['Taken in de sprint', '16'],
    ['Afgerond', '2'],
    ['Voltooid', '13 %'],
    ['In uitvoering', '9'],
    ['Geblokkeerd', '2'],
    ['Doorgeschoven', '4'],
  ]) {
    await expect(totalRow(page, `${label} ${value}`)).toBeVisible();
  }
  await expect(
    page.getByRole('img', { name: /^Burn-up van sprint 4 van 28-04 tot 20-05/ }),
  ).toBeVisible();
  const blocked = page.getByRole('table', { name: 'Geblokkeerde taken, langst geblokkeerd eerst' });
  await expect(blocked.getByRole('row').nth(1)).toContainText(BLOCKED);
  await expect(blocked.getByRole('row').nth(1)).toContainText('8sinds 12-05');

  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
});

test('downloads the report as .xlsx with real sheets, loading exceljs only then', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  await openReport(page);
  const beforeExcel = [...scripts];

  const file = await download(page, 'Excel downloaden');
  expect(file.suggestedFilename()).toBe('sprintrapport-sprint-4-2025.xlsx');
  // The spreadsheet library arrived as a chunk of its own, only when it was needed.
  const loadedNow = scripts.filter((s) => !beforeExcel.includes(s));
  expect(loadedNow.length).toBeGreaterThan(0);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual([
    'Samenvatting',
    'Taken',
    'Geblokkeerd',
    'Verloop',
  ]);

  const sheet = book.getWorksheet('Geblokkeerd')!;
  const rows = sheet.getRows(2, sheet.rowCount - 1)!;
  const row = rows.find((r) => r.getCell(1).value === BLOCKED)!;
  expect(row, 'blocked task on the Geblokkeerd sheet').toBeDefined();
  expect(String(row.getCell(3).value)).toContain('organisatiestructuur');
  expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2025, 4, 12)));
  expect(row.getCell(5).value).toBe(8);

  const tasks = book.getWorksheet('Taken')!;
  expect(tasks.rowCount).toBe(17);
  const dpia = tasks
    .getRows(2, 16)!
    .find((r) => r.getCell(1).value === 'Opstellen van een DPIA M365 Copilot')!;
  expect(dpia.getCell(6).value).toEqual(new Date(Date.UTC(2025, 5, 8)));
  expect(dpia.getCell(8).value).toBe(1);
});

test('downloads the Markdown and copies it to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openReport(page);
  const file = await download(page, 'Markdown downloaden');
  expect(file.suggestedFilename()).toBe('sprintrapport-sprint-4-2025.md');
  const md = await readFile(await file.path(), 'utf8');
  expect(md.startsWith('# Sprintrapport sprint 4\n')).toBe(true);
  expect(md).toContain('**Periode:** 28 apr – 8 jun 2025');
  expect(md).toContain('| Taken in de sprint | 16 |');
  expect(md).toContain('| Voltooid | 13 % |');
  expect(md).toContain(`- **${BLOCKED}** (rollen) — 8 dagen geblokkeerd`);
  expect(md).toContain('## Per persoon');

  await page.getByRole('button', { name: 'Kopiëren als Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'klembord' })).toHaveText(
    'Het rapport staat als Markdown op het klembord.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);

  const csv = await download(page, 'CSV downloaden');
  expect(csv.suggestedFilename()).toBe('sprintrapport-sprint-4-2025.csv');
  const bytes = await readFile(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('\r\nOpstellen van een DPIA M365 Copilot;rollen;');
});

test('prints as a clean A4 report', async ({ page }) => {
  await openReport(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Excel downloaden' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Sprintrapport sprint 4' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Burn-up/ })).toBeVisible();

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  // A4 is 595 × 842 points; every page of the report has that size.
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, w, h] of boxes) {
    expect(Math.round(Number(w))).toBe(595);
    expect(Math.round(Number(h))).toBe(842);
  }
});

test('opens any sprint from the picker and keeps it in the address', async ({ page }) => {
  await openReport(page);
  await page.getByRole('combobox', { name: 'Sprint' }).selectOption('3');
  await expect(page.getByRole('heading', { name: 'Sprintrapport sprint 3' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('sprint')).toBe('3');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sprintrapport sprint 3' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Burn-up van sprint 3 van 17-03 tot 27-04/ }),
  ).toBeVisible();
});
