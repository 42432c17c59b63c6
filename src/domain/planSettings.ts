import { parseDateInputIn, type DateFieldLang } from './dates';
import { validateSprintLength } from './sprints';
import type { IsoDate } from './types';

// What the plan settings accept from the keyboard. Each parser says why it refuses, so the
// screen can say it in Dutch and leave the stored value alone.

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;
export const MAX_INITIALS = 3;

/** A plan year the app can hold: a whole number from MIN_PLAN_YEAR to MAX_PLAN_YEAR. */
export function isPlanYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR;
}

/** Initials made from a name: the first letters of its first two words (Tina Peji → TP). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s&-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export type WeeksProblem = 'empty' | 'not-whole' | 'too-short' | 'too-long';

export function parseWeeks(
  text: string,
): { ok: true; weeks: number } | { ok: false; problem: WeeksProblem } {
  const clean = text.trim();
  if (clean === '') return { ok: false, problem: 'empty' };
  if (!/^-?\d+([.,]\d+)?$/.test(clean)) return { ok: false, problem: 'not-whole' };
  const weeks = Number(clean.replace(',', '.'));
  const verdict = validateSprintLength(weeks);
  return verdict === 'ok' ? { ok: true, weeks } : { ok: false, problem: verdict };
}

export type YearProblem = 'empty' | 'invalid' | 'out-of-range';

export function parseYear(
  text: string,
): { ok: true; year: number } | { ok: false; problem: YearProblem } {
  const clean = text.trim();
  if (clean === '') return { ok: false, problem: 'empty' };
  if (!/^\d+$/.test(clean)) return { ok: false, problem: 'invalid' };
  const year = Number(clean);
  if (!isPlanYear(year)) return { ok: false, problem: 'out-of-range' };
  return { ok: true, year };
}

export type DateInputProblem = 'empty' | 'invalid';

/**
 * A date typed in the screen's language: dd-MM-yyyy (or d/M/yyyy) in Dutch, MM/dd/yyyy in
 * English, yyyy-MM-dd in both; 31-02-2025 is refused, not rolled over.
 */
export function parseDateInput(
  text: string,
  lang: DateFieldLang = 'nl',
): { ok: true; date: IsoDate } | { ok: false; problem: DateInputProblem } {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const date = parseDateInputIn(text, lang);
  return date ? { ok: true, date } : { ok: false, problem: 'invalid' };
}

export type InitialsProblem = 'empty' | 'too-long';

export function checkInitials(
  text: string,
): { ok: true; initials: string } | { ok: false; problem: InitialsProblem } {
  const initials = text.trim().toUpperCase();
  if (initials === '') return { ok: false, problem: 'empty' };
  if ([...initials].length > MAX_INITIALS) return { ok: false, problem: 'too-long' };
  return { ok: true, initials };
}

/**
 * The stored length of one sprint: null means "the plan's default", so a sprint set back to
 * the default follows when the default changes later.
 */
export function sprintLengthOverride(weeks: number, defaultWeeks: number): number | null {
  return weeks === defaultWeeks ? null : weeks;
}
