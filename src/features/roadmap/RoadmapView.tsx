import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange, formatShort, type Lang } from '../../domain/dates';
import {
  isFilterEmpty,
  knownIdsOf,
  matchesFilter,
  parseFilter,
  filterTasks,
} from '../../domain/filter';
import { actionsOfTheme } from '../../domain/actionOrder';
import { listWindow } from '../../domain/listWindow';
import { printFit } from '../../domain/printFit';
import {
  BACKLOG_COLUMN,
  looseRowKey,
  roadmapRowKey,
  planRoadmapMove,
  roadmapCellKey,
  roadmapCells,
  type RoadmapColumn,
  type RoadmapRow,
  type RoadmapRowKind,
  type RoadmapTask,
} from '../../domain/roadmap';
import { EMPTY_PROGRESS, rollupPlan, type Progress } from '../../domain/rollup';
import { currentSprint } from '../../domain/sprints';
import { STATUSES, type Sprint, type Task } from '../../domain/types';
import { usePlanTasks, type PlanBundle } from '../../db/live';
import { moveTaskUndoable } from '../../app/writes';
import { today as clockToday } from '../../lib/clock';
import { navigate, useSearch } from '../../lib/url';
import { Dialog } from '../../ui/Dialog';
import { cellKeyboardCoordinates } from './cellNavigation';
import './roadmap.css';

/** Tasks shown per cell before "+N meer" (on screen and on paper). */
export const CELL_LIMIT = 5;
/** How many more a click on "+N meer" shows: a cell of thousands never lands in the DOM at once. */
export const CELL_STEP = 20;

/** URL key for the row choice; themes are the default. */
const ROWS_KEY = 'rijen';

interface RoadmapViewProps {
  bundle: PlanBundle;
  /** The filter bar, composed in by the app shell (same signature as the board's). */
  renderFilters?: (tasks: Task[], sprint: Sprint | null) => ReactNode;
}

interface CellData {
  rowKey: string;
  sprintId: string | null;
}

const dragId = (taskId: string) => `taak:${taskId}`;
const taskIdOf = (id: UniqueIdentifier) => String(id).replace(/^taak:/, '');

// Pointer drops go to the cell under the pointer; keyboard drops to the cell the task is moved onto.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

/** A clock: the late marker, drawn so that it needs no emoji font. */
function LateIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M8 4.5V8l2.5 1.8"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

function StatusDot({ status }: { status: Task['status'] }) {
  return <span className={`rm-dot rm-dot-${status}`} aria-hidden="true" />;
}

function TaskContent({ task }: { task: RoadmapTask }) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  return (
    <>
      <StatusDot status={task.status} />
      <span className="rm-title">{task.title}</span>
      <span className="visually-hidden">
        {`, ${tc(`status.${task.status}`)}`}
        {task.late ? `, ${t('late')}` : ''}
      </span>
      {task.blocked && (
        <span className="rm-blocked" aria-hidden="true" title={t('blocked')}>
          !
        </span>
      )}
      {task.late && !task.blocked && (
        <span className="rm-late" aria-hidden="true" title={t('late')}>
          <LateIcon />
        </span>
      )}
    </>
  );
}

function DraggableTask({
  task,
  extra,
  onChoose,
  register,
}: {
  task: RoadmapTask;
  extra: string;
  onChoose: (id: string) => void;
  register: (id: string, el: HTMLButtonElement | null) => void;
}) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: dragId(task.id),
    data: { taskId: task.id },
  });
  return (
    <li className={`rm-task${isDragging ? ' rm-task-dragging' : ''}${extra}`}>
      <button
        type="button"
        className="rm-task-button"
        // The chip shows at most three lines of the title; the full title is a hover away.
        title={task.title}
        // Spelled out, so that no browser puts a space before the comma of the clamped title's box.
        aria-label={`${task.title}, ${tc(`status.${task.status}`)}${task.late ? `, ${t('late')}` : ''}`}
        ref={(el) => {
          setNodeRef(el);
          register(task.id, el);
        }}
        {...attributes}
        {...listeners}
        onClick={() => onChoose(task.id)}
      >
        <TaskContent task={task} />
      </button>
    </li>
  );
}

function FrozenTask({ task, extra }: { task: RoadmapTask; extra: string }) {
  return (
    <li className={`rm-task rm-task-frozen${extra}`}>
      <span className="rm-task-static" title={task.title}>
        <TaskContent task={task} />
      </span>
    </li>
  );
}

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

function Cell({
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
              aria-label={`${t('more', { count: hidden })} ${t('moreContext', { cell: label })}`}
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
              aria-label={`${t('less')} ${t('lessContext', { cell: label })}`}
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

interface MoveDialogProps {
  task: Task;
  rowKind: RoadmapRowKind;
  rowOptions: ReadonlyArray<{ key: string; label: string; group: string }>;
  currentRow: string;
  sprints: readonly Sprint[];
  lang: Lang;
  onMove: (sprintId: string | null, rowKey: string) => Promise<boolean>;
  onClose: () => void;
}

/** The keyboard- and touch-friendly way to reschedule: pick a sprint and a row from lists. */
function MoveDialog({
  task,
  rowKind,
  rowOptions,
  currentRow,
  sprints,
  lang,
  onMove,
  onClose,
}: MoveDialogProps) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const [sprintId, setSprintId] = useState(task.sprintId ?? BACKLOG_COLUMN);
  const [rowKey, setRowKey] = useState(currentRow);
  const [nothing, setNothing] = useState(false);
  const open = sprints.filter((s) => s.closedAt === null || s.id === task.sprintId);
  const groups = [...new Set(rowOptions.map((o) => o.group))];
  const shownSprint = sprints.find((s) => s.id === task.sprintId);
  return (
    <Dialog
      open
      title={t('move.title', { title: task.title })}
      closeLabel={t('move.cancel')}
      onClose={onClose}
    >
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const moved = await onMove(sprintId === BACKLOG_COLUMN ? null : sprintId, rowKey);
          if (moved) onClose();
          else setNothing(true);
        }}
      >
        <label className="field">
          <span>{t('move.sprint')}</span>
          <select
            autoFocus
            value={sprintId}
            onChange={(e) => {
              setSprintId(e.target.value);
              setNothing(false);
            }}
          >
            {open.map((s) => (
              <option key={s.id} value={s.id}>
                {tc('sprint.option', {
                  number: s.number,
                  range: formatRange(s.start, s.end, lang),
                })}
              </option>
            ))}
            <option value={BACKLOG_COLUMN}>{t('backlog')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t(`move.row.${rowKind}`)}</span>
          <select
            value={rowKey}
            onChange={(e) => {
              setRowKey(e.target.value);
              setNothing(false);
            }}
          >
            {rowKind === 'themes'
              ? rowOptions.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))
              : groups.map((g) => (
                  <optgroup key={g} label={g}>
                    {rowOptions
                      .filter((o) => o.group === g)
                      .map((o) => (
                        <option key={o.key} value={o.key}>
                          {o.label}
                        </option>
                      ))}
                  </optgroup>
                ))}
          </select>
        </label>
        {nothing && (
          <p role="alert" className="field-error">
            {t('move.nothing')}
          </p>
        )}
        <div className="dialog-actions rm-dialog-actions">
          {shownSprint && (
            <a
              href={`?view=bord&sprint=${shownSprint.number}`}
              className="rm-board-link"
              onClick={(e) => {
                e.preventDefault();
                navigate((p) => {
                  p.set('view', 'bord');
                  p.set('sprint', String(shownSprint.number));
                });
              }}
            >
              {t('move.openBoard', { sprint: tc('sprint.name', { number: shownSprint.number }) })}
            </a>
          )}
          <button type="submit" className="primary">
            {t('move.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('move.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The sprint's dates; the plan's own year is spoken but not shown, where every column would repeat it. */
function SprintRange({ sprint, lang, year }: { sprint: Sprint; lang: Lang; year: number }) {
  const full = formatRange(sprint.start, sprint.end, lang);
  const suffix = new RegExp(`,? ${year}$`);
  if (
    !sprint.start.startsWith(String(year)) ||
    !sprint.end.startsWith(String(year)) ||
    !suffix.test(full)
  )
    return <>{full}</>;
  const tail = full.match(suffix)![0];
  return (
    <>
      {full.slice(0, full.length - tail.length)}
      <span className="visually-hidden">{tail}</span>
    </>
  );
}

export function RoadmapView({ bundle, renderFilters }: RoadmapViewProps) {
  const { t, i18n } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const today = clockToday();
  const search = useSearch();
  const query = search.toString();
  const rowKind: RoadmapRowKind = search.get(ROWS_KEY) === 'acties' ? 'actions' : 'themes';
  const loaded = usePlanTasks(bundle.plan.id);
  const allTasks = useMemo(() => loaded ?? [], [loaded]);
  const sprint = useMemo(
    () => currentSprint(bundle.sprints, today) ?? null,
    [bundle.sprints, today],
  );

  const filter = useMemo(
    () => parseFilter(new URLSearchParams(query), knownIdsOf(bundle)),
    [query, bundle],
  );
  const filtering = !isFilterEmpty(filter);
  const liveTasks = useMemo(
    () => filterTasks(allTasks, filter, { today, sprint }),
    [allTasks, filter, today, sprint],
  );

  const grid = useMemo(
    () =>
      roadmapCells(allTasks, rowKind, bundle.sprints, {
        themes: bundle.themes,
        actions: bundle.actions,
        today,
        currentSprintId: sprint?.id ?? null,
        include: filtering ? (task) => matchesFilter(task, filter, { today, sprint }) : undefined,
      }),
    [allTasks, rowKind, bundle, today, sprint, filter, filtering],
  );
  const rollup = useMemo(() => rollupPlan(liveTasks, bundle, today), [liveTasks, bundle, today]);
  const fit = useMemo(
    () =>
      printFit(
        grid.rows.map((row) =>
          Math.max(
            0,
            ...grid.columns.map(
              (col) => grid.cells.get(roadmapCellKey(row.key, col.key))?.tasks.length ?? 0,
            ),
          ),
        ),
        CELL_LIMIT,
      ),
    [grid],
  );

  const taskById = useMemo(() => new Map(allTasks.map((x) => [x.id, x])), [allTasks]);
  const themeById = useMemo(() => new Map(bundle.themes.map((x) => [x.id, x])), [bundle.themes]);
  const actionById = useMemo(() => new Map(bundle.actions.map((x) => [x.id, x])), [bundle.actions]);

  const [cellLimits, setCellLimits] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [pinned, setPinned] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<string | null>(null);
  const [activeTask, setActiveTask] = useState<string | null>(null);
  /** The chip to focus; with `cell`, only once the task stands in that cell (after a move). */
  const [focusTask, setFocusTask] = useState<{ id: string; cell: string | null } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const captionId = useId();
  const hintId = useId();

  // The moved task's button is a new element in its new cell: focus follows it there, and waits
  // for the live query to put it there (the old button would vanish from under the focus).
  useEffect(() => {
    if (!focusTask) return;
    if (focusTask.cell && !grid.cells.get(focusTask.cell)?.tasks.some((x) => x.id === focusTask.id))
      return;
    const el = buttons.current.get(focusTask.id);
    if (el) {
      el.focus();
      setFocusTask(null);
    }
    // The grid is what brings the moved task's button into being, so it is watched too.
  }, [focusTask, grid, cellLimits, pinned]);
  const register = (id: string, el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(id, el);
    else buttons.current.delete(id);
  };

  const rowTitle = (row: RoadmapRow): string => {
    if (row.kind === 'themes') return themeById.get(row.themeId)?.name ?? '';
    if (row.actionId) return actionById.get(row.actionId)?.title ?? '';
    return t('withoutAction', { theme: themeById.get(row.themeId)?.name ?? '' });
  };
  const rowProgress = (row: RoadmapRow): Progress =>
    (row.kind === 'themes'
      ? rollup.byTheme.get(row.themeId)
      : row.actionId
        ? rollup.byAction.get(row.actionId)
        : rollup.looseByTheme.get(row.themeId)
    )?.progress ?? EMPTY_PROGRESS;
  const columnTitle = (col: RoadmapColumn): string =>
    col.sprint ? tc('sprint.name', { number: col.sprint.number }) : t('backlog');

  const cellLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const row of grid.rows)
      for (const col of grid.columns)
        labels.set(
          roadmapCellKey(row.key, col.key),
          t('cellLabel', { row: rowTitle(row), column: columnTitle(col) }),
        );
    return labels;
    // rowTitle and columnTitle only read what is listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid, themeById, actionById, t, tc]);

  const rowOptions = useMemo(() => {
    if (rowKind === 'themes')
      return bundle.themes.map((th) => ({ key: th.id, label: th.name, group: th.name }));
    return bundle.themes.flatMap((th) => [
      ...actionsOfTheme(th.id, bundle.actions).map((a) => ({
        key: a.id,
        label: a.title,
        group: th.name,
      })),
      { key: looseRowKey(th.id), label: t('withoutAction', { theme: th.name }), group: th.name },
    ]);
  }, [rowKind, bundle.themes, bundle.actions, t]);

  const rowKeyOfTask = (task: Pick<Task, 'themeId' | 'actionId'>): string =>
    roadmapRowKey(task, rowKind, actionById);

  const move = async (task: Task, sprintId: string | null, rowKey: string): Promise<boolean> => {
    const patch = planRoadmapMove(
      task,
      { sprintId, rowKind, rowKey },
      { themes: bundle.themes, actions: bundle.actions, sprints: bundle.sprints, tasks: allTasks },
    );
    if (!patch) return false;
    const moved = await moveTaskUndoable(task.id, patch);
    if (moved.ok) {
      // The moved task lands at the bottom of its cell, maybe past "+N meer": it stays in sight to be seen and focused.
      setPinned(task.id);
      setFocusTask({
        id: task.id,
        cell: roadmapCellKey(rowKeyOfTask(moved.value), moved.value.sprintId ?? BACKLOG_COLUMN),
      });
    }
    return true;
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    // Enter opens the list to move a task, so only Space picks one up.
    useSensor(KeyboardSensor, {
      coordinateGetter: cellKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const titleOf = (id: UniqueIdentifier) => taskById.get(taskIdOf(id))?.title ?? '';
  const target = (id: UniqueIdentifier) => cellLabels.get(String(id)) ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dnd.over', { title: titleOf(active.id), target: target(over.id) })
        : t('dnd.overNone', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.end', { title: titleOf(active.id), target: target(over.id) })
        : t('dnd.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancel', { title: titleOf(active.id) }),
  };

  const onDragEnd = async (e: DragEndEvent) => {
    setActiveTask(null);
    const task = taskById.get(taskIdOf(e.active.id));
    const data = e.over?.data.current as CellData | undefined;
    if (!task || !data) return;
    await move(task, data.sprintId, data.rowKey);
  };

  const dragged = activeTask ? taskById.get(activeTask) : undefined;
  const chosen = choosing ? taskById.get(choosing) : undefined;
  const shownCount = [...grid.cells.values()].reduce(
    (n, c) => n + c.tasks.filter((x) => !x.frozen).length,
    0,
  );

  return (
    <section
      className="roadmap"
      aria-labelledby={`${captionId}-h`}
      style={{ '--rm-print-zoom': fit.zoom, '--rm-print-lines': fit.lines } as CSSProperties}
    >
      <div className="roadmap-head">
        <h2 id={`${captionId}-h`}>{t('heading')}</h2>
        {/* The app header is not printed: the page for the deck names the plan and the day. */}
        <p className="roadmap-print-meta">
          {t('printMeta', { plan: bundle.plan.name, date: formatShort(today, lang) })}
        </p>
        <p id={hintId} className="roadmap-hint">
          {t('hint')}
        </p>
      </div>
      <div className="roadmap-toolbar">
        {renderFilters?.(allTasks, sprint)}
        <label className="toolbar-field">
          <span>{t('rows')}</span>
          <select
            value={rowKind}
            onChange={(e) =>
              navigate((p) => {
                if (e.target.value === 'actions') p.set(ROWS_KEY, 'acties');
                else p.delete(ROWS_KEY);
              }, false)
            }
          >
            <option value="themes">{t('rowKinds.themes')}</option>
            <option value="actions">{t('rowKinds.actions')}</option>
          </select>
        </label>
        <button type="button" className="roadmap-print" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      {filtering && (
        <p role="status" className="roadmap-filtered">
          {t('filtered', { shown: shownCount, total: allTasks.length })}
        </p>
      )}
      <ul className="rm-legend" aria-label={t('legend')}>
        {STATUSES.map((status) => (
          <li key={status}>
            <StatusDot status={status} />
            {tc(`status.${status}`)}
          </li>
        ))}
        <li>
          <span className="rm-blocked" aria-hidden="true">
            !
          </span>
          {t('blocked')}
        </li>
        <li>
          <span className="rm-late" aria-hidden="true">
            <LateIcon />
          </span>
          {t('late')}
        </li>
      </ul>
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={(e) => setActiveTask(taskIdOf(e.active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveTask(null)}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('dnd.instructions') },
        }}
      >
        <div className="roadmap-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          {/* Every sprint column gets room for a readable chip; wider screens share out the rest. */}
          <table
            className="roadmap-grid"
            style={{ minWidth: `${11 + grid.columns.length * 7.5}rem` }}
          >
            <caption id={captionId} className="visually-hidden">
              {t('caption', { plan: bundle.plan.name, rows: t(`rowKinds.${rowKind}`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="rm-corner">
                  {t(`corner.${rowKind}`)}
                </th>
                {grid.columns.map((col) => {
                  const counts = grid.columnCounts.get(col.key);
                  return (
                    <th
                      key={col.key}
                      scope="col"
                      className={['rm-col', col.current && 'rm-current', col.frozen && 'rm-frozen']
                        .filter(Boolean)
                        .join(' ')}
                    >
                      <span className="rm-col-name">{columnTitle(col)}</span>
                      <span className="rm-col-range">
                        {col.sprint ? (
                          <SprintRange sprint={col.sprint} lang={lang} year={bundle.plan.year} />
                        ) : (
                          t('backlogHint')
                        )}
                      </span>
                      {col.current && (
                        <span className="rm-badge rm-badge-current">{t('current')}</span>
                      )}
                      {col.sprint?.closedAt && (
                        <span className="rm-badge rm-badge-closed">{t('closed')}</span>
                      )}
                      {counts && counts.total > 0 && (
                        <span className="rm-col-count">
                          {col.frozen
                            ? t('frozen', { done: counts.done, total: counts.total })
                            : t('columnCount', { done: counts.done, total: counts.total })}
                        </span>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row) => {
                const p = rowProgress(row);
                const color = themeById.get(row.themeId)?.color;
                return (
                  <tr key={row.key}>
                    <th
                      scope="row"
                      className="rm-row"
                      style={color ? { borderLeftColor: color } : undefined}
                    >
                      <span className="rm-row-name">{rowTitle(row)}</span>
                      {row.kind === 'actions' && row.actionId && (
                        <span className="rm-row-theme">{themeById.get(row.themeId)?.label}</span>
                      )}
                      <span className="rm-row-progress">
                        <progress max={Math.max(p.total, 1)} value={p.done} aria-hidden="true" />
                        <span>{t('columnCount', { done: p.done, total: p.total })}</span>
                        {p.blocked > 0 && (
                          <span className="rm-row-blocked">
                            {t('blockedCount', { count: p.blocked })}
                          </span>
                        )}
                      </span>
                    </th>
                    {grid.columns.map((col) => {
                      const key = roadmapCellKey(row.key, col.key);
                      return (
                        <Cell
                          key={key}
                          id={key}
                          data={{ rowKey: row.key, sprintId: col.sprint?.id ?? null }}
                          frozen={col.frozen}
                          current={col.current}
                          label={cellLabels.get(key) ?? ''}
                          tasks={grid.cells.get(key)?.tasks ?? []}
                          limit={cellLimits.get(key) ?? CELL_LIMIT}
                          printLimit={fit.perCell}
                          pinned={pinned}
                          onLimit={(limit) =>
                            setCellLimits((prev) => new Map(prev).set(key, limit))
                          }
                          onChoose={setChoosing}
                          register={register}
                        />
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <DragOverlay>
          {dragged ? (
            <div className="rm-overlay">
              <StatusDot status={dragged.status} />
              <span>{dragged.title}</span>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {chosen && (
        <MoveDialog
          task={chosen}
          rowKind={rowKind}
          rowOptions={rowOptions}
          currentRow={rowKeyOfTask(chosen)}
          sprints={bundle.sprints}
          lang={lang}
          onMove={(sprintId, rowKey) => move(chosen, sprintId, rowKey)}
          onClose={() => {
            const id = chosen.id;
            setChoosing(null);
            // After a move the focus waits for the task in its new cell; after a cancel it returns at once.
            setFocusTask((prev) => prev ?? { id, cell: null });
          }}
        />
      )}
    </section>
  );
}
