// The board on the wall: what the printed sheet ("Bord afdrukken") and the presentation mode show
// of the board as it is filtered and grouped. Every card, not only the window a long column
// renders on screen.
import { cellId, type Cell } from './group';
import type { Person, Status, Task } from './types';

/** One card as read from two metres: title, status, people, and why it is blocked. */
export interface WallCard {
  id: string;
  title: string;
  status: Status;
  /** Names of the people on the task, in the task's order; unknown ids left out. */
  people: string[];
  /** Null unless blocked; '' when blocked without a reason. */
  blockedReason: string | null;
}

export interface WallGroup {
  /** The swimlane's title, or null without swimlanes. */
  lane: string | null;
  cards: WallCard[];
}

export interface WallColumn {
  key: string;
  title: string;
  color: string | null;
  /** Cards in the column over all its lanes (a task under two people counts under each). */
  count: number;
  /** One group per swimlane that has cards in this column; one group without swimlanes. */
  groups: WallGroup[];
}

/** A column or swimlane of the board, its title already in words. */
export interface WallHead {
  key: string;
  title: string;
  color: string | null;
}

function wallCard(task: Task, people: ReadonlyMap<string, Person>): WallCard {
  return {
    id: task.id,
    title: task.title,
    status: task.status,
    people: task.assigneeIds.flatMap((id) => {
      const person = people.get(id);
      return person ? [person.name] : [];
    }),
    blockedReason: task.status === 'geblokkeerd' ? task.blockedReason.trim() : null,
  };
}

/**
 * The board's columns as the wall shows them: each column's cards, open ones first in their
 * board order and then the done ones, per swimlane when the board has them. Empty columns stay:
 * the wall shows the whole board, a theme without work included.
 */
export function wallColumns(
  columns: readonly WallHead[],
  lanes: readonly WallHead[] | null,
  cells: ReadonlyMap<string, Cell>,
  people: readonly Person[],
): WallColumn[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const cardsOf = (id: string) => {
    const cell = cells.get(id);
    return cell ? [...cell.open, ...cell.done].map((task) => wallCard(task, byId)) : [];
  };
  return columns.map((col) => {
    const groups: WallGroup[] = lanes
      ? lanes
          .map((lane) => ({ lane: lane.title, cards: cardsOf(cellId(lane.key, col.key)) }))
          .filter((g) => g.cards.length > 0)
      : [{ lane: null, cards: cardsOf(cellId(null, col.key)) }];
    return {
      key: col.key,
      title: col.title,
      color: col.color,
      count: groups.reduce((sum, g) => sum + g.cards.length, 0),
      groups,
    };
  });
}

/** The column the presentation shows after an arrow key: one step, stopping at either end. */
export function stepColumn(current: number, step: -1 | 1, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, current + step));
}

/** Type sizes of the printed sheet in points: as large as the number of columns side by side allows. */
export interface WallPrintType {
  /** A card's title. */
  title: number;
  /** Status, people and blocked reason under it. */
  meta: number;
  /** A column's heading. */
  heading: number;
}

/**
 * On A3 landscape (400 mm between the margins), six theme columns of 60 mm take titles of 16 pt:
 * readable from two metres. Fewer columns get larger type; many (grouped by person, say) smaller,
 * never below what is still read up close.
 */
export function wallPrintType(columnCount: number): WallPrintType {
  const title = columnCount <= 4 ? 20 : columnCount <= 6 ? 16 : columnCount <= 8 ? 13 : 11;
  return { title, meta: Math.round(title * 0.75), heading: Math.round(title * 1.125) };
}
