import { format, isValid, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  endOfIsoWeek,
  isIsoDate,
  formatDateBE,
  formatDateTimeBE,
  startOfIsoWeek,
  toIsoDate,
} from '../../src/domain/dates';

describe('toIsoDate', () => {
  it.each([
    [new Date(2025, 0, 1, 0, 0), '2025-01-01'],
    [new Date(2024, 1, 29, 23, 59), '2024-02-29'],
    [new Date(2025, 2, 30, 2, 30), '2025-03-30'],
    [new Date(2025, 9, 26, 2, 30), '2025-10-26'],
    [new Date(2025, 11, 31, 23, 59, 59), '2025-12-31'],
  ])('gives the local calendar day of %s as %s', (date, iso) => {
    expect(toIsoDate(date)).toBe(iso);
  });
});

describe('ISO week bounds', () => {
  it.each([
    // [day, Monday, Sunday]
    ['2025-05-20', '2025-05-19', '2025-05-25'],
    ['2025-05-19', '2025-05-19', '2025-05-25'],
    ['2025-05-25', '2025-05-19', '2025-05-25'],
    ['2024-12-31', '2024-12-30', '2025-01-05'],
    ['2024-02-28', '2024-02-26', '2024-03-03'],
    ['2025-03-30', '2025-03-24', '2025-03-30'],
  ])('%s lies in the week %s to %s', (day, monday, sunday) => {
    expect(startOfIsoWeek(day)).toBe(monday);
    expect(endOfIsoWeek(day)).toBe(sunday);
  });
});

describe('formatDateBE', () => {
  it.each([
    ['2025-06-08', '08-06-2025'],
    ['2025-12-31', '31-12-2025'],
    ['2000-01-01', '01-01-2000'],
  ])('%s → %s', (iso, shown) => expect(formatDateBE(iso)).toBe(shown));
});

describe('formatDateTimeBE', () => {
  it.each([
    [new Date(2025, 5, 8, 14, 5), '08-06-2025 14:05'],
    [new Date(2025, 0, 1, 0, 0), '01-01-2025 00:00'],
    [new Date(2025, 11, 31, 23, 59), '31-12-2025 23:59'],
  ])('%s → %s', (moment, shown) => expect(formatDateTimeBE(moment)).toBe(shown));
});

describe('isIsoDate', () => {
  // Before, isIsoDate was date-fns' parse → format round trip; that stays the oracle. Every month
  // 00–13 and day 00–32 of years around the edges (year 0, centuries, leap rules, 9999).
  const years = [
    '0000',
    '0001',
    '0099',
    '0100',
    '1582',
    '1900',
    '1999',
    '2000',
    '2024',
    '2025',
    '2100',
    '2400',
    '9999',
  ];
  const two = (n: number) => String(n).padStart(2, '0');
  const oracle = (value: string) => {
    const d = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
    return isValid(d) && format(d, 'yyyy-MM-dd') === value;
  };

  it.each(years)(
    'agrees with the date-fns round trip on every month and day of year %s',
    (year) => {
      const disagree: string[] = [];
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${two(month)}-${two(day)}`;
          if (isIsoDate(value) !== oracle(value)) disagree.push(value);
        }
      expect(disagree).toEqual([]);
    },
  );

  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['0000-01-01', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-06-08 ', false],
    ['25-06-08', false],
  ])('isIsoDate(%s) = %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));
});
