import { useDroppable } from '@dnd-kit/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listWindow } from '../../domain/listWindow';
import type { RoadmapTask } from '../../domain/roadmap';
import { DraggableTask, FrozenTask } from './TaskChips';
import type { CellData } from './useRoadmapDnd';

/** Tasks shown per cell before "+N meer" (on screen and on paper). */
export const CELL_LIMIT = 5;
/** How many more a click on "+N meer" shows: a cell of thousands never lands in the DOM at once. */
export const CELL_STEP = 20;

interface CellProps {
  id: string;
  data: CellData;
  frozen: boolean;
  current: boolean;
  label: string;
  tasks: RoadmapTask[];
  /** How many of the cell's tasks are on screen. */
  limit: number;
  /** How many are printed (the page must hold the whole grid). */
  printLimit: number;
  /** A task just moved here: shown even beyond the limit. */
  pinned: string | null;
  onLimit: (limit: number) => void;
  onChoose: (id: string) => void;
  register: (id: string, el: HTMLButtonElement | null) => void;
}

export function Cell({
  id,
  data,
  frozen,
  current,
  label,
  tasks,
  limit,
  printLimit,
  pinned,
  onLimit,
  onChoose,
  register,
}: CellProps) {
  const { t } = useTranslation('roadmap');
  const { setNodeRef, isOver } = useDroppable({ id, data, disabled: frozen });
  const { shown, hidden } = listWindow(tasks, limit, pinned);
  const listRef = useRef<HTMLUListElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const lessRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<
    { kind: 'more'; from: number } | { kind: 'less' } | null
  >(null);

  // "+N meer" and "Minder tonen" may vanish under the pointer: focus goes to what replaced them.
  useEffect(() => {
    if (!focusAfter) return;
    const next =
      focusAfter.kind === 'more'
        ? (listRef.current?.children[focusAfter.from]?.querySelector('button') ??
          moreRef.current ??
          lessRef.current)
        : (moreRef.current ?? lessRef.current);
    next?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const offPaper = tasks.length - printLimit;
  const classes = ['rm-cell', current && 'rm-current', frozen && 'rm-frozen', isOver && 'rm-over']
    .filter(Boolean)
    .join(' ');
  return (
    <td ref={setNodeRef} className={classes}>
      {tasks.length > 0 && (
        <ul className="rm-list" aria-label={label} ref={listRef}>
          {shown.map((task, i) => {
            // On paper a cell shows its first printLimit, whatever is opened on screen.
            const extra = i >= printLimit ? ' rm-task-extra' : '';
            return task.frozen ? (
              <FrozenTask key={task.id} task={task} extra={extra} />
            ) : (
              <DraggableTask
                key={task.id}
                task={task}
                extra={extra}
                onChoose={onChoose}
                register={register}
              />
            );
          })}
        </ul>
      )}
      {(hidden > 0 || limit > CELL_LIMIT) && (
        <div className="rm-more-row">
          {hidden > 0 && (
            <button
              ref={moreRef}
              type="button"
              className="rm-more"
              // The visible text first, then which cell: every cell has its own "+N meer".
              aria-label={t('moreIn', { count: hidden, cell: label })}
              onClick={() => {
                setFocusAfter({ kind: 'more', from: Math.min(limit, tasks.length) });
                onLimit(limit + CELL_STEP);
              }}
            >
              {t('more', { count: hidden })}
            </button>
          )}
          {limit > CELL_LIMIT && (
            <button
              ref={lessRef}
              type="button"
              className="rm-more"
              aria-label={t('lessIn', { cell: label })}
              onClick={() => {
                setFocusAfter({ kind: 'less' });
                onLimit(CELL_LIMIT);
              }}
            >
              {t('less')}
            </button>
          )}
        </div>
      )}
      {offPaper > 0 && (
        <span className="rm-more-print" aria-hidden="true">
          {t('more', { count: offPaper })}
        </span>
      )}
    </td>
  );
}
