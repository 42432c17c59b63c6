import ExcelJS from 'exceljs';
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, reportToCsv } from '../../src/domain/export/csv';
import { escapeMarkdown, reportToMarkdown } from '../../src/domain/export/markdown';
import { neutralizeCell } from '../../src/domain/export/neutralize';
import { reportFileName } from '../../src/domain/export/vocabulary';
import { excelDate, reportToXlsx } from '../../src/domain/export/xlsx';
import { buildSprintReport } from '../../src/domain/report';
import { exportWords } from '../../src/i18n/exportWords';
import { aTask } from '../builders';
import { C, handMadeInput, sprintTasks } from './reportFixture';

const report = buildSprintReport(handMadeInput());

// A title that would run a command in a spreadsheet, and one full of separators and quotes.
const EVIL = aTask({
  id: 'Z',
  title: '=cmd|" /C calc"!A0',
  themeId: 'theme-2',
  sprintId: 'sprint-4',
  rank: 9,
});
const AWKWARD = aTask({
  id: 'Y',
  title: 'Keuze; "Loop" of OneNote?',
  themeId: 'theme-2',
  sprintId: 'sprint-4',
  rank: 8,
  blockedReason: '',
});
const tricky = buildSprintReport(handMadeInput({ tasks: [...sprintTasks, EVIL, AWKWARD] }));

const NL = exportWords('nl');
const EN = exportWords('en');

describe('neutralizeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+32 9 123 45 67', "'+32 9 123 45 67"],
    ['-5', "'-5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tverborgen', "'\tverborgen"],
    ['\rverborgen', "'\rverborgen"],
    ['Opvolgen MJP', 'Opvolgen MJP'],
    ['AI-fonds = geld', 'AI-fonds = geld'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
});

describe('reportFileName', () => {
  it.each([
    ['md', 'sprintrapport-sprint-4-2025.md'],
    ['xlsx', 'sprintrapport-sprint-4-2025.xlsx'],
    ['csv', 'sprintrapport-sprint-4-2025.csv'],
  ])('%s', (ext, expected) => {
    expect(reportFileName(report, ext, NL)).toBe(expected);
  });
});

describe('Markdown', () => {
  const md = reportToMarkdown(report, NL);
  const lines = md.split('\n');

  it('has a title, the sprint facts and a section per part, in Dutch', () => {
    expect(lines[0]).toBe('# Sprintrapport sprint 4');
    expect(md).toContain('**Jaarplan:** Jaarplan AI 2025  \n**Periode:** 28 apr – 8 jun 2025');
    expect(md).toContain('**Sprintdoel:** DPIA Copilot en opleidingen');
    expect(md).toContain('**Stand:** Lopend, stand op 21-05-2025');
    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Totalen',
      '## Per thema',
      '## Geblokkeerd',
      '## Doorgeschoven',
      '## WIP-limieten overschreden',
      '## Per persoon',
      '## Verloop (burn-up)',
      '## Taken',
    ]);
  });

  it.each([
    '| Gepland bij de start | 6 |',
    '| Toegevoegd tijdens de sprint | 2 |',
    '| Uit de sprint gehaald | 2 |',
    '| Taken in de sprint | 6 |',
    '| Afgerond | 3 |',
    '| Voltooid | 50 % |',
    '| In uitvoering | 1 |',
    '| Geblokkeerd | 1 |',
    '| Doorgeschoven | 1 |',
    '| strategie | Strategie en doelstellingen | 1 | 1 | 1 | 3 |',
    '| Programmamanager | 3 | 0 | 2 | 1 |',
    '| Niet toegewezen | 2 | 2 | 0 | 0 |',
    '| 21-05-2025 | 6 | 3 |',
    '| Opvolgen (opmaak van) MJP | strategie | Gepland | Programmamanager | 08-06-2025 | Belangrijk |',
  ])('holds the row %s', (row) => {
    expect(lines).toContain(row);
  });

  it('lists blocked and carried-over tasks as lists', () => {
    expect(md).toContain(
      `- **${C.title}** (strategie) — 9 dagen geblokkeerd\n` +
        '  - Reden: Wachten op de beslissing over de nieuwe organisatiestructuur.\n' +
        '  - Geblokkeerd door: Opvolgen (opmaak van) MJP',
    );
    expect(md).toContain(`- ${C.title} (strategie, Geblokkeerd) — 2× doorgeschoven`);
  });

  it('gives every table row as many cells as its header (pipes in titles are escaped)', () => {
    const out = reportToMarkdown(tricky, NL);
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const blocks = out.split('\n\n').filter((b) => b.startsWith('|'));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) {
      const rows = block.trimEnd().split('\n');
      expect(rows[1]).toMatch(/^\|( -{3}:? \|)+$/);
      for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!));
    }
    expect(out).toContain('| =cmd\\|" /C calc"!A0 |');
  });

  it('says so when there is nothing to list', () => {
    const empty = reportToMarkdown(
      buildSprintReport(handMadeInput({ tasks: [], history: [] })),
      NL,
    );
    expect(empty).toContain('Geen geblokkeerde taken.');
    expect(empty).toContain('Geen doorgeschoven taken.');
    expect(empty).toContain('| Voltooid | 0 % |');
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['**vet** en _schuin_', '\\*\\*vet\\*\\* en \\_schuin\\_'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['<script>', '\\<script\\>'],
    ['# geen titel', '\\# geen titel'],
    ['- geen lijst', '\\- geen lijst'],
    ['1. geen lijst', '\\1. geen lijst'],
    ['regel\neen\r\ntwee', 'regel een twee'],
    ['Opleiding prompting – klassikale sessie', 'Opleiding prompting – klassikale sessie'],
  ])('escapeMarkdown(%j)', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('CSV', () => {
  const csv = reportToCsv(tricky, NL);
  const body = csv.slice(BOM.length);
  const rows = parse<string[]>(body, { delimiter: ';' }).data;

  it('starts with a UTF-8 BOM, uses ; between cells and CRLF between rows', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(body.split('\r\n')[0]).toBe(
      'Taak;Label;Actie;Status;Toegewezen aan;Vervaldatum;Prioriteit;Doorgeschoven;Reden blokkering',
    );
    expect(body.split('\r\n')).toHaveLength(1 + tricky.tasks.length);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('has one row per task with Belgian dates, Dutch words and numbers', () => {
    expect(rows).toHaveLength(1 + tricky.tasks.length);
    expect(rows[1]).toEqual([
      'Opvolgen (opmaak van) MJP',
      'strategie',
      '',
      'Gepland',
      'Programmamanager',
      '08-06-2025',
      'Belangrijk',
      '0',
      '',
    ]);
    const blocked = rows.find((r) => r[0] === C.title)!;
    expect(blocked.slice(3)).toEqual([
      'Geblokkeerd',
      'Programmamanager',
      '',
      'Normaal',
      '2',
      'Wachten op de beslissing over de nieuwe organisatiestructuur.',
    ]);
  });

  it('quotes cells holding the separator or quotes, and reads back unchanged', () => {
    expect(body).toContain('"Keuze; ""Loop"" of OneNote?"');
    expect(rows.map((r) => r[0])).toContain('Keuze; "Loop" of OneNote?');
  });

  it('neutralises a cell that would start a formula', () => {
    expect(rows.map((r) => r[0])).toContain(`'=cmd|" /C calc"!A0`);
    expect(body).not.toMatch(/(^|;|\r\n)=cmd/);
  });
});

describe('XLSX', () => {
  async function readBack() {
    const bytes = await reportToXlsx(tricky, NL);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    return book;
  }

  it('round-trips through exceljs with the Dutch sheets, real dates and numbers', async () => {
    const book = await readBack();
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Taken',
      'Geblokkeerd',
      'Verloop',
    ]);

    const tasks = book.getWorksheet('Taken')!;
    expect(tasks.getRow(1).values).toEqual([
      undefined,
      'Taak',
      'Label',
      'Actie',
      'Status',
      'Toegewezen aan',
      'Vervaldatum',
      'Prioriteit',
      'Doorgeschoven',
      'Reden blokkering',
    ]);
    expect(tasks.getRow(1).font?.bold).toBe(true);
    expect(tasks.rowCount).toBe(1 + tricky.tasks.length);

    const first = tasks.getRow(2);
    expect(first.getCell(1).value).toBe('Opvolgen (opmaak van) MJP');
    const due = first.getCell(6);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2025-06-08T00:00:00.000Z');
    expect(due.numFmt).toBe('dd-mm-yyyy');

    const carried = tasks
      .getRows(2, tricky.tasks.length)!
      .find((r) => r.getCell(1).value === C.title)!;
    expect(carried.getCell(8).value).toBe(2);
    expect(typeof carried.getCell(8).value).toBe('number');
  });

  it('keeps a formula-like title as neutralised text', async () => {
    const tasks = (await readBack()).getWorksheet('Taken')!;
    const cells = tasks.getColumn(1).values;
    expect(cells).toContain(`'=cmd|" /C calc"!A0`);
    const evil = tasks
      .getRows(2, tricky.tasks.length)!
      .find((r) => String(r.getCell(1).value).includes('cmd'))!;
    expect(evil.getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('lists the blocked tasks with a date and a number of days', async () => {
    const sheet = (await readBack()).getWorksheet('Geblokkeerd')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Taak');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(C.title);
    expect(row.getCell(3).value).toBe(
      'Wachten op de beslissing over de nieuwe organisatiestructuur.',
    );
    expect(row.getCell(4).value).toEqual(excelDate('2025-05-12'));
    expect(row.getCell(5).value).toBe(9);
    expect(row.getCell(6).value).toBe('Opvolgen (opmaak van) MJP');
  });

  it('sums up with numbers, a percentage and real dates', async () => {
    const sheet = (await readBack()).getWorksheet('Samenvatting')!;
    const byLabel = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string' && !byLabel.has(label)) byLabel.set(label, row);
    });
    expect(byLabel.get('Gepland bij de start')!.getCell(2).value).toBe(6);
    expect(byLabel.get('Toegevoegd tijdens de sprint')!.getCell(2).value).toBe(4);
    const completion = byLabel.get('Voltooid')!.getCell(2);
    expect(completion.value).toBeCloseTo(3 / 8);
    expect(completion.numFmt).toBe('0%');
    const start = byLabel.get('Begin')!.getCell(2);
    expect(start.value).toEqual(excelDate('2025-04-28'));
    expect(start.numFmt).toBe('dd-mm-yyyy');
    expect(byLabel.get('Niet toegewezen')!.getCell(2).value).toBe(4);
  });

  it('ends the summary with the columns over their WIP limit, or one line when there are none', async () => {
    const rowsOf = async (report: typeof tricky) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await reportToXlsx(report, NL)).buffer as ArrayBuffer);
      const out: unknown[][] = [];
      book.getWorksheet('Samenvatting')!.eachRow((row) => out.push(row.values as unknown[]));
      return out.map((values) => values.slice(1));
    };
    expect((await rowsOf({ ...tricky, wip: { limited: 0, over: [] } })).slice(-2)).toEqual([
      ['WIP-limieten overschreden'],
      ['Geen kolom met een WIP-limiet.'],
    ]);
    const over = {
      limited: 1,
      over: [
        { kind: 'status' as const, key: 'in-uitvoering', name: '', limit: 2, days: 3, peak: 4 },
      ],
    };
    expect((await rowsOf({ ...tricky, wip: over })).slice(-2)).toEqual([
      ['Kolom', 'Soort', 'Limiet', 'Dagen boven limiet', 'Hoogste aantal'],
      ['In uitvoering', 'Status', 2, 3, 4],
    ]);
  });
});

describe('excelDate', () => {
  it.each([
    ['2025-06-08', '2025-06-08T00:00:00.000Z'],
    ['2025-03-30', '2025-03-30T00:00:00.000Z'], // daylight-saving Sunday
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('%s', (iso, expected) => {
    expect(excelDate(iso).toISOString()).toBe(expected);
  });
});

describe('exports in English', () => {
  it.each([
    ['md', 'sprint-report-sprint-4-2025.md'],
    ['csv', 'sprint-report-sprint-4-2025.csv'],
  ])('the %s file is named in English', (ext, expected) => {
    expect(reportFileName(tricky, ext, EN)).toBe(expected);
  });

  it('the Markdown has English headings, period, state and status words', () => {
    const md = reportToMarkdown(tricky, EN);
    expect(md.split('\n')[0]).toBe('# Sprint report sprint 4');
    expect(md).toContain('Apr 28 – Jun 8, 2025');
    expect(md).toContain('## Totals');
    expect(md).not.toContain('Sprintrapport');
  });

  it('the CSV header row is English', () => {
    const header = reportToCsv(tricky, EN).slice(BOM.length).split('\r\n')[0];
    expect(header).toBe(
      'Task;Label;Action;Status;Assigned to;Due date;Priority;Carried over;Reason blocked',
    );
  });
});
