import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openBoard, switchToEnglish, test } from './fixtures';

// The exported files speak the screen's language: a report downloaded in English has English
// headings, sheet names and columns, and the Dutch one Dutch, whatever language was used before.

const WORDS = {
  nl: {
    nav: 'Hoofdnavigatie',
    link: 'Sprintrapport',
    heading: 'Sprintrapport sprint 4',
    markdown: 'Markdown downloaden',
    excel: 'Excel downloaden',
    csv: 'CSV downloaden',
    file: 'sprintrapport-sprint-4-2025',
    title: '# Sprintrapport sprint 4\n',
    period: '**Periode:** 28 apr – 8 jun 2025',
    headings: [
      '## Totalen',
      '## Per thema',
      '## Geblokkeerd',
      '## Doorgeschoven',
      '## Per persoon',
    ],
    totalsHeader: '| Kengetal | Aantal |',
    sheets: ['Samenvatting', 'Taken', 'Geblokkeerd', 'Verloop'],
    columns: [
      'Taak',
      'Label',
      'Actie',
      'Status',
      'Toegewezen aan',
      'Vervaldatum',
      'Prioriteit',
      'Doorgeschoven',
      'Reden blokkering',
    ],
    status: ';In uitvoering;',
  },
  en: {
    nav: 'Main navigation',
    link: 'Sprint report',
    heading: 'Sprint report sprint 4',
    markdown: 'Download Markdown',
    excel: 'Download Excel',
    csv: 'Download CSV',
    file: 'sprint-report-sprint-4-2025',
    title: '# Sprint report sprint 4\n',
    period: '**Period:** Apr 28 – Jun 8, 2025',
    headings: ['## Totals', '## Per theme', '## Blocked', '## Carried over', '## Per person'],
    totalsHeader: '| Measure | Count |',
    sheets: ['Summary', 'Tasks', 'Blocked', 'Progress'],
    columns: [
      'Task',
      'Label',
      'Action',
      'Status',
      'Assigned to',
      'Due date',
      'Priority',
      'Carried over',
      'Reason blocked',
    ],
    status: ';In progress;',
  },
} as const;

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return file;
}

for (const lang of ['nl', 'en'] as const) {
  const w = WORDS[lang];
  test(`the Markdown, Excel and CSV of the report have ${lang === 'nl' ? 'Dutch' : 'English'} headings when the screen is in ${lang === 'nl' ? 'Dutch' : 'English'}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openBoard(page);
    if (lang === 'en') await switchToEnglish(page);
    await page.getByRole('navigation', { name: w.nav }).getByRole('link', { name: w.link }).click();
    await expect(page.getByRole('heading', { name: w.heading })).toBeVisible();

    const md = await download(page, w.markdown);
    expect(md.suggestedFilename()).toBe(`${w.file}.md`);
    const text = await readFile(await md.path(), 'utf8');
    expect(text.startsWith(w.title)).toBe(true);
    expect(text).toContain(w.period);
    expect(text).toContain(w.totalsHeader);
    for (const heading of w.headings) expect(text).toContain(`\n${heading}\n`);

    const xlsx = await download(page, w.excel);
    expect(xlsx.suggestedFilename()).toBe(`${w.file}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(w.sheets);
    const header = book.getWorksheet(w.sheets[1])!.getRow(1);
    expect(w.columns.map((_, i) => header.getCell(i + 1).value)).toEqual(w.columns);

    const csv = await download(page, w.csv);
    expect(csv.suggestedFilename()).toBe(`${w.file}.csv`);
    const lines = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(w.columns.join(';'));
    expect(lines.some((line) => line.includes(w.status))).toBe(true);
  });
}
