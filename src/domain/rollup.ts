import { byRank, RANK_STEP } from './ordering';
import { isLate } from './tasks';
import type { Action, IsoDate, Sprint, Status, Task, Theme } from './types';

/** How far a set of tasks has come: the numbers behind a progress bar in the year plan. */
export interface Progress {
  total: number;
  done: number;
  /** Not done (blocked included). */
  open: number;
  blocked: number;
  /** Open with a due date before today. */
  late: number;
  /** Whole percent done; 0 for an empty set. */
  percent: number;
}

/** First and last sprint number the tasks are planned in; null when none is in a sprint. */
export interface SprintSpan {
  from: number;
  to: number;
}

export const EMPTY_PROGRESS: Progress = Object.freeze({
  total: 0,
  done: 0,
  open: 0,
  blocked: 0,
  late: 0,
  percent: 0,
});

export function progressOf(
  tasks: readonly Pick<Task, 'status' | 'dueDate'>[],
  today: IsoDate,
): Progress {
  let done = 0;
  let blocked = 0;
  let late = 0;
  for (const t of tasks) {
    if (t.status === 'afgerond') done += 1;
    if (t.status === 'geblokkeerd') blocked += 1;
    if (isLate(t, today)) late += 1;
  }
  const total = tasks.length;
  return {
    total,
    done,
    open: total - done,
    blocked,
    late,
    // Floor, so that "100 %" is only ever shown when everything is done.
    percent: total === 0 ? 0 : Math.floor((done / total) * 100),
  };
}

export function sprintSpanOf(
  tasks: readonly Pick<Task, 'sprintId'>[],
  sprints: readonly Pick<Sprint, 'id' | 'number'>[],
): SprintSpan | null {
  const numbers = new Map(sprints.map((s) => [s.id, s.number]));
  let from = Infinity;
  let to = -Infinity;
  for (const t of tasks) {
    const n = t.sprintId === null ? undefined : numbers.get(t.sprintId);
    if (n === undefined) continue;
    from = Math.min(from, n);
    to = Math.max(to, n);
  }
  return Number.isFinite(from) ? { from, to } : null;
}

export interface Rollup {
  progress: Progress;
  span: SprintSpan | null;
}

export interface PlanRollup {
  byTheme: Map<string, Rollup>;
  byAction: Map<string, Rollup>;
  /** Per theme, its tasks that belong to no action (or to an action of another theme). */
  looseByTheme: Map<string, Rollup>;
}

function rollupOf(tasks: readonly Task[], sprints: readonly Sprint[], today: IsoDate): Rollup {
  return { progress: progressOf(tasks, today), span: sprintSpanOf(tasks, sprints) };
}

/** True when the task stands under `action` in the outline (an action lives in one theme). */
export function belongsToAction(
  task: Pick<Task, 'actionId' | 'themeId'>,
  action: Pick<Action, 'id' | 'themeId'>,
): boolean {
  return task.actionId === action.id && task.themeId === action.themeId;
}

/**
 * Progress of every theme and action of a plan. A theme counts all its tasks, with or without an
 * action; a task whose action sits in another theme counts for its own theme only.
 */
export function rollupPlan(
  tasks: readonly Task[],
  plan: { themes: readonly Theme[]; actions: readonly Action[]; sprints: readonly Sprint[] },
  today: IsoDate,
): PlanRollup {
  const actionById = new Map(plan.actions.map((a) => [a.id, a]));
  const perTheme = new Map<string, Task[]>(plan.themes.map((t) => [t.id, []]));
  const perAction = new Map<string, Task[]>(plan.actions.map((a) => [a.id, []]));
  const loose = new Map<string, Task[]>(plan.themes.map((t) => [t.id, []]));
  for (const task of tasks) {
    perTheme.get(task.themeId)?.push(task);
    const action = task.actionId === null ? undefined : actionById.get(task.actionId);
    if (action && belongsToAction(task, action)) perAction.get(action.id)?.push(task);
    else loose.get(task.themeId)?.push(task);
  }
  const roll = (m: Map<string, Task[]>) =>
    new Map([...m].map(([k, list]) => [k, rollupOf(list, plan.sprints, today)] as const));
  return { byTheme: roll(perTheme), byAction: roll(perAction), looseByTheme: roll(loose) };
}

// ---------- the roadmap grid ----------

export type RoadmapRowKind = 'themes' | 'actions';

/** The column of tasks without a sprint. */
export const BACKLOG_COLUMN = 'backlog';

const LOOSE_PREFIX = 'geen-actie:';

/** Row key, in action rows, of a theme's tasks without an action. */
export const looseRowKey = (themeId: string) => `${LOOSE_PREFIX}${themeId}`;

export function parseLooseRowKey(key: string): string | null {
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
  const done = tasks.filter((t) => t.status === 'afgerond').length;
  return {
    total: tasks.length,
    done,
    open: tasks.length - done,
    blocked: tasks.filter((t) => t.blocked).length,
    late: tasks.filter((t) => t.late).length,
  };
}

/** Theme order, then action order inside a theme. */
export function orderedActions(themes: readonly Theme[], actions: readonly Action[]): Action[] {
  const order = new Map(themes.map((t) => [t.id, t.order]));
  return actions
    .filter((a) => order.has(a.themeId))
    .sort(
      (a, b) =>
        order.get(a.themeId)! - order.get(b.themeId)! ||
        a.order - b.order ||
        a.title.localeCompare(b.title, 'nl'),
    );
}

function rowKeyOf(
  task: Task,
  kind: RoadmapRowKind,
  actionById: ReadonlyMap<string, Action>,
): string {
  if (kind === 'themes') return task.themeId;
  const action = task.actionId === null ? undefined : actionById.get(task.actionId);
  return action && belongsToAction(task, action) ? action.id : looseRowKey(task.themeId);
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
    const rowKey = rowKeyOf(task, rows, actionById);
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
          const own = orderedActions([t], ctx.actions).map((a): RoadmapRow => ({
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
      blocked: t.status === 'geblokkeerd',
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

// ---------- showing a long list a page at a time ----------

export interface ListWindow<T> {
  shown: T[];
  /** How many of the list are not shown. */
  hidden: number;
}

/**
 * The part of a long list that is put on screen: the first `limit` items, and the `pinned` one
 * (a task just moved or added) wherever it stands, so it can be seen and focused. Keeps the DOM
 * small when a cell or an action holds thousands of tasks.
 */
export function listWindow<T extends { id: string }>(
  items: readonly T[],
  limit: number,
  pinned: string | null = null,
): ListWindow<T> {
  const max = Math.max(0, Math.floor(limit));
  if (items.length <= max) return { shown: [...items], hidden: 0 };
  const shown = items.slice(0, max);
  const extra = pinned === null ? undefined : items.slice(max).find((x) => x.id === pinned);
  if (extra) shown.push(extra);
  return { shown, hidden: items.length - shown.length };
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
    patch.sprintId = target.sprintId;
    // Planned means planned in a sprint: the backlog status follows the column.
    if (target.sprintId === null && task.status === 'gepland') patch.status = 'backlog';
    if (target.sprintId !== null && task.status === 'backlog') patch.status = 'gepland';
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

// ---------- the roadmap on one printed page ----------

/** Sizes of the printed roadmap in CSS px (1/96 inch), as the print style sheet lays it out. */
export interface PrintMetrics {
  /** Height of the page inside its margins: A3 landscape, 297 mm − 2 × 8 mm. */
  page: number;
  /** Title and legend above the grid; they are not zoomed. */
  top: number;
  /** The sprint header row of the grid. */
  head: number;
  /** One task chip of two lines at most, and the gap under it. */
  chip: number;
  /** The same with three lines of title, when the page has room for them. */
  chipTall: number;
  /** The "+N meer" line under a cell's chips. */
  more: number;
  /** Padding and border of a row. */
  pad: number;
  /** Height of a row whatever its cells hold: the row header (name, theme, bar, counts). */
  rowMin: number;
  /** Below this zoom the text gets too small to read; fewer chips per cell are tried first. */
  minZoom: number;
}

/** Measured on the print layout in Chromium, rounded up. */
export const A3_LANDSCAPE: PrintMetrics = {
  page: 1062,
  top: 50,
  head: 62,
  chip: 27,
  chipTall: 38,
  more: 12,
  pad: 10,
  rowMin: 68,
  minZoom: 0.8,
};

export interface PrintFit {
  /** Chips printed per cell; the rest is counted as "+N meer". */
  perCell: number;
  /** Scale of the grid on paper, 1 or less. */
  zoom: number;
  /** Lines of a chip's title on paper: three when everything fits at full size that way, else two. */
  lines: 2 | 3;
}

/**
 * How the roadmap fits on one page: as many chips per cell (at most `max`) as fit at a readable
 * size; when even one chip per cell does not, the grid is zoomed out until it fits, with as many
 * chips as that zoom allows. `rowLoads` holds, per row, the number of tasks in its fullest cell.
 */
export function printFit(
  rowLoads: readonly number[],
  max: number,
  m: PrintMetrics = A3_LANDSCAPE,
): PrintFit {
  const rowHeight = (load: number, k: number, chip: number) =>
    Math.max(m.rowMin, Math.min(load, k) * chip + (load > k ? m.more : 0) + m.pad);
  const zoomAt = (k: number, chip = m.chip) => {
    const grid = m.head + rowLoads.reduce((sum, load) => sum + rowHeight(load, k, chip), 0);
    return Math.min(1, Math.floor(((m.page - m.top) / grid) * 1000) / 1000);
  };
  const top = Math.max(1, Math.floor(max));
  if (zoomAt(top, m.chipTall) === 1) return { perCell: top, zoom: 1, lines: 3 };
  const best = zoomAt(1);
  for (let k = top; k >= 1; k--) {
    const zoom = zoomAt(k);
    // Fewer chips only where they buy a larger, readable zoom: rows as high as their header gain nothing.
    if (zoom >= m.minZoom || zoom >= best) return { perCell: k, zoom, lines: 2 };
  }
  return { perCell: 1, zoom: best, lines: 2 };
}
