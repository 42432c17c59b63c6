// The roadmap on one printed page.

/** Sizes of the printed roadmap in CSS px (1/96 inch), as the print style sheet lays it out. */
export interface PrintMetrics {
  /** Height of the page inside its margins: A3 landscape, 297 mm − 2 × 8 mm. */
  page: number;
  /** Title and legend above the grid; they are not zoomed. */
  top: number;
  /** The sprint header row of the grid. */
  head: number;
  /** One task chip of two lines at most, and the gap under it. */
  chip: number;
  /** The same with three lines of title, when the page has room for them. */
  chipTall: number;
  /** The "+N meer" line under a cell's chips. */
  more: number;
  /** Padding and border of a row. */
  pad: number;
  /** Height of a row whatever its cells hold: the row header (name, theme, bar, counts). */
  rowMin: number;
  /** Below this zoom the text gets too small to read; fewer chips per cell are tried first. */
  minZoom: number;
}

/** Measured on the print layout in Chromium, rounded up. */
export const A3_LANDSCAPE: PrintMetrics = {
  page: 1062,
  top: 50,
  head: 62,
  chip: 27,
  chipTall: 38,
  more: 12,
  pad: 10,
  rowMin: 68,
  minZoom: 0.8,
};

export interface PrintFit {
  /** Chips printed per cell; the rest is counted as "+N meer". */
  perCell: number;
  /** Scale of the grid on paper, 1 or less. */
  zoom: number;
  /** Lines of a chip's title on paper: three when everything fits at full size that way, else two. */
  lines: 2 | 3;
}

/**
 * How the roadmap fits on one page: as many chips per cell (at most `max`) as fit at a readable
 * size; when even one chip per cell does not, the grid is zoomed out until it fits, with as many
 * chips as that zoom allows. `rowLoads` holds, per row, the number of tasks in its fullest cell.
 */
export function printFit(
  rowLoads: readonly number[],
  max: number,
  m: PrintMetrics = A3_LANDSCAPE,
): PrintFit {
  const rowHeight = (load: number, k: number, chip: number) =>
    Math.max(m.rowMin, Math.min(load, k) * chip + (load > k ? m.more : 0) + m.pad);
  const zoomAt = (k: number, chip = m.chip) => {
    const grid = m.head + rowLoads.reduce((sum, load) => sum + rowHeight(load, k, chip), 0);
    return Math.min(1, Math.floor(((m.page - m.top) / grid) * 1000) / 1000);
  };
  const top = Math.max(1, Math.floor(max));
  if (zoomAt(top, m.chipTall) === 1) return { perCell: top, zoom: 1, lines: 3 };
  const best = zoomAt(1);
  for (let k = top; k >= 1; k--) {
    const zoom = zoomAt(k);
    // Fewer chips only where they buy a larger, readable zoom: rows as high as their header gain nothing.
    if (zoom >= m.minZoom || zoom >= best) return { perCell: k, zoom, lines: 2 };
  }
  return { perCell: 1, zoom: best, lines: 2 };
}
