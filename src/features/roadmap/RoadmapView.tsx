import { DndContext, DragOverlay } from '@dnd-kit/core';
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
import { actionsOfTheme } from '../../domain/actionOrder';
import { formatShort } from '../../i18n/dates';
import { matchesFilter } from '../../domain/filter';
import { printFit } from '../../domain/printFit';
import {
  BACKLOG_COLUMN,
  looseRowKey,
  planRoadmapMove,
  roadmapCellKey,
  roadmapCells,
  roadmapRowKey,
  type RoadmapColumn,
  type RoadmapRow,
  type RoadmapRowKind,
} from '../../domain/roadmap';
import { EMPTY_PROGRESS, rollupPlan, type Progress } from '../../domain/rollup';
import { STATUSES, type Sprint, type Task } from '../../domain/types';
import type { PlanBundle } from '../../db/live';
import { usePlanReadOnly } from '../../app/usePlanAccess';
import { moveTaskUndoable } from '../../app/writes';
import { navigate, useSearch } from '../../lib/url';
import { usePlanView } from '../../app/usePlanView';
import { Cell, CELL_LIMIT } from './Cell';
import { MoveDialog } from './MoveDialog';
import { SprintRange } from './SprintRange';
import { LateIcon, StatusDot } from './TaskChips';
import { useRoadmapDnd } from './useRoadmapDnd';
import './roadmap.css';
import './roadmap-print.css';
import { addMessages } from '../../i18n/i18n';
import { roadmapMessages } from '../../i18n/roadmap';

addMessages('roadmap', roadmapMessages);

/** URL key for the row choice; themes are the default. */
const ROWS_KEY = 'rijen';

interface RoadmapViewProps {
  bundle: PlanBundle;
  /** The filter bar, composed in by the app shell (same signature as the board's). */
  renderFilters?: (tasks: Task[], sprint: Sprint | null) => ReactNode;
}

export function RoadmapView({ bundle, renderFilters }: RoadmapViewProps) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const {
    lang,
    today,
    sprint,
    allTasks,
    filter,
    filtering,
    tasks: liveTasks,
  } = usePlanView(bundle);
  const search = useSearch();
  const rowKind: RoadmapRowKind = search.get(ROWS_KEY) === 'acties' ? 'actions' : 'themes';

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

  const readOnly = usePlanReadOnly(bundle.plan.id);
  const dnd = useRoadmapDnd(taskById, cellLabels, move, readOnly);
  // A read-only plan has no move list to open: its tasks stay where the team put them.
  const chosen = choosing && !readOnly ? taskById.get(choosing) : undefined;
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
        {/* Geblokkeerd once: its status dot and the "!" a blocked chip carries, on one line. */}
        {STATUSES.map((status) => (
          <li key={status}>
            <StatusDot status={status} />
            {status === 'geblokkeerd' && (
              <span className="rm-blocked" aria-hidden="true">
                !
              </span>
            )}
            {tc(`status.${status}`)}
          </li>
        ))}
        <li>
          <span className="rm-late" aria-hidden="true">
            <LateIcon />
          </span>
          {t('late')}
        </li>
      </ul>
      <DndContext {...dnd.context}>
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
          {dnd.dragged ? (
            <div className="rm-overlay">
              <StatusDot status={dnd.dragged.status} />
              <span>{dnd.dragged.title}</span>
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
