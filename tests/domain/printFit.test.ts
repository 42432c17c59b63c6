import { describe, expect, it } from 'vitest';
import { A3_LANDSCAPE, printFit } from '../../src/domain/printFit';

describe('printFit', () => {
  const m = A3_LANDSCAPE;
  // The grid's height at the chosen fit, as the print style sheet lays it out.
  const height = (loads: number[], k: number, lines: 2 | 3 = 2) =>
    m.head +
    loads.reduce(
      (sum, l) =>
        sum +
        Math.max(
          m.rowMin,
          Math.min(l, k) * (lines === 3 ? m.chipTall : m.chip) + (l > k ? m.more : 0) + m.pad,
        ),
      0,
    );

  it.each<[string, number[], { perCell: number; zoom: number; lines: 2 | 3 }]>([
    [
      'the demo in theme rows fits at full size with five chips of three lines',
      [4, 3, 4, 3, 2, 2],
      { perCell: 5, zoom: 1, lines: 3 },
    ],
    [
      'six full theme rows fit at full size with chips of two lines',
      [900, 900, 900, 900, 900, 900],
      { perCell: 5, zoom: 1, lines: 2 },
    ],
    [
      'nine full rows: one chip fewer per cell, at a readable zoom',
      Array(9).fill(900),
      { perCell: 4, zoom: 0.821, lines: 2 },
    ],
    [
      'twelve full rows: two chips per cell rather than text below the readable zoom',
      Array(12).fill(900),
      { perCell: 2, zoom: 1, lines: 2 },
    ],
    ['an empty plan', [], { perCell: 5, zoom: 1, lines: 3 }],
  ])('%s', (_name, loads, expected) => {
    expect(printFit(loads, 5)).toEqual(expected);
  });

  it.each<[string, number[]]>([
    ['24 full action rows', Array(24).fill(500)],
    ['60 action rows of one task each', Array(60).fill(1)],
    ['a mix of full and empty rows', [1000, 0, 3, 0, 1000, 7, 2, 2, 0, 40, 40, 40, 1, 1, 1, 1, 9]],
  ])('%s: always one page, never zoomed more than needed', (_name, loads) => {
    const fit = printFit(loads, 5);
    expect(fit.perCell).toBeGreaterThanOrEqual(1);
    expect(fit.perCell).toBeLessThanOrEqual(5);
    expect(m.top + height(loads, fit.perCell, fit.lines) * fit.zoom).toBeLessThanOrEqual(m.page);
    if (fit.zoom < 1)
      expect(m.top + height(loads, fit.perCell, fit.lines) * (fit.zoom + 0.01)).toBeGreaterThan(
        m.page,
      );
  });

  it('rows only as high as their header gain nothing from fewer chips: they keep theirs', () => {
    // Every row holds two tasks, which fit in the row header's height anyway.
    const fit = printFit(Array(30).fill(2), 5);
    expect(fit.perCell).toBe(5);
    expect(fit.zoom).toBeLessThan(m.minZoom);
  });
});
