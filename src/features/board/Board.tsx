import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { viewersByTask } from '../../domain/presence';
import { usePeers } from '../../state/presence';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { endOfIsoWeek } from '../../domain/dates';
import { fieldsForCell, planMove, type DropSide } from '../../domain/drop';
import {
  cellId,
  columnsFor,
  GROUP_BYS,
  groupTasks,
  isDueBucket,
  NONE,
  parseCellId,
  type Cell,
  type ColumnDef,
  type GroupBy,
} from '../../domain/group';
import { resolveSprintChoice } from '../../domain/sprints';
import {
  dropWipWarnings,
  hasWipLimits,
  wipCount,
  wipLimitOf,
  type WipColumn,
} from '../../domain/wip';
import { isPhase, isStatus, type Sprint, type Task } from '../../domain/types';
import { useSprintTasks, type PlanBundle } from '../../db/live';
import { createTaskUndoable, moveTaskUndoable } from '../../app/writes';
import { usePlanToday } from '../../app/usePlanView';
import { checkTitle, titleErrorCode } from '../../domain/tasks';
import { navigate, useSearch } from '../../lib/url';
import { useBoardRequest } from '../../state/boardRequest';
import { useViewPrefs } from '../../state/view';
import { useToasts } from '../../state/toast';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { Column } from './Column';
import { SprintHeader } from './SprintHeader';
import { TaskCard } from './TaskCard';
import { WallTools } from './WallTools';
import { WipBadge } from './WipBadge';
import { TaskDialog } from './TaskDialog';
import { CloseSprintDialog } from './CloseSprintDialog';
import { BlockReasonDialog, type PendingBlock } from './BlockReasonDialog';
import { BACKLOG_CELL, usePlanning } from './usePlanning';
import { usePlanReadOnly } from '../../app/usePlanAccess';
import { PHONE_MAX_WIDTH, shownColumnIndex, stepColumn } from '../../domain/phone';
import type { DropPlan } from '../../domain/drop';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { markPlanShown } from '../../lib/firstScreen';
import { ColumnPicker, useSwipe } from './PhoneColumns';
import './board.css';
// Here rather than in PlanningPanel: the board lays itself out for the panel (.board-body-planning)
// before the panel's code has loaded.
import './planning.css';

// The backlog panel loads when "Sprint plannen" is first switched on: not on the first screen.
// The service worker precaches its chunk, so it opens offline too.
const PlanningPanel = lazy(() =>
  import('./PlanningPanel').then((m) => ({ default: m.PlanningPanel })),
);
// "Verplaatsen naar…" loads when it is first chosen in a task's dialog.
const MoveTaskDialog = lazy(() =>
  import('./MoveTaskDialog').then((m) => ({ default: m.MoveTaskDialog })),
);

/**
 * Fetches the board's lazily loaded parts once the board is on screen, so the first click on a
 * task, a calendar, "Sprint afsluiten" or "Sprint plannen" (and a column grown long) finds their
 * code in memory, also when the network drops before the service worker has cached it. After the
 * first screen, not before.
 */
function useWarmLazyParts() {
  useEffect(() => {
    const warm = () => {
      for (const load of [
        () => import('./TaskForm'),
        () => import('../../ui/CalendarPanel'),
        () => import('./CloseSprintForm'),
        () => import('./PlanningPanel'),
        () => import('./CardWindow'),
      ])
        // A failure is dropped here: opening that part meets the same error and shows it.
        load().catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(warm);
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(warm, 0);
    return () => window.clearTimeout(id);
  }, []);
}

const EMPTY_CELL: Cell = { open: [], done: [] };

/** The cards shown in one column, over all its lanes: the count in the phone's column list. */
function countInColumn(cells: ReadonlyMap<string, Cell>, columnKey: string): number {
  let count = 0;
  for (const [id, cell] of cells)
    if (parseCellId(id).columnKey === columnKey) count += cell.open.length + cell.done.length;
  return count;
}

// Module constants: new option objects on every render would give every card new listeners,
// and every memoised card would be drawn again on each render of the board.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };

/**
 * The pointer sensor for a mouse or pen only. A finger's pointer is cancelled by the browser as
 * soon as the page scrolls, so a finger drags with the touch sensor: a press of a moment, then
 * move. Without this the pointer sensor took every touch first and a card never left a column.
 */
class MouseSensor extends PointerSensor {
  static override activators = PointerSensor.activators.map((activator) => ({
    ...activator,
    handler: (...args: Parameters<typeof activator.handler>) =>
      args[0].nativeEvent.pointerType !== 'touch' && activator.handler(...args),
  }));
}
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 8 } };
// Enter opens a card, so only Space picks one up.
const KEYBOARD_OPTIONS = {
  coordinateGetter: sortableKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

interface BoardProps {
  bundle: PlanBundle;
  /** Narrows the shown tasks (the filter bar's choice); the board stays unaware of how. */
  filterTasks?: (tasks: Task[], sprint: Sprint | null) => Task[];
  /** The filter bar, composed in by the app shell. */
  renderFilters?: (tasks: Task[], sprint: Sprint | null) => ReactNode;
}

export function Board({ bundle, filterTasks, renderFilters }: BoardProps) {
  const { t } = useTranslation('board');
  const { t: tc } = useTranslation();
  const { t: tp } = useTranslation('planning');
  const { t: tw } = useTranslation('wip');
  useWarmLazyParts();
  const search = useSearch();
  const sprintParam = search.get('sprint');
  const today = usePlanToday(bundle.plan);
  // "Backlog" is no sprint of the board any more: the old link opens the planning view instead.
  const sprint = useMemo(
    () =>
      resolveSprintChoice(bundle.sprints, sprintParam === 'backlog' ? null : sprintParam, today),
    [bundle.sprints, sprintParam, today],
  );
  const loaded = useSprintTasks(bundle.plan.id, sprint?.id ?? null);
  const hasLoaded = loaded !== undefined;
  const shownPlanId = bundle.plan.id;
  useEffect(() => {
    if (hasLoaded) markPlanShown(shownPlanId);
  }, [hasLoaded, shownPlanId]);
  // While a card is dragged the board holds still: a teammate's change (or another tab's) shows
  // once the card is dropped, never moving cards under the pointer. The drop is planned against
  // what was on screen; a write that no longer fits is refused with its message.
  const [frozen, setFrozen] = useState<Task[] | null>(null);
  const live = useMemo(() => loaded ?? [], [loaded]);
  const allTasks = frozen ?? live;
  const tasks = useMemo(
    () => (filterTasks ? filterTasks(allTasks, sprint) : allTasks),
    [filterTasks, allTasks, sprint],
  );

  const groupBy = useViewPrefs((s) => s.groupBy);
  const laneBy = useViewPrefs((s) => s.laneBy);
  const setGroupBy = useViewPrefs((s) => s.setGroupBy);
  const setLaneBy = useViewPrefs((s) => s.setLaneBy);

  const [openTask, setOpenTask] = useState<string | null>(null);
  // "Nieuwe taak in <thema>" from the palette: that theme's column opens its add form.
  const addIn = useBoardRequest((s) => s.addIn);
  const [moving, setMoving] = useState<Task | null>(null);
  const [closing, setClosing] = useState(false);
  const [pendingBlock, setPendingBlock] = useState<PendingBlock | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // The card last added with "Taak toevoegen" or pulled from the backlog: scrolled into view and
  // briefly highlighted; focused after a keyboard pull, whose dragged backlog item is gone.
  const [arrived, setArrived] = useState<{ id: string; focus: boolean } | null>(null);
  const planning = usePlanning(bundle.plan.id, sprint, bundle.actions, today);

  const ctx = useMemo(
    () => ({ themes: bundle.themes, actions: bundle.actions, people: bundle.people, today }),
    [bundle.themes, bundle.actions, bundle.people, today],
  );
  const columns = useMemo(() => columnsFor(groupBy, ctx), [groupBy, ctx]);
  const lanes = useMemo(() => (laneBy ? columnsFor(laneBy, ctx) : null), [laneBy, ctx]);
  const cells = useMemo(
    () => groupTasks(tasks, groupBy, laneBy, ctx),
    [tasks, groupBy, laneBy, ctx],
  );

  // Below 600 px the board shows one column at a time: picked from a list or swiped to.
  const phone = useMediaQuery(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  const [chosenColumn, setChosenColumn] = useState<string | null>(null);
  const shownAt = shownColumnIndex(
    columns.map((c) => c.key),
    chosenColumn,
  );
  const shownColumns = phone ? columns.slice(shownAt, shownAt + 1) : columns;
  const swipe = useSwipe((step) =>
    setChosenColumn(columns[stepColumn(shownAt, columns.length, step)]?.key ?? null),
  );

  const taskById = useMemo(() => new Map(allTasks.map((x) => [x.id, x])), [allTasks]);
  const themeMap = useMemo(() => new Map(bundle.themes.map((x) => [x.id, x])), [bundle.themes]);
  const peopleMap = useMemo(() => new Map(bundle.people.map((x) => [x.id, x])), [bundle.people]);

  const columnTitle = useCallback(
    (col: ColumnDef) => {
      if (col.title !== null) return col.title;
      const { key, groupBy } = col;
      if (key === NONE && (groupBy === 'action' || groupBy === 'assignee' || groupBy === 'phase'))
        return t(`none.${groupBy}`);
      if (groupBy === 'status' && isStatus(key)) return tc(`status.${key}`);
      if (groupBy === 'due' && isDueBucket(key)) return t(`due.${key}`);
      if (groupBy === 'phase' && isPhase(key)) return t(`phase.${key}`);
      return key;
    },
    [t, tc],
  );
  const cellTitle = useCallback(
    (id: UniqueIdentifier | undefined) => {
      if (id === undefined) return '';
      const cell = String(id).split('|')[0] ?? '';
      if (cell === BACKLOG_CELL) return tp('backlogTarget');
      const { laneKey, columnKey } = parseCellId(cell);
      const col = columns.find((c) => c.key === columnKey);
      const lane = lanes?.find((l) => l.key === laneKey);
      const name = col ? columnTitle(col) : '';
      return lane ? `${columnTitle(lane)} · ${name}` : name;
    },
    [columns, lanes, columnTitle, tp],
  );

  // Soft WIP limits: a status column's limit is on the plan, a theme column's on the theme.
  const wipLimits = useMemo(
    () => ({ plan: bundle.plan, themes: bundle.themes }),
    [bundle.plan, bundle.themes],
  );
  const wipName = (column: WipColumn) => {
    const col = [...columns, ...(lanes ?? [])].find(
      (c) => c.groupBy === column.groupBy && c.key === column.key,
    );
    return col ? columnTitle(col) : column.key;
  };
  // Against the unfiltered sprint as it was before the move (see domain/wip.ts). A soft limit:
  // the move is stored, and the board then says the column is over its limit.
  const wipNotices = (task: Task, patch: Partial<Task>, sides: readonly WipColumn[]) =>
    dropWipWarnings({
      sprintId: sprint?.id ?? null,
      tasks: allTasks,
      task,
      patch,
      sides,
      limits: wipLimits,
    }).map((w) => tw('dropOver', { name: wipName(w.column), count: w.count, limit: w.limit }));

  const sensors = useSensors(
    useSensor(MouseSensor, POINTER_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );
  // A closed sprint is a record of what happened: nothing is added to it or moved around in it.
  // A plan opened with a read-only link is the same everywhere.
  const planReadOnly = usePlanReadOnly(bundle.plan.id);
  const readOnly = sprint?.closedAt != null || planReadOnly;
  const noSensors = useSensors();

  const taskOf = (id: string) => taskById.get(id) ?? planning.taskOf(id);
  const titleOf = (id: UniqueIdentifier) => taskOf(String(id).split('|')[1] ?? '')?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dnd.over', { title: titleOf(active.id), target: cellTitle(over.id) })
        : t('dnd.overNone', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.end', { title: titleOf(active.id), target: cellTitle(over.id) })
        : t('dnd.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancel', { title: titleOf(active.id) }),
  };

  const sideOf = (cell: string): { column: DropSide; lane: DropSide | null } => {
    const { laneKey, columnKey } = parseCellId(cell);
    return {
      column: { groupBy, key: columnKey },
      lane: laneBy && laneKey !== null ? { groupBy: laneBy, key: laneKey } : null,
    };
  };

  const onDragStart = (e: DragStartEvent) => {
    swipe.cancel();
    setFrozen(live);
    setActiveId(String(e.active.id));
  };
  const onDragEnd = async (e: DragEndEvent) => {
    setActiveId(null);
    setFrozen(null);
    const { active, over } = e;
    if (!over) return;
    const fromCell = String(active.data.current?.cell ?? '');
    const task = taskOf(String(active.data.current?.taskId ?? ''));
    if (!task || !fromCell) return;
    const sortable = over.data.current?.sortable as
      { containerId: UniqueIdentifier; index: number } | undefined;
    const toCell = sortable
      ? String(sortable.containerId)
      : String(over.data.current?.cell ?? over.id);
    const target = (cells.get(toCell) ?? EMPTY_CELL).open;
    // A long column renders only a window of its cards, but its sortable list holds them all: the
    // card dropped on says where in the whole column (the backlog panel's list is its own).
    const overAt = target.findIndex((x) => x.id === over.data.current?.taskId);
    const index = sortable ? (overAt >= 0 ? overAt : sortable.index) : target.length;
    const plan =
      planning.dropPlan({ task, fromCell, toCell, target, index, sideOf }) ??
      planMove({
        task,
        from: sideOf(fromCell),
        to: sideOf(toCell),
        targetTasks: target,
        index,
        actions: bundle.actions,
      });
    if (plan.kind === 'refused') {
      useToasts.getState().show(t('dnd.refused'), { tone: 'error' });
      return;
    }
    if (plan.kind === 'none') return;
    const { column, lane } = sideOf(toCell);
    const overLimit = wipNotices(task, plan.patch, lane ? [column, lane] : [column]);
    if (plan.needsReason) {
      setPendingBlock({ task, patch: plan.patch, reranked: plan.reranked, notices: overLimit });
      return;
    }
    const moved = await moveTaskUndoable(task.id, plan.patch, plan.reranked);
    if (moved.ok) for (const notice of overLimit) useToasts.getState().show(notice);
    if (moved.ok && fromCell === BACKLOG_CELL)
      setArrived({ id: task.id, focus: e.activatorEvent instanceof KeyboardEvent });
  };

  const endOfWeek = endOfIsoWeek(today);
  const addTo = (cell: string) => {
    const { column, lane } = sideOf(cell);
    const fields = fieldsForCell(column, lane, {
      themes: bundle.themes,
      actions: bundle.actions,
      endOfWeek,
    });
    if (!fields) return null;
    return async (title: string): Promise<string | null> => {
      const checked = checkTitle(title);
      if (!checked.ok) return tc(`errors.${titleErrorCode(checked.problem)}`);
      const themeId = fields.themeId ?? bundle.themes[0]?.id;
      if (!themeId) return t('noThemes');
      const created = await createTaskUndoable(
        {
          status: sprint ? 'gepland' : 'backlog',
          ...fields,
          planId: bundle.plan.id,
          themeId,
          title: checked.title,
          sprintId: sprint?.id ?? null,
        },
        { inline: true },
      );
      if (!created.ok) return tc(`errors.${created.code}`);
      setArrived({ id: created.value.id, focus: false });
      return null;
    };
  };

  const selectSprint = (choice: number) =>
    navigate((p) => {
      p.set('view', 'bord');
      p.set('sprint', String(choice));
    });

  const peers = usePeers(bundle.plan.id);
  const viewers = useMemo(() => viewersByTask(peers, peopleMap), [peers, peopleMap]);
  const cardCtx = useMemo(
    () => ({
      themes: themeMap,
      people: peopleMap,
      viewers,
      showStatus: groupBy !== 'status' && laneBy !== 'status',
      today,
      onOpen: setOpenTask,
      text: { t, tc },
    }),
    [themeMap, peopleMap, viewers, groupBy, laneBy, today, t, tc],
  );
  // Where a task sits on the board now: the cell "Verplaatsen naar…" moves it from.
  const cellOfTask = (taskId: string) => {
    for (const [id, cell] of cells)
      if (cell.open.some((x) => x.id === taskId) || cell.done.some((x) => x.id === taskId))
        return id;
    return null;
  };
  const moveTo = async (task: Task, plan: DropPlan, columnKey: string) => {
    if (plan.kind !== 'move') return;
    setMoving(null);
    setOpenTask(null);
    // "Verplaatsen naar…" is a drop without the drag: the same soft limit applies.
    const overLimit = wipNotices(task, plan.patch, [{ groupBy, key: columnKey }]);
    if (plan.needsReason) {
      setPendingBlock({ task, patch: plan.patch, reranked: plan.reranked, notices: overLimit });
      return;
    }
    const moved = await moveTaskUndoable(task.id, plan.patch, plan.reranked);
    if (moved.ok) for (const notice of overLimit) useToasts.getState().show(notice);
    // On a phone the board follows the task to its column, where it lights up and takes focus.
    if (moved.ok && moved.value.sprintId === (sprint?.id ?? null)) {
      setChosenColumn(columnKey);
      setArrived({ id: task.id, focus: true });
    }
  };
  const movingFrom = moving ? cellOfTask(moving.id) : null;

  const activeTask = activeId ? taskOf(activeId.split('|')[1] ?? '') : undefined;

  const renderRow = (lane: ColumnDef | null) => (
    <div className="columns">
      {shownColumns.map((col) => {
        const id = cellId(lane?.key ?? null, col.key);
        return (
          <Column
            key={id}
            id={id}
            title={columnTitle(col)}
            color={col.color}
            cell={cells.get(id) ?? EMPTY_CELL}
            droppable={!readOnly && col.droppable && (lane?.droppable ?? true)}
            ctx={cardCtx}
            onAdd={readOnly ? null : addTo(id)}
            highlightId={arrived?.id ?? null}
            focusHighlighted={arrived?.focus ?? false}
            addRequested={
              groupBy === 'label' && col.key === addIn && (!lane || lane.key === lanes?.[0]?.key)
            }
            headerCount={
              // Without swimlanes only: a limit is the whole column's, and a lane shows a part.
              !lane && hasWipLimits(col.groupBy) ? (
                <WipBadge
                  planId={bundle.plan.id}
                  column={col}
                  name={columnTitle(col)}
                  // The sprint's tasks, unfiltered: a filter does not change a column's load.
                  count={wipCount(allTasks, col)}
                  limit={wipLimitOf(col, wipLimits)}
                  editable={!planReadOnly}
                />
              ) : undefined
            }
          />
        );
      })}
    </div>
  );

  return (
    <div className="board">
      <SprintHeader
        sprints={bundle.sprints}
        sprint={sprint}
        tasks={allTasks}
        shown={tasks.length}
        today={today}
        onSelect={selectSprint}
        onClose={planReadOnly ? null : () => setClosing(true)}
        tools={
          <WallTools
            bundle={bundle}
            sprint={sprint}
            columns={columns}
            lanes={lanes}
            columnTitle={columnTitle}
            cells={cells}
            byTheme={groupBy === 'label'}
            today={today}
            shown={tasks.length}
            total={allTasks.length}
            filterTasks={filterTasks}
          />
        }
      />
      <div className="board-toolbar">
        {renderFilters?.(allTasks, sprint)}
        <label className="toolbar-field">
          <span>{t('groupBy')}</span>
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            {GROUP_BYS.map((g) => (
              <option key={g} value={g}>
                {t(`group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span>{t('laneBy')}</span>
          <select
            value={laneBy ?? ''}
            onChange={(e) => setLaneBy(e.target.value ? (e.target.value as GroupBy) : null)}
          >
            <option value="">{t('noLanes')}</option>
            {GROUP_BYS.filter((g) => g !== groupBy).map((g) => (
              <option key={g} value={g}>
                {t(`group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        {sprint && !readOnly && (
          <button
            type="button"
            className="planning-toggle"
            aria-pressed={planning.on}
            onClick={planning.toggle}
          >
            {tp('toggle')}
          </button>
        )}
      </div>
      <DndContext
        sensors={readOnly ? noSensors : sensors}
        collisionDetection={closestCorners}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setActiveId(null);
          setFrozen(null);
        }}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('dnd.instructions') },
        }}
      >
        <div className={planning.on ? 'board-body board-body-planning' : 'board-body'}>
          {planning.on && sprint && (
            <Suspense
              fallback={
                <section className="planning-panel" aria-label={tp('panel')}>
                  <p role="status">{tp('loading')}</p>
                </section>
              }
            >
              <PlanningPanel
                sprint={sprint}
                backlog={planning.backlog}
                sprintTasks={allTasks}
                bundle={bundle}
                ctx={cardCtx}
              />
            </Suspense>
          )}
          {loaded === undefined ? (
            // Columns with "0 taken" before the tasks are read would state something untrue.
            <p role="status" className="board-loading">
              {t('loading')}
            </p>
          ) : (
            // Six theme columns are wider than a laptop screen: the board says it scrolls sideways.
            <div className="board-swipe" {...(phone ? swipe.handlers : {})}>
              {phone && (
                <ColumnPicker
                  columns={columns.map((col) => ({
                    key: col.key,
                    label: columnTitle(col),
                    count: countInColumn(cells, col.key),
                  }))}
                  at={shownAt}
                  onPick={setChosenColumn}
                />
              )}
              <ScrollRegion
                label={t('columnsRegion')}
                moreLabel={t('scrollMore')}
                className="board-scroll board-lanes"
              >
                {lanes
                  ? lanes.map((lane) => (
                      <section
                        key={lane.key}
                        className="lane"
                        aria-label={t('lane', { name: columnTitle(lane) })}
                      >
                        <h3 className="lane-title">{columnTitle(lane)}</h3>
                        {renderRow(lane)}
                      </section>
                    ))
                  : renderRow(null)}
              </ScrollRegion>
            </div>
          )}
        </div>
        <DragOverlay>
          {activeTask ? (
            <TaskCard
              task={activeTask}
              theme={themeMap.get(activeTask.themeId)}
              people={peopleMap}
              showStatus={cardCtx.showStatus}
              today={today}
              onOpen={() => undefined}
              text={cardCtx.text}
            />
          ) : null}
        </DragOverlay>
      </DndContext>
      {openTask && (
        <TaskDialog
          taskId={openTask}
          bundle={bundle}
          onClose={() => setOpenTask(null)}
          onMoveTo={readOnly ? undefined : setMoving}
        />
      )}
      {moving && movingFrom && (
        <Suspense fallback={null}>
          <MoveTaskDialog
            task={moving}
            fromCell={movingFrom}
            columns={columns.map((col) => ({
              key: col.key,
              label: columnTitle(col),
              droppable: col.droppable,
            }))}
            groupBy={groupBy}
            laneBy={laneBy}
            bundle={bundle}
            sprint={sprint}
            today={today}
            onMove={(plan, columnKey) => moveTo(moving, plan, columnKey)}
            onClose={() => setMoving(null)}
          />
        </Suspense>
      )}
      {closing && sprint && (
        <CloseSprintDialog sprint={sprint} bundle={bundle} onClose={() => setClosing(false)} />
      )}
      {pendingBlock && (
        <BlockReasonDialog pending={pendingBlock} onDone={() => setPendingBlock(null)} />
      )}
    </div>
  );
}
