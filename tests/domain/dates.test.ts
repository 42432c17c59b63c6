import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/domain/dates';

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
