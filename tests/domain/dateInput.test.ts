import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInputIn, type DateFieldLang } from '../../src/domain/dates';

describe('formatDateInput', () => {
  it.each([
    ['nl', '2025-06-08', '08-06-2025'],
    ['nl', '2025-12-31', '31-12-2025'],
    ['en', '2025-06-08', '06/08/2025'],
    ['en', '2025-12-31', '12/31/2025'],
  ] as Array<[DateFieldLang, string, string]>)('shows %s %s as %s', (lang, iso, shown) => {
    expect(formatDateInput(iso, lang)).toBe(shown);
  });
});

describe('parseDateInputIn', () => {
  it.each([
    ['nl', '08-06-2025', '2025-06-08'],
    ['nl', '8-6-2025', '2025-06-08'],
    ['nl', '08/06/2025', '2025-06-08'],
    ['nl', ' 2025-06-08 ', '2025-06-08'],
    ['nl', '31-12-2025', '2025-12-31'],
    ['nl', '12/31/2025', null],
    ['nl', '31-02-2025', null],
    ['nl', '', null],
    ['nl', 'morgen', null],
    ['en', '06/08/2025', '2025-06-08'],
    ['en', '6/8/2025', '2025-06-08'],
    ['en', '12/31/2025', '2025-12-31'],
    ['en', '2025-06-08', '2025-06-08'],
    ['en', '31/12/2025', null],
    ['en', '02/30/2025', null],
    ['en', 'tomorrow', null],
  ] as Array<[DateFieldLang, string, string | null]>)('reads %s "%s" as %s', (lang, text, iso) => {
    expect(parseDateInputIn(text, lang)).toBe(iso);
  });

  it.each(['nl', 'en'] as DateFieldLang[])('reads back what it shows in %s', (lang) => {
    for (const iso of ['2025-01-01', '2025-06-08', '2024-02-29', '2025-12-31'])
      expect(parseDateInputIn(formatDateInput(iso, lang), lang)).toBe(iso);
  });
});
