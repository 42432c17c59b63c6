import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Direction = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';
const DIRECTIONS: readonly string[] = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'];

const centre = (b: Box) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });

/**
 * The grid cell a keyboard drag goes to from `from` (the centre of the cell it is over): the
 * nearest one in that direction in the same row (left/right) or column (up/down); when the row
 * or column has none there, the nearest one in that direction at all.
 */
function nextCell<T>(
  from: { x: number; y: number },
  candidates: ReadonlyArray<{ id: T; box: Box }>,
  direction: Direction,
): { id: T; box: Box } | null {
  const horizontal = direction === 'ArrowRight' || direction === 'ArrowLeft';
  const sign = direction === 'ArrowRight' || direction === 'ArrowDown' ? 1 : -1;
  let best: { id: T; box: Box } | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const m = centre(c.box);
    const along = horizontal ? (m.x - from.x) * sign : (m.y - from.y) * sign;
    if (along <= 1) continue;
    const inLine = horizontal
      ? c.box.top <= from.y && from.y <= c.box.top + c.box.height
      : c.box.left <= from.x && from.x <= c.box.left + c.box.width;
    const across = horizontal ? Math.abs(m.y - from.y) : Math.abs(m.x - from.x);
    // Cells in the same row (or column) always win over cells elsewhere.
    const score = (inLine ? 0 : 1e9) + along + across * 2;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Arrow keys move a picked-up task one cell at a time, as in a table. */
export const cellKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  if (!DIRECTIONS.includes(event.code)) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!active || !collisionRect) return undefined;
  const here = over ? droppableRects.get(over.id) : undefined;
  const from = here ? centre(here) : centre(collisionRect);
  const candidates = droppableContainers.getEnabled().flatMap((c) => {
    const box = droppableRects.get(c.id);
    return box && c.id !== over?.id ? [{ id: c.id, box }] : [];
  });
  const target = nextCell(from, candidates, event.code as Direction);
  if (!target) return currentCoordinates;
  return {
    x: target.box.left + (target.box.width - collisionRect.width) / 2,
    y: target.box.top + (target.box.height - collisionRect.height) / 2,
  };
};
