import {
  defaultRangeExtractor,
  measureElement,
  useVirtualizer,
  type Range,
} from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, type FocusEvent, type ReactNode } from 'react';
import type { Task } from '../../domain/types';

/** A card's height before it is measured (chip, title, meta line, avatars: 100–130 px). */
const ESTIMATED_CARD_PX = 116;
/** The gap between cards: `.card-list`'s 0.5rem. */
const CARD_GAP_PX = 8;
/** Cards rendered beyond each edge of the box: Tab and the drag's arrow keys find the next one. */
const OVERSCAN = 5;

/** A card to render: the task, its place in the whole list and, when windowed, its offset. */
export interface ShownCard {
  task: Task;
  index: number;
  top: number | null;
}

export type Measure = (el: HTMLElement | null) => void;

export interface CardListProps {
  tasks: Task[];
  /** Cards that stay rendered while out of view (the one dragged, the one just added). */
  keep: ReadonlyArray<string | null>;
  /** Also given the scroll box: a column's drop area is its box. */
  boxRef?: (el: HTMLDivElement | null) => void;
  /** The list's name: the column's heading. */
  labelledBy?: string;
  renderCard: (card: ShownCard, measure: Measure | null) => ReactNode;
}

/**
 * A long list of cards (a column's open cards or its done fold) with only the cards in and near
 * its scroll box rendered, plus those that must stay in the page while out of view: the one being
 * dragged (dnd-kit measures it until the drop), the one just added (scrolled to and focused) and
 * the one holding focus (its focus would drop to the page otherwise). Heights are measured as
 * cards appear, so cards of any height line up; a card in a closed fold measures 0 and counts as
 * the estimate until the fold opens. Loaded on first use: a board of short columns never needs it.
 */
export function CardWindow({ tasks, keep, boxRef, labelledBy, renderCard }: CardListProps) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const setBox = useCallback(
    (el: HTMLDivElement | null) => {
      scrollRef.current = el;
      boxRef?.(el);
    },
    [boxRef],
  );
  const focused = useRef<string | null>(null);
  const indexOf = useMemo(() => new Map(tasks.map((task, i) => [task.id, i])), [tasks]);
  const keepKey = keep.filter(Boolean).join('|');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      const extra = [...keepKey.split('|'), focused.current]
        .map((taskId) => (taskId ? indexOf.get(taskId) : undefined))
        .filter((i): i is number => i !== undefined && i < range.count && !shown.includes(i));
      return extra.length === 0 ? shown : [...new Set([...shown, ...extra])].sort((a, b) => a - b);
    },
    [indexOf, keepKey],
  );
  const getItemKey = useCallback((i: number) => tasks[i]?.id ?? i, [tasks]);
  // The virtualizer keeps its own state and asks for a render when the window moves; the cards it
  // hands out are read in this render only, never kept in a memo.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    measureElement: (el, entry, instance) =>
      measureElement(el, entry, instance) || ESTIMATED_CARD_PX,
    getItemKey,
    gap: CARD_GAP_PX,
    overscan: OVERSCAN,
    rangeExtractor,
  });
  return (
    <div
      ref={setBox}
      className="card-scroll"
      // Focus inside the box is kept track of without a render: it matters when the box scrolls.
      onFocus={(e: FocusEvent<HTMLElement>) => {
        const at = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]')?.dataset.index;
        focused.current = at === undefined ? null : (tasks[Number(at)]?.id ?? null);
      }}
      onBlur={(e: FocusEvent<HTMLElement>) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) focused.current = null;
      }}
    >
      <ul
        className="card-list card-list-window"
        style={{ height: virtualizer.getTotalSize() }}
        aria-labelledby={labelledBy}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const task = tasks[item.index];
          return task
            ? renderCard({ task, index: item.index, top: item.start }, virtualizer.measureElement)
            : null;
        })}
      </ul>
    </div>
  );
}
