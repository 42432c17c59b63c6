import { describe, expect, it } from 'vitest';
import { formatRange, formatShort } from '../../src/i18n/dates';

describe('dates in words', () => {
  it.each([
    ['2025-04-28', '2025-06-08', 'nl', '28 apr – 8 jun 2025'],
    ['2025-12-08', '2026-01-18', 'nl', '8 dec 2025 – 18 jan 2026'],
    ['2025-03-03', '2025-05-11', 'nl', '3 mrt – 11 mei 2025'],
    ['2025-04-28', '2025-06-08', 'en', 'Apr 28 – Jun 8, 2025'],
    ['2025-12-08', '2026-01-18', 'en', 'Dec 8, 2025 – Jan 18, 2026'],
  ] as const)('formatRange(%s, %s, %s) is "%s"', (start, end, lang, text) =>
    expect(formatRange(start, end, lang)).toBe(text),
  );

  it.each([
    ['2025-06-08', 'nl', '8 jun 2025'],
    ['2025-10-01', 'nl', '1 okt 2025'],
    ['2025-06-08', 'en', 'Jun 8, 2025'],
    ['2025-10-01', 'en', 'Oct 1, 2025'],
  ] as const)('formatShort(%s, %s) is "%s"', (value, lang, text) =>
    expect(formatShort(value, lang)).toBe(text),
  );
});
