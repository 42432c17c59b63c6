import { describe, expect, it } from 'vitest';
import { formatDateBE } from '../../src/domain/dates';
import {
  checkInitials,
  initialsOf,
  isPlanYear,
  MAX_PLAN_YEAR,
  MIN_PLAN_YEAR,
  parseDateInput,
  parseWeeks,
  parseYear,
  sprintLengthOverride,
} from '../../src/domain/planSettings';

describe('parseWeeks', () => {
  it.each([
    ['6', { ok: true, weeks: 6 }],
    [' 8 ', { ok: true, weeks: 8 }],
    ['1', { ok: true, weeks: 1 }],
    ['26', { ok: true, weeks: 26 }],
    ['0', { ok: false, problem: 'too-short' }],
    ['-6', { ok: false, problem: 'too-short' }],
    ['27', { ok: false, problem: 'too-long' }],
    ['1,5', { ok: false, problem: 'not-whole' }],
    ['1.5', { ok: false, problem: 'not-whole' }],
    ['zes', { ok: false, problem: 'not-whole' }],
    ['6e1', { ok: false, problem: 'not-whole' }],
    ['', { ok: false, problem: 'empty' }],
    ['   ', { ok: false, problem: 'empty' }],
  ])('%j → %j', (text, result) => {
    expect(parseWeeks(text)).toEqual(result);
  });
});

describe('parseYear', () => {
  it.each([
    ['2026', { ok: true, year: 2026 }],
    ['2000', { ok: true, year: 2000 }],
    ['2100', { ok: true, year: 2100 }],
    ['1999', { ok: false, problem: 'out-of-range' }],
    ['20266', { ok: false, problem: 'out-of-range' }],
    ['twintig', { ok: false, problem: 'invalid' }],
    ['2026.5', { ok: false, problem: 'invalid' }],
    ['-2026', { ok: false, problem: 'invalid' }],
    ['', { ok: false, problem: 'empty' }],
  ])('%j → %j', (text, result) => {
    expect(parseYear(text)).toEqual(result);
  });
});

describe('parseDateInput', () => {
  it.each([
    ['05-01-2026', { ok: true, date: '2026-01-05' }],
    ['5-1-2026', { ok: true, date: '2026-01-05' }],
    ['5/1/2026', { ok: true, date: '2026-01-05' }],
    ['2026-01-05', { ok: true, date: '2026-01-05' }],
    ['29-02-2024', { ok: true, date: '2024-02-29' }],
    ['29-02-2025', { ok: false, problem: 'invalid' }],
    ['31-02-2025', { ok: false, problem: 'invalid' }],
    ['31-04-2025', { ok: false, problem: 'invalid' }],
    ['05-13-2025', { ok: false, problem: 'invalid' }],
    ['morgen', { ok: false, problem: 'invalid' }],
    ['', { ok: false, problem: 'empty' }],
  ])('%j → %j', (text, result) => {
    expect(parseDateInput(text)).toEqual(result);
  });

  it.each(['2025-01-06', '2025-12-31', '2024-02-29'])(
    'reads %s back from the way it is shown',
    (date) => expect(parseDateInput(formatDateBE(date))).toEqual({ ok: true, date }),
  );
});

describe('checkInitials', () => {
  it.each([
    ['pm', { ok: true, initials: 'PM' }],
    [' DI ', { ok: true, initials: 'DI' }],
    ['ABC', { ok: true, initials: 'ABC' }],
    ['ABCD', { ok: false, problem: 'too-long' }],
    ['', { ok: false, problem: 'empty' }],
    ['  ', { ok: false, problem: 'empty' }],
  ])('%j → %j', (text, result) => {
    expect(checkInitials(text)).toEqual(result);
  });
});

describe('sprintLengthOverride', () => {
  it.each([
    [8, 6, 8],
    [6, 6, null],
    [4, 6, 4],
  ])('%i weeks with a default of %i is stored as %s', (weeks, fallback, stored) => {
    expect(sprintLengthOverride(weeks, fallback)).toBe(stored);
  });
});

describe('initialsOf', () => {
  it.each([
    ['Tina Peji', 'TP'],
    ['Lu Stephanie Wang', 'LS'],
    ['Member', 'M'],
    ['Data & Informatie', 'DI'],
    ['jan-pieter de smet', 'JP'],
    ['  ', ''],
  ])('%j → %j', (name, initials) => expect(initialsOf(name)).toBe(initials));
});

describe('isPlanYear', () => {
  it.each([
    [MIN_PLAN_YEAR, true],
    [MAX_PLAN_YEAR, true],
    [2025, true],
    [MIN_PLAN_YEAR - 1, false],
    [MAX_PLAN_YEAR + 1, false],
    [2025.5, false],
    [Number.NaN, false],
  ])('%d → %s', (year, ok) => expect(isPlanYear(year)).toBe(ok));
});
