import { endOfIsoWeek } from './dates';
import { orderedActions } from './actionOrder';
import { byRank } from './ordering';
import {
  PHASES,
  STATUSES,
  type Action,
  type IsoDate,
  type Person,
  type Task,
  type Theme,
} from './types';

export const GROUP_BYS = ['label', 'status', 'action', 'assignee', 'due', 'phase'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const NONE = 'none';

export interface ColumnDef {
  /** theme id, status, action id, person id, due bucket, phase, or NONE. */
  key: string;
  groupBy: GroupBy;
  /** Text from the plan's data (theme name, action title, person name); null = translate `key`. */
  title: string | null;
  color: string | null;
  /** Due-date columns follow from the date; a drop there cannot decide anything. */
  droppable: boolean;
}

export interface GroupContext {
  themes: readonly Theme[];
  actions: readonly Action[];
  people: readonly Person[];
  today: IsoDate;
}

export const DUE_BUCKETS = ['te-laat', 'deze-week', 'later', 'geen-datum'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

export function isDueBucket(value: unknown): value is DueBucket {
  return (DUE_BUCKETS as readonly unknown[]).includes(value);
}

export function dueBucket(task: Pick<Task, 'dueDate' | 'status'>, today: IsoDate): DueBucket {
  if (!task.dueDate) return 'geen-datum';
  if (task.dueDate < today && task.status !== 'afgerond') return 'te-laat';
  return task.dueDate <= endOfIsoWeek(today) ? 'deze-week' : 'later';
}

export function columnsFor(groupBy: GroupBy, ctx: GroupContext): ColumnDef[] {
  const col = (
    key: string,
    title: string | null,
    color: string | null = null,
    droppable = true,
  ): ColumnDef => ({
    key,
    groupBy,
    title,
    color,
    droppable,
  });
  switch (groupBy) {
    case 'label':
      return ctx.themes.map((t) => col(t.id, t.name, t.color));
    case 'status':
      return STATUSES.map((s) => col(s, null));
    case 'action': {
      const actions = orderedActions(ctx.themes, ctx.actions);
      return [
        ...actions.map((a) =>
          col(a.id, a.title, ctx.themes.find((t) => t.id === a.themeId)?.color ?? null),
        ),
        col(NONE, null),
      ];
    }
    case 'assignee':
      return [...ctx.people.map((p) => col(p.id, p.name, p.color)), col(NONE, null)];
    case 'due':
      return DUE_BUCKETS.map((b) => col(b, null, null, false));
    case 'phase':
      return [...PHASES.map((p) => col(p, null)), col(NONE, null)];
  }
}

/** The columns a task stands in: one, except by assignee, where it shows under each person. */
export function columnKeysOf(
  task: Task,
  groupBy: GroupBy,
  ctx: Pick<GroupContext, 'today'>,
): string[] {
  switch (groupBy) {
    case 'label':
      return [task.themeId];
    case 'status':
      return [task.status];
    case 'action':
      return [task.actionId ?? NONE];
    case 'assignee':
      return task.assigneeIds.length ? task.assigneeIds : [NONE];
    case 'due':
      return [dueBucket(task, ctx.today)];
    case 'phase':
      return [task.phase ?? NONE];
  }
}

export interface Cell {
  /** Open tasks in rank order. */
  open: Task[];
  /** Done tasks, folded at the bottom as in Planner; never when grouped by status. */
  done: Task[];
}

export const cellId = (laneKey: string | null, columnKey: string) =>
  `${laneKey ?? '*'}::${columnKey}`;

export function parseCellId(id: string): { laneKey: string | null; columnKey: string } {
  const at = id.indexOf('::');
  const lane = id.slice(0, at);
  return { laneKey: lane === '*' ? null : lane, columnKey: id.slice(at + 2) };
}

/**
 * Puts tasks into cells of the board (lane × column). Tasks whose column no longer exists (a
 * deleted person, say) land in the NONE column when there is one, so nothing disappears.
 */
export function groupTasks(
  tasks: readonly Task[],
  groupBy: GroupBy,
  laneBy: GroupBy | null,
  ctx: GroupContext,
): Map<string, Cell> {
  const columns = new Set(columnsFor(groupBy, ctx).map((c) => c.key));
  const lanes = laneBy ? new Set(columnsFor(laneBy, ctx).map((c) => c.key)) : null;
  const cells = new Map<string, Cell>();
  const fit = (keys: string[], known: Set<string>) => {
    const ok = keys.filter((k) => known.has(k));
    if (ok.length) return ok;
    return known.has(NONE) ? [NONE] : [];
  };
  for (const task of tasks) {
    const colKeys = fit(columnKeysOf(task, groupBy, ctx), columns);
    const laneKeys = lanes && laneBy ? fit(columnKeysOf(task, laneBy, ctx), lanes) : [null];
    for (const lane of laneKeys) {
      for (const col of colKeys) {
        const id = cellId(lane, col);
        const cell = cells.get(id) ?? { open: [], done: [] };
        (task.status === 'afgerond' ? cell.done : cell.open).push(task);
        cells.set(id, cell);
      }
    }
  }
  for (const cell of cells.values()) {
    cell.open.sort(byRank);
    cell.done.sort(
      (a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '') || byRank(a, b),
    );
    // Grouped by status, Afgerond is a column of its own: its cards are not folded away.
    if (groupBy === 'status' && cell.done.length) {
      cell.open.push(...cell.done);
      cell.done = [];
    }
  }
  return cells;
}

export function statusCounts(tasks: readonly Task[]): Record<(typeof STATUSES)[number], number> {
  const counts = { backlog: 0, gepland: 0, 'in-uitvoering': 0, geblokkeerd: 0, afgerond: 0 };
  for (const t of tasks) counts[t.status] += 1;
  return counts;
}
