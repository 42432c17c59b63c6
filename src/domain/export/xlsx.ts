import { formatDateBE } from '../dates';
import type { Workbook as WorkbookType, Worksheet } from 'exceljs';
import type { SprintReport } from '../report';
import type { IsoDate } from '../types';
import { wipNote, wipTable } from './document';
import { neutralizeCell } from './neutralize';
import { fill, type ExportWords } from './vocabulary';

type ExcelJs = typeof import('exceljs');

// exceljs is a large library: loaded here on first use so that it stays out of the board's
// first bundle (Vite puts a dynamically imported module in a chunk of its own).
async function loadExcelJs(): Promise<ExcelJs> {
  const module = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  // The browser build is a CommonJS bundle: its exports then arrive on `default`.
  return module.Workbook ? module : (module.default as ExcelJs);
}

const DATE_FORMAT = 'dd-mm-yyyy';

/**
 * A calendar date as an Excel date. exceljs counts from UTC, so the date is built at UTC
 * midnight: the cell then shows the same day in every time zone.
 */
export function excelDate(value: IsoDate): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const text = (value: string) => neutralizeCell(value);

function header(sheet: Worksheet, rowNumber: number): void {
  sheet.getRow(rowNumber).font = { bold: true };
}

function summarySheet(book: WorkbookType, report: SprintReport, words: ExportWords): void {
  const W = words.text;
  const sheet = book.addWorksheet(W.summarySheet);
  sheet.columns = [
    { width: 32 },
    { width: 40 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
  ];
  const t = report.totals;
  sheet.addRow([fill(W.title, { number: report.sprintNumber })]).font = { bold: true, size: 14 };
  sheet.addRow([W.plan, text(report.planName)]);
  sheet.addRow([W.sprint, report.sprintNumber]);
  sheet.addRow([W.period, words.range(report.start, report.end)]);
  const dates: Array<[string, IsoDate]> = [
    [W.start, report.start],
    [W.end, report.end],
    [W.asOf, report.asOf],
  ];
  for (const [label, value] of dates) {
    const row = sheet.addRow([label, excelDate(value)]);
    row.getCell(2).numFmt = DATE_FORMAT;
    row.getCell(2).alignment = { horizontal: 'left' };
  }
  sheet.addRow([W.goal, text(report.goal)]);
  const state = report.closed ? W.stateClosed : W.stateOpen;
  sheet.addRow([W.state, fill(state, { date: formatDateBE(report.asOf) })]);
  sheet.addRow([]);

  header(sheet, sheet.addRow([W.totals, W.value]).number);
  const numbers: Array<[string, number]> = [
    [W.planned, t.planned],
    [W.added, t.added],
    [W.removed, t.removed],
    [W.total, t.total],
    [W.done, t.done],
  ];
  for (const row of numbers) sheet.addRow(row);
  const completion = sheet.addRow([W.completion, t.total ? t.done / t.total : 0]);
  completion.getCell(2).numFmt = '0%';
  for (const row of [
    [W.inProgress, t.inProgress],
    [W.blocked, t.blocked],
    [W.open, t.open],
    [W.carriedOver, t.carriedOver],
  ] as Array<[string, number]>)
    sheet.addRow(row);
  sheet.addRow([]);

  header(sheet, sheet.addRow([W.label, W.theme, W.open, W.blocked, W.done, W.grandTotal]).number);
  for (const r of report.themes)
    sheet.addRow([text(r.label), text(r.name), r.open, r.blocked, r.done, r.total]);
  sheet.addRow([]);

  header(sheet, sheet.addRow([W.person, W.assigned, W.done, W.open, W.blocked]).number);
  for (const p of report.people)
    sheet.addRow([text(p.name ?? W.unassigned), p.assigned, p.done, p.open, p.blocked]);
  sheet.addRow([]);

  const wipLine = wipNote(report, words);
  if (wipLine !== null) {
    header(sheet, sheet.addRow([W.wipTitle]).number);
    sheet.addRow([wipLine]);
  } else {
    const wip = wipTable(report, words);
    header(sheet, sheet.addRow(wip.head).number);
    for (const row of wip.rows) sheet.addRow([text(String(row[0])), ...row.slice(1)]);
  }
}

function tasksSheet(book: WorkbookType, report: SprintReport, words: ExportWords): void {
  const W = words.text;
  const sheet = book.addWorksheet(W.tasksSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: W.task, width: 50 },
    { header: W.label, width: 20 },
    { header: W.action, width: 36 },
    { header: W.status, width: 15 },
    { header: W.assignees, width: 32 },
    { header: W.due, width: 13, style: { numFmt: DATE_FORMAT } },
    { header: W.priority, width: 12 },
    { header: W.carried, width: 14 },
    { header: W.blockedReason, width: 50 },
  ];
  header(sheet, 1);
  for (const x of report.tasks)
    sheet.addRow([
      text(x.title),
      text(x.themeLabel),
      text(x.actionTitle),
      words.status[x.status],
      text(x.assignees.join(', ')),
      x.dueDate ? excelDate(x.dueDate) : null,
      words.priority[x.priority],
      x.carryOverCount,
      text(x.blockedReason),
    ]);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 9 } };
}

function blockedSheet(book: WorkbookType, report: SprintReport, words: ExportWords): void {
  const W = words.text;
  const sheet = book.addWorksheet(W.blockedSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: W.task, width: 50 },
    { header: W.label, width: 20 },
    { header: W.reason, width: 60 },
    { header: W.blockedSince, width: 18, style: { numFmt: DATE_FORMAT } },
    { header: W.daysBlocked, width: 18 },
    { header: W.blockedBy, width: 50 },
    { header: W.assignees, width: 32 },
  ];
  header(sheet, 1);
  for (const b of report.blocked)
    sheet.addRow([
      text(b.title),
      text(b.themeLabel),
      text(b.reason),
      b.blockedSince ? excelDate(b.blockedSince) : null,
      b.daysBlocked,
      text(b.blockedBy.join('; ')),
      text(b.assignees.join(', ')),
    ]);
}

function burnUpSheet(book: WorkbookType, report: SprintReport, words: ExportWords): void {
  const W = words.text;
  const sheet = book.addWorksheet(W.burnUpSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: W.date, width: 13, style: { numFmt: DATE_FORMAT } },
    { header: W.scope, width: 10 },
    { header: W.done, width: 10 },
  ];
  header(sheet, 1);
  for (const p of report.burnUp) sheet.addRow([excelDate(p.date), p.scope, p.done]);
}

/** The report as an Excel workbook: Samenvatting, Taken, Geblokkeerd (and the burn-up figures). */
export async function reportToXlsx(
  report: SprintReport,
  words: ExportWords,
): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await loadExcelJs();
  const book = new Workbook();
  book.creator = 'Sprintbord';
  // Fixed rather than the clock: the same report gives the same file.
  book.created = excelDate(report.asOf);
  book.modified = book.created;
  summarySheet(book, report, words);
  tasksSheet(book, report, words);
  blockedSheet(book, report, words);
  burnUpSheet(book, report, words);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
