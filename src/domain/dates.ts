import { addDays, differenceInCalendarDays, parseISO, startOfISOWeek } from 'date-fns';
import type { IsoDate, IsoDateTime } from './types';

const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar date in `yyyy-MM-dd` form (rejects 2025-02-31 and year 0000, as a
 * parse and format round trip did). Plain arithmetic: the backup check and the repair call it for
 * every date of every task, 40,000 times when a 10,000-task plan is joined.
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_RE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  // Plain arithmetic, no date-fns parse/format: those would put date-fns' whole parser and
  // formatter in the board's first load, and cost most of a 10k-row check. Year 0000 is refused.
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

// Called once per history line by the report (18,000 at 10k tasks): plain getters instead of a
// format string, same local-time result.
export function toIsoDate(d: Date): IsoDate {
  const month = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

// Local midnight, so that adding days across the daylight-saving weekends stays on whole days.
export function fromIsoDate(value: IsoDate): Date {
  return parseISO(value);
}

export function addDaysIso(value: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(fromIsoDate(value), days));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));
}

/** The calendar day of a moment, in the user's own time zone (that is the day they lived it). */
export function dayOf(at: IsoDateTime): IsoDate {
  return toIsoDate(new Date(at));
}

/** Monday of the ISO week that holds `value`. */
export function startOfIsoWeek(value: IsoDate): IsoDate {
  return toIsoDate(startOfISOWeek(fromIsoDate(value)));
}

/** Sunday of the ISO week that holds `value`: the last day "deze week" still covers. */
export function endOfIsoWeek(value: IsoDate): IsoDate {
  return addDaysIso(startOfIsoWeek(value), 6);
}

/** Belgian full date, as typed in the date fields and written in the exports: 08-06-2025. */
export function formatDateBE(value: IsoDate): string {
  return `${value.slice(8, 10)}-${value.slice(5, 7)}-${value.slice(0, 4)}`;
}

/** A moment in local time, as in the task's history: 08-06-2025 14:05. */
export function formatDateTimeBE(moment: Date): string {
  const hours = String(moment.getHours()).padStart(2, '0');
  const minutes = String(moment.getMinutes()).padStart(2, '0');
  return `${formatDateBE(toIsoDate(moment))} ${hours}:${minutes}`;
}

/** Belgian short date as on the Planner cards: 08-06. */
export function formatDayMonth(value: IsoDate): string {
  return `${value.slice(8, 10)}-${value.slice(5, 7)}`;
}

/** Parses what a Belgian user types: 8-6-2025, 08/06/2025, 2025-06-08. Returns null when impossible. */
export function parseUserDate(input: string): IsoDate | null {
  const text = input.trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The language a date field reads and writes in: it decides whether day or month comes first. */
export type DateFieldLang = 'nl' | 'en';

/**
 * A date as shown in a date field, in the screen's language whatever the browser's: 08-06-2025
 * in Dutch (dd-mm-jjjj), 06/08/2025 in English (mm/dd/yyyy).
 */
export function formatDateInput(value: IsoDate, lang: DateFieldLang): string {
  if (lang === 'nl') return formatDateBE(value);
  return `${value.slice(5, 7)}/${value.slice(8, 10)}/${value.slice(0, 4)}`;
}

/**
 * What a user types in a date field, read in the screen's language: day first in Dutch (8-6-2025,
 * 08/06/2025), month first in English (6/8/2025); yyyy-MM-dd in both. 31-02-2025 is refused, not
 * rolled over. Null when it is no date.
 */
export function parseDateInputIn(input: string, lang: DateFieldLang): IsoDate | null {
  if (lang === 'nl') return parseUserDate(input);
  const text = input.trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
