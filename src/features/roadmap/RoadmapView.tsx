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
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange, type Lang } from '../../domain/dates';
import { isFilterEmpty, knownIdsOf, matchesFilter, parseFilter, filterTasks } from '../../domain/filter';
import {
  BACKLOG_COLUMN,
  EMPTY_PROGRESS,
  looseRowKey,
  orderedActions,
  planRoadmapMove,
  roadmapCellKey,
  roadmapCells,
  rollupPlan,
  type Progress,
  type RoadmapColumn,
  type RoadmapRow,
  type RoadmapRowKind,
  type RoadmapTask,
} from '../../domain/rollup';
import { currentSprint } from '../../domain/sprints';
import type { Sprint, Task } from '../../domain/types';
import { usePlanTasks, type PlanBundle } from '../../db/live';
import { moveTaskUndoable } from '../../db/undoable';
import { today as clockToday } from '../../lib/clock';
import { navigate, useSearch } from '../../lib/url';
import { Dialog } from '../../ui/Dialog';
import { cellKeyboardCoordinates } from './cellNavigation';
import './roadmap.css';

/** Tasks shown per cell before "+N meer". */
export const CELL_LIMIT = 5;

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
          ⏱
        </span>
      )}
    </>
  );
}

function DraggableTask({
  task,
  onChoose,
  register,
}: {
  task: RoadmapTask;
  onChoose: (id: string) => void;
  register: (id: string, el: HTMLButtonElement | null) => void;
}) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: dragId(task.id), data: { taskId: task.id } });
  return (
    <li className={`rm-task${isDragging ? ' rm-task-dragging' : ''}`}>
      <button
        type="button"
        className="rm-task-button"
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

function FrozenTask({ task }: { task: RoadmapTask }) {
  return (
    <li className="rm-task rm-task-frozen">
      <span className="rm-task-static">
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
  open: boolean;
  onToggle: () => void;
  onChoose: (id: string) => void;
  register: (id: string, el: HTMLButtonElement | null) => void;
}

function Cell({ id, data, frozen, current, label, tasks, open, onToggle, onChoose, register }: CellProps) {
  const { t } = useTranslation('roadmap');
  const { setNodeRef, isOver } = useDroppable({ id, data, disabled: frozen });
  const shown = open ? tasks : tasks.slice(0, CELL_LIMIT);
  const hidden = tasks.length - CELL_LIMIT;
  const classes = ['rm-cell', current && 'rm-current', frozen && 'rm-frozen', isOver && 'rm-over'].filter(Boolean).join(' ');
  return (
    <td ref={setNodeRef} className={classes}>
      {tasks.length > 0 && (
        <ul className="rm-list" aria-label={label}>
          {shown.map((task) =>
            task.frozen ? <FrozenTask key={task.id} task={task} /> : <DraggableTask key={task.id} task={task} onChoose={onChoose} register={register} />,
          )}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className="rm-more" aria-expanded={open} onClick={onToggle}>
          {open ? (
            t('less')
          ) : (
            <>
              {t('more', { count: hidden })}
              <span className="visually-hidden"> {t('moreContext', { cell: label })}</span>
            </>
          )}
        </button>
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
function MoveDialog({ task, rowKind, rowOptions, currentRow, sprints, lang, onMove, onClose }: MoveDialogProps) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const [sprintId, setSprintId] = useState(task.sprintId ?? BACKLOG_COLUMN);
  const [rowKey, setRowKey] = useState(currentRow);
  const [nothing, setNothing] = useState(false);
  const open = sprints.filter((s) => s.closedAt === null || s.id === task.sprintId);
  const groups = [...new Set(rowOptions.map((o) => o.group))];
  const shownSprint = sprints.find((s) => s.id === task.sprintId);
  return (
    <Dialog open title={t('move.title', { title: task.title })} closeLabel={t('move.cancel')} onClose={onClose}>
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
                {tc('sprint.option', { number: s.number, range: formatRange(s.start, s.end, lang) })}
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

function rangeWithoutYear(sprint: Sprint, lang: Lang, year: number): string {
  const full = formatRange(sprint.start, sprint.end, lang);
  // In a plan year's own columns the year is noise; a range running into another year keeps it.
  return sprint.start.startsWith(String(year)) && sprint.end.startsWith(String(year)) ? full.replace(new RegExp(`,? ${year}$`), '') : full;
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
  const sprint = useMemo(() => currentSprint(bundle.sprints, today) ?? null, [bundle.sprints, today]);

  const filter = useMemo(() => parseFilter(new URLSearchParams(query), knownIdsOf(bundle)), [query, bundle]);
  const filtering = !isFilterEmpty(filter);
  const liveTasks = useMemo(() => filterTasks(allTasks, filter, { today, sprint }), [allTasks, filter, today, sprint]);

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

  const taskById = useMemo(() => new Map(allTasks.map((x) => [x.id, x])), [allTasks]);
  const themeById = useMemo(() => new Map(bundle.themes.map((x) => [x.id, x])), [bundle.themes]);
  const actionById = useMemo(() => new Map(bundle.actions.map((x) => [x.id, x])), [bundle.actions]);

  const [expandedCells, setExpandedCells] = useState<Set<string>>(() => new Set());
  const [choosing, setChoosing] = useState<string | null>(null);
  const [activeTask, setActiveTask] = useState<string | null>(null);
  const [focusTask, setFocusTask] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const captionId = useId();
  const hintId = useId();

  // The moved task's button is a new element in its new cell: focus follows it there.
  useEffect(() => {
    if (!focusTask) return;
    const el = buttons.current.get(focusTask);
    if (el) {
      el.focus();
      setFocusTask(null);
    }
    // The grid is what brings the moved task's button into being, so it is watched too.
  }, [focusTask, grid, expandedCells]);
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
  const columnTitle = (col: RoadmapColumn): string => (col.sprint ? tc('sprint.name', { number: col.sprint.number }) : t('backlog'));

  const cellLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const row of grid.rows)
      for (const col of grid.columns) labels.set(roadmapCellKey(row.key, col.key), t('cellLabel', { row: rowTitle(row), column: columnTitle(col) }));
    return labels;
    // rowTitle and columnTitle only read what is listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid, themeById, actionById, t, tc]);

  const rowOptions = useMemo(() => {
    if (rowKind === 'themes') return bundle.themes.map((th) => ({ key: th.id, label: th.name, group: th.name }));
    return bundle.themes.flatMap((th) => [
      ...orderedActions([th], bundle.actions).map((a) => ({ key: a.id, label: a.title, group: th.name })),
      { key: looseRowKey(th.id), label: t('withoutAction', { theme: th.name }), group: th.name },
    ]);
  }, [rowKind, bundle.themes, bundle.actions, t]);

  const rowKeyOfTask = (task: Task): string => {
    if (rowKind === 'themes') return task.themeId;
    const action = task.actionId ? actionById.get(task.actionId) : undefined;
    return action && action.themeId === task.themeId ? action.id : looseRowKey(task.themeId);
  };

  const move = async (task: Task, sprintId: string | null, rowKey: string): Promise<boolean> => {
    const patch = planRoadmapMove(task, { sprintId, rowKind, rowKey }, { themes: bundle.themes, actions: bundle.actions, sprints: bundle.sprints, tasks: allTasks });
    if (!patch) return false;
    const moved = await moveTaskUndoable(task.id, patch);
    if (moved) {
      // The moved task lands at the bottom of its cell: open the cell so it can be seen and focused.
      const cell = roadmapCellKey(rowKeyOfTask(moved), moved.sprintId ?? BACKLOG_COLUMN);
      setExpandedCells((prev) => new Set([...prev, cell]));
      setFocusTask(task.id);
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
      over ? t('dnd.over', { title: titleOf(active.id), target: target(over.id) }) : t('dnd.overNone', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('dnd.end', { title: titleOf(active.id), target: target(over.id) }) : t('dnd.cancel', { title: titleOf(active.id) }),
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
  const shownCount = [...grid.cells.values()].reduce((n, c) => n + c.tasks.filter((x) => !x.frozen).length, 0);

  return (
    <section className="roadmap" aria-labelledby={`${captionId}-h`}>
      <div className="roadmap-head">
        <h2 id={`${captionId}-h`}>{t('heading')}</h2>
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
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={(e) => setActiveTask(taskIdOf(e.active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveTask(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      >
        <div className="roadmap-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="roadmap-grid">
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
                      className={['rm-col', col.current && 'rm-current', col.frozen && 'rm-frozen'].filter(Boolean).join(' ')}
                    >
                      <span className="rm-col-name">{columnTitle(col)}</span>
                      <span className="rm-col-range">{col.sprint ? rangeWithoutYear(col.sprint, lang, bundle.plan.year) : t('backlogHint')}</span>
                      {col.current && <span className="rm-badge rm-badge-current">{t('current')}</span>}
                      {col.sprint?.closedAt && <span className="rm-badge rm-badge-closed">{t('closed')}</span>}
                      {counts && counts.total > 0 && (
                        <span className="rm-col-count">
                          {col.frozen ? t('frozen', { done: counts.done, total: counts.total }) : t('columnCount', { done: counts.done, total: counts.total })}
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
                    <th scope="row" className="rm-row" style={color ? { borderLeftColor: color } : undefined}>
                      <span className="rm-row-name">{rowTitle(row)}</span>
                      {row.kind === 'actions' && row.actionId && <span className="rm-row-theme">{themeById.get(row.themeId)?.label}</span>}
                      <span className="rm-row-progress">
                        <progress max={Math.max(p.total, 1)} value={p.done} aria-hidden="true" />
                        {t('columnCount', { done: p.done, total: p.total })}
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
                          open={expandedCells.has(key)}
                          onToggle={() =>
                            setExpandedCells((prev) => {
                              const next = new Set(prev);
                              if (next.has(key)) next.delete(key);
                              else next.add(key);
                              return next;
                            })
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
            setFocusTask(id);
          }}
        />
      )}
    </section>
  );
}
