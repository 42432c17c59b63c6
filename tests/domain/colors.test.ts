import { describe, expect, it } from 'vitest';
import {
  CHIP_PALETTE,
  checkChipColor,
  contrastRatio,
  nextFreeColor,
} from '../../src/domain/colors';
import { demoPlan } from '../../src/db/seedData';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#0B3A5D', '#FFFFFF', 11.81],
  ])('%s on %s is %f:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });
});

describe('checkChipColor', () => {
  it.each([
    ['#1f5fa8', null],
    ['#767676', null],
    ['#777777', { problem: 'too-light', ratio: 4.4 }],
    ['#ffff00', { problem: 'too-light', ratio: 1 }],
    ['#f0a020', { problem: 'too-light', ratio: 2.1 }],
    ['red', { problem: 'invalid' }],
    ['#12345', { problem: 'invalid' }],
    ['', { problem: 'invalid' }],
  ])('%j → %j', (color, verdict) => {
    expect(checkChipColor(color)).toEqual(verdict);
  });

  it('accepts every colour of the palette and of the demo plan (white text stays readable)', () => {
    const colors = [
      ...CHIP_PALETTE,
      ...demoPlan.themes.map((t) => t.color),
      ...demoPlan.people.map((p) => p.color),
    ];
    expect(colors.filter((c) => checkChipColor(c) !== null)).toEqual([]);
  });
});

describe('nextFreeColor', () => {
  it.each([
    [[], '#1f5fa8'],
    [['#1F5FA8'], '#7a3e9d'],
    [[...CHIP_PALETTE], CHIP_PALETTE[0]],
  ])('with %j in use → %s', (used, color) => {
    expect(nextFreeColor(used)).toBe(color);
  });
});
