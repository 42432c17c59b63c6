import { useDndMonitor, useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  lazy,
  memo,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEventHandler,
  type PointerEventHandler,
  type TouchEventHandler,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell } from '../../domain/group';
import type { Task } from '../../domain/types';
import { useBoardRequest } from '../../state/boardRequest';
import { AddTitleForm } from '../../ui/AddTitleForm';
import type { CardListProps, Measure } from './CardWindow';
import { ContextCard, type CardContext } from './TaskCard';

export const itemId = (cell: string, taskId: string) => `${cell}|${taskId}`;

/**
 * A column of up to this many cards renders every one of them; a longer column renders only the
 * cards in and near its scroll box. Every rendered card is a sortable that dnd-kit measures and
 * React redraws on a drop: at 10,000 tasks a sprint holds ~1,555, ~260 a column, and rendering the
 * first 50 of each (the old "Meer tonen" cap) put ~300 cards and ~6,600 elements on the board,
 * with a drop costing ~200 ms. A scroll box of a laptop's height shows 6–8 cards; with the overscan
 * a windowed column renders ~20. Up to 50 the cost is what the board always paid (a 1,000-task
 * plan puts ~26 in a column), and every card stays in the page, where the browser's own search
 * and a test find it; the windowing code (~10 kB gzip) stays out of the first load.
 */
export const VIRTUALISE_ABOVE = 50;

// Memoised: a filter or search re-renders the board, and cards whose task did not change can stay.
const SortableCard = memo(function SortableCard({
  cell,
  task,
  ctx,
  highlighted,
  focusOnShow,
  index,
  setSize,
  top,
  measure,
}: {
  cell: string;
  task: Task;
  ctx: CardContext;
  /** Just added: brought into view and marked for a moment, so the user sees where it went. */
  highlighted: boolean;
  /** Also takes focus: the keyboard user's dragged item is gone, their focus follows the card. */
  focusOnShow: boolean;
  /** Its place in the whole column (0-based) and the column's length, for screen readers. */
  index: number;
  setSize: number;
  /** Where a windowed column places it; null in a column that renders every card. */
  top: number | null;
  measure: Measure | null;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: itemId(cell, task.id),
    data: { cell, taskId: task.id },
  });
  // Stable while the drag state is, so that the memoised card is not redrawn on every drag step.
  const onKeyDown = listeners?.onKeyDown as KeyboardEventHandler | undefined;
  const handleProps = useMemo(() => ({ ...attributes, onKeyDown }), [attributes, onKeyDown]);
  const node = useRef<HTMLLIElement | null>(null);
  const ref = useMemo(
    () => (el: HTMLLIElement | null) => {
      node.current = el;
      setNodeRef(el);
      measure?.(el);
    },
    [setNodeRef, measure],
  );
  useEffect(() => {
    if (!highlighted) return;
    node.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    if (focusOnShow) node.current?.querySelector<HTMLElement>('.card-title')?.focus();
  }, [highlighted, focusOnShow]);
  return (
    <li
      ref={ref}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        ...(top === null ? null : { top }),
      }}
      className={highlighted ? 'card-item card-new' : 'card-item'}
    >
      <ContextCard
        task={task}
        ctx={ctx}
        dragging={isDragging}
        handleProps={handleProps}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
        onTouchStart={listeners?.onTouchStart as TouchEventHandler | undefined}
      />
    </li>
  );
});

const NO_KEEP: ReadonlyArray<string | null> = [];

// The windowing code loads when a column first holds more than VIRTUALISE_ABOVE cards.
const CardWindow = lazy(() => import('./CardWindow').then((m) => ({ default: m.CardWindow })));
/** Cards a long column shows for the moment the windowing code loads: about a screenful. */
const FIRST_PAINT = 12;

/** A list of cards in its scroll box: all of them up to VIRTUALISE_ABOVE, else a window. */
function CardList(props: CardListProps) {
  const { tasks, boxRef, labelledBy, renderCard } = props;
  const plain = (shown: Task[]) => (
    <div ref={boxRef} className="card-scroll">
      <ul className="card-list" aria-labelledby={labelledBy}>
        {shown.map((task, index) => renderCard({ task, index, top: null }, null))}
      </ul>
    </div>
  );
  if (tasks.length <= VIRTUALISE_ABOVE) return plain(tasks);
  return (
    <Suspense fallback={plain(tasks.slice(0, FIRST_PAINT))}>
      <CardWindow {...props} />
    </Suspense>
  );
}

/**
 * The previous array while the ids are the same: a new array gives the column's sortable context a
 * new value, and every card in it renders again, though nothing in this column moved.
 */
function useSameIds(ids: string[]): string[] {
  const [kept, setKept] = useState(ids);
  if (kept === ids || (kept.length === ids.length && kept.every((x, i) => x === ids[i])))
    return kept;
  setKept(ids);
  return ids;
}

/** The task of this column being dragged, if any: it stays rendered while it is out of view. */
function useDraggedHere(cell: string): string | null {
  const [dragged, setDragged] = useState<string | null>(null);
  useDndMonitor({
    onDragStart: ({ active }) => {
      if (active.data.current?.cell === cell) setDragged(String(active.data.current.taskId));
    },
    onDragEnd: () => setDragged(null),
    onDragCancel: () => setDragged(null),
  });
  return dragged;
}

interface AddTaskProps {
  onAdd: (title: string) => Promise<string | null>;
  /** Open the form now: asked from outside the board ("Nieuwe taak in …" in the palette). */
  requested?: boolean;
}

/** "+ Taak toevoegen": Enter saves and keeps the field for the next title, Escape closes it. */
function AddTask({ onAdd, requested = false }: AddTaskProps) {
  const { t } = useTranslation('board');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!requested) return;
    setOpen(true);
    useBoardRequest.getState().clear();
  }, [requested]);
  if (!open) {
    return (
      <button type="button" className="add-task" onClick={() => setOpen(true)}>
        + {t('addTask')}
      </button>
    );
  }
  return (
    <AddTitleForm
      className="add-task-form"
      label={t('newTitle')}
      hideLabel
      placeholder={t('addHint')}
      // The field appears because the user asked for it, so focus follows.
      autoFocus
      onAdd={onAdd}
      onCancel={() => setOpen(false)}
      onLeaveEmpty={() => setOpen(false)}
    />
  );
}

interface ColumnProps {
  id: string;
  title: string;
  color: string | null;
  cell: Cell;
  droppable: boolean;
  ctx: CardContext;
  onAdd: ((title: string) => Promise<string | null>) | null;
  /** The id of the task just added on the board, if any. */
  highlightId?: string | null;
  /** Whether that card also takes focus. */
  focusHighlighted?: boolean;
  /** Open "Taak toevoegen" now (the palette's "Nieuwe taak in …"). */
  addRequested?: boolean;
  /** Shown in the header instead of the plain count (the count against a WIP limit). */
  headerCount?: ReactNode;
}

export function Column({
  id,
  title,
  color,
  cell,
  droppable,
  ctx,
  onAdd,
  highlightId = null,
  focusHighlighted = false,
  addRequested = false,
  headerCount,
}: ColumnProps) {
  const { t } = useTranslation('board');
  const { setNodeRef, isOver } = useDroppable({ id, data: { cell: id }, disabled: !droppable });
  const headingId = useId();
  const total = cell.open.length + cell.done.length;
  const dragged = useDraggedHere(id);
  // Every card of the column, rendered or not: a card's index is its place in the whole column.
  const items = useSameIds(
    useMemo(() => cell.open.map((task) => itemId(id, task.id)), [cell.open, id]),
  );
  return (
    <section
      className={`column${isOver ? ' column-over' : ''}`}
      aria-label={t('column', { name: title, count: total })}
      style={color ? { borderTopColor: color } : undefined}
    >
      <header className="column-head">
        <h3 id={headingId}>{title}</h3>
        {headerCount ?? (
          <span className="column-count" aria-hidden="true">
            {total}
          </span>
        )}
      </header>
      {onAdd && <AddTask onAdd={onAdd} requested={addRequested} />}
      {/* A long column renders a window of its cards; the board maps a drop into the whole column. */}
      <SortableContext id={id} items={items} strategy={verticalListSortingStrategy}>
        <CardList
          tasks={cell.open}
          keep={[dragged, highlightId]}
          boxRef={setNodeRef}
          labelledBy={headingId}
          renderCard={({ task, index, top }, measure) => (
            <SortableCard
              key={task.id}
              cell={id}
              task={task}
              ctx={ctx}
              highlighted={task.id === highlightId}
              focusOnShow={task.id === highlightId && focusHighlighted}
              index={index}
              setSize={cell.open.length}
              top={top}
              measure={measure}
            />
          )}
        />
      </SortableContext>
      {total === 0 && <p className="column-empty">{t('empty')}</p>}
      {cell.done.length > 0 && (
        <details className="done-fold">
          <summary>{t('doneFold', { count: cell.done.length })}</summary>
          <CardList
            tasks={cell.done}
            keep={NO_KEEP}
            renderCard={({ task, index, top }, measure) => (
              <li
                key={task.id}
                ref={measure}
                data-index={index}
                aria-posinset={index + 1}
                aria-setsize={cell.done.length}
                style={top === null ? undefined : { top }}
                className="card-item"
              >
                <ContextCard task={task} ctx={ctx} />
              </li>
            )}
          />
        </details>
      )}
    </section>
  );
}
