import { useDraggable, useDroppable } from '@dnd-kit/core';
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
} from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_FILTER, filterTasks } from '../../domain/filter';
import { NONE } from '../../domain/group';
import { listWindow } from '../../domain/listWindow';
import { planPullToSprint, sprintLoad } from '../../domain/planning';
import type { Person, Sprint, Task } from '../../domain/types';
import type { PlanBundle } from '../../db/live';
import { moveTaskUndoable } from '../../app/writes';
import { ContextCard, type CardContext } from './TaskCard';
import { BACKLOG_CELL } from './usePlanning';

/** Backlog rows listed before "Meer tonen": a search or filter narrows a long backlog further. */
const ROWS_PER_STEP = 50;

interface PlanningPanelProps {
  sprint: Sprint;
  /** The unfinished tasks without a sprint, in backlog order; undefined while they are read. */
  backlog: Task[] | undefined;
  /** Every task of the sprint, whatever the board's filter shows: the load is the sprint's. */
  sprintTasks: readonly Task[];
  bundle: PlanBundle;
  ctx: CardContext;
}

/** "Open taken per persoon": the capacity check while pulling work into the sprint. */
function LoadList({
  sprint,
  tasks,
  people,
}: {
  sprint: Sprint;
  tasks: readonly Task[];
  people: readonly Person[];
}) {
  const { t } = useTranslation('planning');
  const headingId = useId();
  const load = useMemo(() => sprintLoad(tasks, people), [tasks, people]);
  return (
    <section className="planning-load" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('load', { number: sprint.number })}</h3>
      <ul>
        {load.people.map((row, i) => (
          <li key={row.personId}>
            {t('loadPerson', { name: people[i]?.name ?? '', count: row.count })}
          </li>
        ))}
        <li>{t('loadUnassigned', { count: load.unassigned })}</li>
      </ul>
      <p className="planning-hint">{t('loadHint')}</p>
    </section>
  );
}

const BacklogRow = memo(function BacklogRow({
  task,
  ctx,
  sprintNumber,
  onPull,
}: {
  task: Task;
  ctx: CardContext;
  sprintNumber: number;
  onPull: (task: Task) => void;
}) {
  const { t } = useTranslation('planning');
  const id = `${BACKLOG_CELL}|${task.id}`;
  const data = useMemo(() => ({ cell: BACKLOG_CELL, taskId: task.id }), [task.id]);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id, data });
  // Also a drop target: dnd-kit's keyboard moves start from the droppable of the dragged item.
  const { setNodeRef: setDropRef } = useDroppable({ id, data });
  const ref = useMemo(
    () => (el: HTMLLIElement | null) => {
      setNodeRef(el);
      setDropRef(el);
    },
    [setNodeRef, setDropRef],
  );
  const onKeyDown = listeners?.onKeyDown as KeyboardEventHandler | undefined;
  const handleProps = useMemo(() => ({ ...attributes, onKeyDown }), [attributes, onKeyDown]);
  return (
    <li ref={ref} className="card-item planning-item">
      <ContextCard
        task={task}
        ctx={ctx}
        dragging={isDragging}
        handleProps={handleProps}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
        onTouchStart={listeners?.onTouchStart as TouchEventHandler | undefined}
      />
      <button
        type="button"
        className="planning-pull"
        aria-label={t('pullTitle', { title: task.title, number: sprintNumber })}
        onClick={() => onPull(task)}
      >
        {t('pull', { number: sprintNumber })}
      </button>
    </li>
  );
});

/**
 * The backlog beside the sprint board while planning: searched and filtered by theme and person,
 * a page at a time (a plan may hold thousands), every task draggable into a column or sent with
 * "Naar sprint N"; a card of the sprint dropped here goes back to the backlog.
 */
export function PlanningPanel({ sprint, backlog, sprintTasks, bundle, ctx }: PlanningPanelProps) {
  const { t } = useTranslation('planning');
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [themeId, setThemeId] = useState('');
  const [personId, setPersonId] = useState('');
  const [limit, setLimit] = useState(ROWS_PER_STEP);
  // After "Naar sprint N" the row is gone; focus goes to the row that took its place.
  const [refocus, setRefocus] = useState<{ id: string; at: number } | null>(null);
  const { setNodeRef, isOver } = useDroppable({ id: BACKLOG_CELL, data: { cell: BACKLOG_CELL } });

  const all = useMemo(() => backlog ?? [], [backlog]);
  const filtered = useMemo(
    () =>
      filterTasks(
        all,
        {
          ...EMPTY_FILTER,
          q: query,
          themes: themeId ? [themeId] : [],
          assignees: personId ? [personId] : [],
        },
        { today: ctx.today, sprint: null },
      ),
    [all, query, themeId, personId, ctx.today],
  );
  const shown = useMemo(() => listWindow(filtered, limit), [filtered, limit]);

  useEffect(() => {
    if (!refocus || shown.shown.some((x) => x.id === refocus.id)) return;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('.planning-pull');
    const next = buttons?.[Math.min(refocus.at, buttons.length - 1)];
    (next ?? listRef.current?.closest<HTMLElement>('section'))?.focus();
    setRefocus(null);
  }, [refocus, shown]);

  const onPull = useMemo(
    () => async (task: Task) => {
      const plan = planPullToSprint(task, sprint, sprintTasks);
      if (plan.kind !== 'move') return;
      const at = shown.shown.findIndex((x) => x.id === task.id);
      const result = await moveTaskUndoable(task.id, plan.patch, plan.reranked);
      if (result.ok) setRefocus({ id: task.id, at });
    },
    [sprint, sprintTasks, shown],
  );

  return (
    <section
      ref={setNodeRef}
      className={`planning-panel${isOver ? ' planning-over' : ''}`}
      aria-label={t('panel')}
      tabIndex={-1}
    >
      <LoadList sprint={sprint} tasks={sprintTasks} people={bundle.people} />
      <div className="planning-backlog">
        <h3 id={headingId}>
          {t('heading')} <span className="planning-count">{t('count', { count: all.length })}</span>
        </h3>
        <div className="planning-filters">
          <label>
            <span>{t('search')}</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <label>
            <span>{t('theme')}</span>
            <select value={themeId} onChange={(e) => setThemeId(e.target.value)}>
              <option value="">{t('all')}</option>
              {bundle.themes.map((th) => (
                <option key={th.id} value={th.id}>
                  {th.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('person')}</span>
            <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t('all')}</option>
              {bundle.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value={NONE}>{t('unassigned')}</option>
            </select>
          </label>
        </div>
        <p className="planning-hint" role="status">
          {backlog === undefined
            ? ''
            : filtered.length < all.length
              ? t('shown', { shown: filtered.length, total: all.length })
              : ''}
        </p>
        <p className="planning-hint">{t('dropHere')}</p>
        {backlog !== undefined && filtered.length === 0 && (
          <p className="column-empty">{all.length ? t('noMatch') : t('empty')}</p>
        )}
        <ul ref={listRef} className="card-list planning-list" aria-labelledby={headingId}>
          {shown.shown.map((task) => (
            <BacklogRow
              key={task.id}
              task={task}
              ctx={ctx}
              sprintNumber={sprint.number}
              onPull={onPull}
            />
          ))}
        </ul>
        {shown.hidden > 0 && (
          <button
            type="button"
            className="show-more"
            onClick={() => setLimit(limit + ROWS_PER_STEP)}
          >
            {t('more', { count: shown.hidden })}
          </button>
        )}
      </div>
    </section>
  );
}
