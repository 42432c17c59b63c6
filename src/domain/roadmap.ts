import { sprintMovePatch } from './backlog';
import { countStates, isBlocked } from './taskState';
import { byRank, RANK_STEP } from './ordering';
import { actionsOfTheme } from './actionOrder';
import { placedActionId } from './placement';
import { isLate } from './tasks';
import type { Action, IsoDate, Sprint, Status, Task, Theme } from './types';

// ---------- the roadmap grid ----------

export type RoadmapRowKind = 'themes' | 'actions';

/** The column of tasks without a sprint. */
export const BACKLOG_COLUMN = 'backlog';

const LOOSE_PREFIX = 'geen-actie:';

/** Row key, in action rows, of a theme's tasks without an action. */
export const looseRowKey = (themeId: string) => `${LOOSE_PREFIX}${themeId}`;

function parseLooseRowKey(key: string): string | null {
  return key.startsWith(LOOSE_PREFIX) ? key.slice(LOOSE_PREFIX.length) : null;
}

export const roadmapCellKey = (rowKey: string, columnKey: string) => `${rowKey}::${columnKey}`;

export interface RoadmapRow {
  /** Theme id, action id, or `looseRowKey(themeId)`. */
  key: string;
  kind: RoadmapRowKind;
  themeId: string;
  /** The action, in action rows; null for a theme row or a theme's tasks without action. */
  actionId: string | null;
}

export interface RoadmapColumn {
  /** Sprint id, or BACKLOG_COLUMN. */
  key: string;
  sprint: Sprint | null;
  current: boolean;
  /** A closed sprint shows its outcome as frozen at the close and takes no drops. */
  frozen: boolean;
}

/** What a roadmap cell needs to show of a task. */
export interface RoadmapTask {
  id: string;
  title: string;
  status: Status;
  blocked: boolean;
  late: boolean;
  /** A copy from a closed sprint's snapshot: shown, not moved. */
  frozen: boolean;
}

export interface CellCounts {
  total: number;
  done: number;
  open: number;
  blocked: number;
  late: number;
}

export interface RoadmapCell {
  rowKey: string;
  columnKey: string;
  tasks: RoadmapTask[];
  counts: CellCounts;
}

export interface RoadmapGrid {
  rows: RoadmapRow[];
  columns: RoadmapColumn[];
  /** By `roadmapCellKey(row, column)`; cells without tasks are absent. */
  cells: Map<string, RoadmapCell>;
  /** Per column, over all rows. */
  columnCounts: Map<string, CellCounts>;
}

export interface RoadmapContext {
  themes: readonly Theme[];
  actions: readonly Action[];
  today: IsoDate;
  /** The sprint shown as current (see `currentSprint`); null when none. */
  currentSprintId: string | null;
  /** Narrows live and frozen tasks alike (the URL filter); all tasks by default. */
  include?: (task: Task) => boolean;
}

function countsOf(tasks: readonly RoadmapTask[]): CellCounts {
  return { ...countStates(tasks), late: tasks.filter((t) => t.late).length };
}

/** The row a task stands in: its theme, or in action rows its action or its theme's row of tasks without action. */
export function roadmapRowKey(
  task: Pick<Task, 'themeId' | 'actionId'>,
  kind: RoadmapRowKind,
  actionById: ReadonlyMap<string, Pick<Action, 'id' | 'themeId'>>,
): string {
  if (kind === 'themes') return task.themeId;
  return placedActionId(task, actionById) ?? looseRowKey(task.themeId);
}

/**
 * The roadmap: rows (themes, or actions) × columns (the sprints in order, then the backlog).
 * Open sprints show the tasks planned in them now; a closed sprint with a snapshot shows the
 * snapshot, so its outcome stays as it was at the close. In action rows, a theme's tasks
 * without action get a row of their own, after the theme's actions, only when there are any.
 */
export function roadmapCells(
  tasks: readonly Task[],
  rows: RoadmapRowKind,
  sprints: readonly Sprint[],
  ctx: RoadmapContext,
): RoadmapGrid {
  const include = ctx.include ?? (() => true);
  const ordered = [...sprints].sort((a, b) => a.number - b.number);
  const columns: RoadmapColumn[] = [
    ...ordered.map((s) => ({
      key: s.id,
      sprint: s,
      current: s.id === ctx.currentSprintId,
      frozen: s.closedAt !== null && s.snapshot !== null,
    })),
    { key: BACKLOG_COLUMN, sprint: null, current: false, frozen: false },
  ];
  const frozenIds = new Set(columns.filter((c) => c.frozen).map((c) => c.key));
  const columnKeys = new Set(columns.map((c) => c.key));
  const actionById = new Map(ctx.actions.map((a) => [a.id, a]));
  const themeIds = new Set(ctx.themes.map((t) => t.id));

  // Every task that is to be shown, with the column it stands in and whether it is a frozen copy.
  const placed: Array<{ task: Task; column: string; frozen: boolean }> = [];
  for (const task of tasks) {
    const column = task.sprintId ?? BACKLOG_COLUMN;
    if (!columnKeys.has(column) || frozenIds.has(column)) continue;
    if (include(task)) placed.push({ task, column, frozen: false });
  }
  for (const col of columns) {
    if (!col.frozen) continue;
    for (const task of col.sprint?.snapshot ?? [])
      if (include(task)) placed.push({ task, column: col.key, frozen: true });
  }

  const buckets = new Map<
    string,
    { rowKey: string; columnKey: string; tasks: Task[]; frozen: boolean }
  >();
  const usedLoose = new Set<string>();
  for (const { task, column, frozen } of placed) {
    if (!themeIds.has(task.themeId)) continue;
    const rowKey = roadmapRowKey(task, rows, actionById);
    if (parseLooseRowKey(rowKey) !== null) usedLoose.add(rowKey);
    const key = roadmapCellKey(rowKey, column);
    const bucket = buckets.get(key) ?? { rowKey, columnKey: column, tasks: [], frozen };
    bucket.tasks.push(task);
    buckets.set(key, bucket);
  }

  const themes = [...ctx.themes].sort((a, b) => a.order - b.order);
  const gridRows: RoadmapRow[] =
    rows === 'themes'
      ? themes.map((t) => ({ key: t.id, kind: rows, themeId: t.id, actionId: null }))
      : themes.flatMap((t) => {
          const own = actionsOfTheme(t.id, ctx.actions).map((a): RoadmapRow => ({
            key: a.id,
            kind: rows,
            themeId: t.id,
            actionId: a.id,
          }));
          const loose = looseRowKey(t.id);
          return usedLoose.has(loose)
            ? [...own, { key: loose, kind: rows, themeId: t.id, actionId: null }]
            : own;
        });

  const cells = new Map<string, RoadmapCell>();
  const columnCounts = new Map<string, CellCounts>(
    columns.map((c) => [c.key, { total: 0, done: 0, open: 0, blocked: 0, late: 0 }]),
  );
  for (const [key, bucket] of buckets) {
    const compact = [...bucket.tasks].sort(byRank).map((t): RoadmapTask => ({
      id: t.id,
      title: t.title,
      status: t.status,
      blocked: isBlocked(t),
      late: isLate(t, ctx.today),
      frozen: bucket.frozen,
    }));
    const counts = countsOf(compact);
    cells.set(key, { rowKey: bucket.rowKey, columnKey: bucket.columnKey, tasks: compact, counts });
    // Summed, not concatenated: a column of thousands of tasks is counted once.
    const sum = columnCounts.get(bucket.columnKey)!;
    sum.total += counts.total;
    sum.done += counts.done;
    sum.open += counts.open;
    sum.blocked += counts.blocked;
    sum.late += counts.late;
  }
  return { rows: gridRows, columns, cells, columnCounts };
}

// ---------- rescheduling on the roadmap ----------

export interface RoadmapTarget {
  /** null = the backlog column. */
  sprintId: string | null;
  rowKind: RoadmapRowKind;
  rowKey: string;
}

export interface RoadmapMoveContext {
  themes: readonly Pick<Theme, 'id'>[];
  actions: readonly Action[];
  sprints: readonly Sprint[];
  /** The plan's tasks, to put a task that changes sprint at the bottom of its new sprint. */
  tasks?: readonly Task[];
}

/**
 * What dropping `task` on a roadmap cell changes: the sprint, and the theme (theme rows) or the
 * action and its theme (action rows). Null when nothing changes or the cell cannot take it
 * (a closed sprint, an unknown sprint, theme or action).
 */
export function planRoadmapMove(
  task: Task,
  target: RoadmapTarget,
  ctx: RoadmapMoveContext,
): Partial<Task> | null {
  const patch: Partial<Task> = {};
  if (target.sprintId !== null) {
    const sprint = ctx.sprints.find((s) => s.id === target.sprintId);
    if (!sprint || sprint.closedAt !== null) return null;
  }
  if (target.sprintId !== task.sprintId) {
    const from = ctx.sprints.find((s) => s.id === task.sprintId);
    Object.assign(patch, sprintMovePatch(task, target.sprintId, from));
    if (ctx.tasks) {
      const last = ctx.tasks
        .filter((t) => t.id !== task.id && t.sprintId === target.sprintId)
        .reduce((max, t) => Math.max(max, t.rank), 0);
      patch.rank = last + RANK_STEP;
    }
  }

  if (target.rowKind === 'themes') {
    if (!ctx.themes.some((t) => t.id === target.rowKey)) return null;
    if (target.rowKey !== task.themeId) {
      patch.themeId = target.rowKey;
      const action = ctx.actions.find((a) => a.id === task.actionId);
      // An action lives in one theme: it cannot follow the task into another.
      if (action && action.themeId !== target.rowKey) patch.actionId = null;
    }
  } else {
    const looseTheme = parseLooseRowKey(target.rowKey);
    if (looseTheme !== null) {
      if (!ctx.themes.some((t) => t.id === looseTheme)) return null;
      if (task.actionId !== null) patch.actionId = null;
      if (task.themeId !== looseTheme) patch.themeId = looseTheme;
    } else {
      const action = ctx.actions.find((a) => a.id === target.rowKey);
      if (!action) return null;
      if (task.actionId !== action.id) patch.actionId = action.id;
      if (task.themeId !== action.themeId) patch.themeId = action.themeId;
    }
  }
  return Object.keys(patch).length ? patch : null;
}
