import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  memo,
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
import { now } from '../../lib/clock';
import { useBoardRequest } from '../../state/boardRequest';
import { AddTitleForm } from '../../ui/AddTitleForm';
import { ContextCard, type CardContext } from './TaskCard';

export const itemId = (cell: string, taskId: string) => `${cell}|${taskId}`;

/**
 * Cards a column renders before "Meer tonen": a sprint of a 10,000-task plan can put hundreds of
 * cards in one column, and every rendered card is a sortable dnd-kit measures and re-renders.
 */
export const CARDS_PER_STEP = 50;

// Memoised: a filter or search re-renders the board, and cards whose task did not change can stay.
const SortableCard = memo(function SortableCard({
  cell,
  task,
  ctx,
  highlighted,
  focusOnShow,
}: {
  cell: string;
  task: Task;
  ctx: CardContext;
  /** Just added: brought into view and marked for a moment, so the user sees where it went. */
  highlighted: boolean;
  /** Also takes focus: the keyboard user's dragged item is gone, their focus follows the card. */
  focusOnShow: boolean;
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
    },
    [setNodeRef],
  );
  useEffect(() => {
    if (!highlighted) return;
    node.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    if (focusOnShow) node.current?.querySelector<HTMLElement>('.card-title')?.focus();
  }, [highlighted, focusOnShow]);
  return (
    <li
      ref={ref}
      style={{ transform: CSS.Translate.toString(transform), transition }}
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

/**
 * The first `CARDS_PER_STEP` of a list, one step more each time "Meer tonen" is pressed, and every
 * task changed since the column appeared: a card just added, dropped or edited is never hidden.
 * After "Meer tonen" focus goes to the first card that appeared, so a keyboard user reads on there.
 */
function useShownCards(tasks: Task[]) {
  const [limit, setLimit] = useState(CARDS_PER_STEP);
  const [since] = useState(now);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listId = useId();
  const shown = useMemo(
    () =>
      tasks.length > limit
        ? tasks.filter((task, i) => i < limit || task.updatedAt >= since)
        : tasks,
    [tasks, limit, since],
  );
  useEffect(() => {
    if (focusId === null) return;
    const at = shown.findIndex((task) => task.id === focusId);
    document.getElementById(listId)?.querySelectorAll<HTMLElement>('.card-title')[at]?.focus();
    setFocusId(null);
  }, [focusId, listId, shown]);
  const showMore = () => {
    const shownIds = new Set(shown.map((task) => task.id));
    setFocusId(tasks.find((task) => !shownIds.has(task.id))?.id ?? null);
    setLimit(limit + CARDS_PER_STEP);
  };
  return { shown, hidden: tasks.length - shown.length, listId, showMore };
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

function ShowMore({ hidden, onClick }: { hidden: number; onClick: () => void }) {
  const { t } = useTranslation('board');
  if (hidden <= 0) return null;
  return (
    <button type="button" className="show-more" onClick={onClick}>
      {t('showMore', { count: hidden })}
    </button>
  );
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
  const open = useShownCards(cell.open);
  const done = useShownCards(cell.done);
  const items = useSameIds(
    useMemo(() => open.shown.map((task) => itemId(id, task.id)), [open.shown, id]),
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
      {/* Only the shown cards are sortable; the board maps a drop back into the whole column. */}
      <SortableContext id={id} items={items} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} id={open.listId} className="card-list" aria-labelledby={headingId}>
          {open.shown.map((task) => (
            <SortableCard
              key={task.id}
              cell={id}
              task={task}
              ctx={ctx}
              highlighted={task.id === highlightId}
              focusOnShow={task.id === highlightId && focusHighlighted}
            />
          ))}
        </ul>
      </SortableContext>
      <ShowMore hidden={open.hidden} onClick={open.showMore} />
      {total === 0 && <p className="column-empty">{t('empty')}</p>}
      {cell.done.length > 0 && (
        <details className="done-fold">
          <summary>{t('doneFold', { count: cell.done.length })}</summary>
          <ul id={done.listId} className="card-list">
            {done.shown.map((task) => (
              <li key={task.id} className="card-item">
                <ContextCard task={task} ctx={ctx} />
              </li>
            ))}
          </ul>
          <ShowMore hidden={done.hidden} onClick={done.showMore} />
        </details>
      )}
    </section>
  );
}
