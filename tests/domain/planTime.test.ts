import { describe, expect, it } from 'vitest';
import { planNow, planToday } from '../../src/domain/planTime';

describe('planToday', () => {
  it.each([
    [
      'a plan with a story day lives on that day',
      { storyDay: '2025-05-20' },
      '2026-11-29',
      '2025-05-20',
    ],
    ['a plan with storyDay null uses the clock', { storyDay: null }, '2026-11-29', '2026-11-29'],
    ['a plan without storyDay uses the clock', {}, '2026-11-29', '2026-11-29'],
  ])('%s', (_name, plan, clock, expected) => {
    expect(planToday(plan, clock)).toBe(expected);
  });
});

describe('planNow', () => {
  it.each([
    [
      'a plan with a story day keeps the time of day on that day',
      { storyDay: '2025-05-20' },
      '2026-11-29T14:03:07.123Z',
      '2025-05-20T14:03:07.123Z',
    ],
    [
      'a plan without a story day uses the clock',
      {},
      '2026-11-29T14:03:07.123Z',
      '2026-11-29T14:03:07.123Z',
    ],
    [
      'a plan with storyDay null uses the clock',
      { storyDay: null },
      '2026-11-29T00:00:00.000Z',
      '2026-11-29T00:00:00.000Z',
    ],
  ])('%s', (_name, plan, clock, expected) => {
    expect(planNow(plan, clock)).toBe(expected);
  });
});
