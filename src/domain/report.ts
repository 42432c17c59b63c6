import { addDaysIso, dayOf } from './dates';
import { byRank } from './ordering';
import { reportTasks } from './reportReads';
import { daysBlocked } from './tasks';
import { countStates, isBlocked, isDone, taskState } from './taskState';
import { inSprint, timelines } from './timeline';
import { limitedColumns, wipOverDays } from './wipReport';
import type {
  Action,
  HistoryEntry,
  IsoDate,
  IsoDateTime,
  Person,
  Plan,
  Priority,
  Sprint,
  Status,
  Task,
  Theme,
} from './types';

export interface ReportInput {
  plan: Plan;
  sprint: Sprint;
  themes: readonly Theme[];
  actions: readonly Action[];
  people: readonly Person[];
  sprints: readonly Sprint[];
  /** The sprint's current tasks, or `sprint.snapshot` when the sprint is closed. */
  tasks: readonly Task[];
  /** The plan's history (any order). */
  history: readonly HistoryEntry[];
  today: IsoDate;
  /**
   * The plan's tasks, only to name blockers that live outside the sprint; without it those
   * blockers are named only when they are in `tasks`.
   */
  planTasks?: readonly Task[];
}

export interface ReportTotals {
  /** Tasks in the sprint now (at the close for a closed sprint). */
  total: number;
  /** In the sprint at the end of its first day, the planning day. */
  planned: number;
  /** In the sprint now, but moved in or created after the planning day. */
  added: number;
  /** Planned at the start but no longer in the sprint (moved out or deleted). */
  removed: number;
  done: number;
  /** done / total in whole percent; 0 for an empty sprint. */
  completion: number;
  inProgress: number;
  blocked: number;
  /** Neither done nor blocked. */
  open: number;
  /** Tasks that were carried over from an earlier sprint at least once. */
  carriedOver: number;
}

export interface ThemeRow {
  themeId: string;
  label: string;
  name: string;
  color: string;
  /** Neither done nor blocked, so that open + blocked + done = total. */
  open: number;
  blocked: number;
  done: number;
  total: number;
}

export interface BlockedItem {
  taskId: string;
  title: string;
  themeLabel: string;
  reason: string;
  blockedSince: IsoDate | null;
  /** null when the blocked-since date is unknown. */
  daysBlocked: number | null;
  blockedBy: string[];
  assignees: string[];
}

export interface CarriedItem {
  taskId: string;
  title: string;
  themeLabel: string;
  status: Status;
  count: number;
}

export interface PersonRow {
  /** null = the "not assigned" row. */
  personId: string | null;
  name: string | null;
  assigned: number;
  done: number;
  /** Neither done nor blocked. */
  open: number;
  blocked: number;
}

export interface BurnPoint {
  date: IsoDate;
  /** Tasks in the sprint at the end of that day. */
  scope: number;
  /** Of those, the ones done at the end of that day. */
  done: number;
}

/** A board column that ended one or more days of the sprint over its soft WIP limit. */
export interface WipOverItem {
  /** A status column (board grouped by status) or a theme column (grouped by label). */
  kind: 'status' | 'theme';
  /** The status, or the theme's id. */
  key: string;
  /** The theme's name; empty for a status (its name is the language's). */
  name: string;
  limit: number;
  days: number;
  /** The highest count at the end of a day. */
  peak: number;
}

/** One task as it appears in the exports. */
export interface ReportTask {
  id: string;
  title: string;
  themeLabel: string;
  actionTitle: string;
  status: Status;
  assignees: string[];
  dueDate: IsoDate | null;
  priority: Priority;
  carryOverCount: number;
  blockedReason: string;
}

export interface SprintReport {
  planName: string;
  planYear: number;
  sprintNumber: number;
  sprintName: string;
  start: IsoDate;
  end: IsoDate;
  goal: string;
  closed: boolean;
  closedAt: IsoDateTime | null;
  /** The day the figures describe: the close day of a closed sprint, otherwise today. */
  asOf: IsoDate;
  totals: ReportTotals;
  themes: ThemeRow[];
  blocked: BlockedItem[];
  carried: CarriedItem[];
  people: PersonRow[];
  burnUp: BurnPoint[];
  /** How many columns have a WIP limit, and those that went over it during the sprint. */
  wip: { limited: number; over: WipOverItem[] };
  tasks: ReportTask[];
}

/**
 * The day a report's figures describe: the close day of a closed sprint, otherwise today — so
 * the report made just before a close and the one after it describe the same day.
 */
function reportDay(sprint: Pick<Sprint, 'closedAt'>, today: IsoDate): IsoDate {
  return sprint.closedAt ? dayOf(sprint.closedAt) : today;
}

/**
 * Days of the sprint the chart covers: up to the report's day, never past the sprint's end. A
 * closed sprint ends at its close: what the close moved on is not a drop in its scope.
 */
export function burnUpDays(
  sprint: Pick<Sprint, 'start' | 'end' | 'closedAt'>,
  today: IsoDate,
): IsoDate[] {
  const day = reportDay(sprint, today);
  const last = day > sprint.end ? sprint.end : day;
  const days: IsoDate[] = [];
  for (let d = sprint.start; d <= last && days.length < 400; d = addDaysIso(d, 1)) days.push(d);
  return days;
}

/** The rows of one plan that a sprint report reads besides its tasks and history. */
export interface ReportPlanRows {
  plan: Plan;
  themes: readonly Theme[];
  actions: readonly Action[];
  people: readonly Person[];
  sprints: readonly Sprint[];
}

/**
 * The report of one sprint from the whole plan: its tasks (the close's snapshot for a closed
 * sprint) picked from the plan's, and the plan's tasks kept to name blockers outside the sprint.
 * The Sprintrapport and the command palette's export both show this, so they always agree.
 */
export function sprintReportOf(
  rows: ReportPlanRows,
  sprint: Sprint,
  planTasks: readonly Task[],
  history: readonly HistoryEntry[],
  today: IsoDate,
): SprintReport {
  return buildSprintReport({
    plan: rows.plan,
    sprint,
    themes: rows.themes,
    actions: rows.actions,
    people: rows.people,
    sprints: rows.sprints,
    tasks: reportTasks(sprint, planTasks),
    history,
    today,
    planTasks,
  });
}

/** Everything the sprint report shows and exports, computed from the plan's rows. */
export function buildSprintReport(input: ReportInput): SprintReport {
  const { sprint, today } = input;
  const tasks = [...input.tasks];
  const themeById = new Map(input.themes.map((t) => [t.id, t]));
  const themeOrder = (id: string) => themeById.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  const actionById = new Map(input.actions.map((a) => [a.id, a]));
  const personById = new Map(input.people.map((p) => [p.id, p]));
  const titleById = new Map([...(input.planTasks ?? []), ...tasks].map((t) => [t.id, t.title]));
  const closed = sprint.closedAt !== null;
  const asOf = reportDay(sprint, today);
  // The close itself (and anything after it) is not part of the sprint's story.
  const until = sprint.closedAt ?? undefined;
  const ordered = tasks.sort(
    (a, b) => themeOrder(a.themeId) - themeOrder(b.themeId) || byRank(a, b),
  );
  const labelOf = (t: Task) => themeById.get(t.themeId)?.label ?? '';
  const namesOf = (t: Task) =>
    t.assigneeIds.map((id) => personById.get(id)?.name).filter((n): n is string => !!n);

  // Planned and added come from the history: who was in the sprint when the planning day ended.
  const lines = timelines(ordered, input.history);
  const plannedIds = new Set<string>();
  for (const [id, line] of lines)
    if (inSprint(line.at(sprint.start, until), sprint.id)) plannedIds.add(id);
  const currentIds = new Set(ordered.map((t) => t.id));

  const { done, blocked, open } = countStates(ordered);
  const totals: ReportTotals = {
    total: ordered.length,
    planned: plannedIds.size,
    added: ordered.filter((t) => !plannedIds.has(t.id)).length,
    removed: [...plannedIds].filter((id) => !currentIds.has(id)).length,
    done,
    completion: ordered.length ? Math.round((done / ordered.length) * 100) : 0,
    inProgress: ordered.filter((t) => t.status === 'in-uitvoering').length,
    blocked,
    open,
    carriedOver: ordered.filter((t) => t.carryOverCount > 0).length,
  };

  const themeRows = new Map<string, ThemeRow>();
  for (const t of ordered) {
    const theme = themeById.get(t.themeId);
    const row = themeRows.get(t.themeId) ?? {
      themeId: t.themeId,
      label: theme?.label ?? '',
      name: theme?.name ?? '',
      color: theme?.color ?? '#5a6472',
      open: 0,
      blocked: 0,
      done: 0,
      total: 0,
    };
    row.total += 1;
    row[taskState(t)] += 1;
    themeRows.set(t.themeId, row);
  }

  const blockedItems: BlockedItem[] = ordered
    .filter(isBlocked)
    .map((t) => ({
      taskId: t.id,
      title: t.title,
      themeLabel: labelOf(t),
      reason: t.blockedReason.trim(),
      blockedSince: t.blockedSince,
      daysBlocked: daysBlocked(t, asOf),
      blockedBy: t.blockedBy.map((id) => titleById.get(id)).filter((x): x is string => !!x),
      assignees: namesOf(t),
    }))
    .sort(
      (a, b) =>
        (b.daysBlocked ?? -1) - (a.daysBlocked ?? -1) || a.title.localeCompare(b.title, 'nl'),
    );

  const carried: CarriedItem[] = ordered
    .filter((t) => t.carryOverCount > 0)
    .map((t) => ({
      taskId: t.id,
      title: t.title,
      themeLabel: labelOf(t),
      status: t.status,
      count: t.carryOverCount,
    }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'nl'));

  const personRows = new Map<string | null, PersonRow>();
  const countFor = (personId: string | null, t: Task) => {
    const row = personRows.get(personId) ?? {
      personId,
      name: personId === null ? null : (personById.get(personId)?.name ?? null),
      assigned: 0,
      done: 0,
      open: 0,
      blocked: 0,
    };
    row.assigned += 1;
    row[taskState(t)] += 1;
    personRows.set(personId, row);
  };
  for (const t of ordered) {
    const known = [...new Set(t.assigneeIds)].filter((id) => personById.has(id));
    if (known.length === 0) countFor(null, t);
    for (const id of known) countFor(id, t);
  }
  const people = [
    ...input.people.flatMap((p) => personRows.get(p.id) ?? []),
    ...(personRows.get(null) ? [personRows.get(null)!] : []),
  ];

  const burnUp: BurnPoint[] = burnUpDays(sprint, today).map((date) => {
    let scope = 0;
    let doneThen = 0;
    for (const line of lines.values()) {
      const state = line.at(date, until);
      if (!inSprint(state, sprint.id)) continue;
      scope += 1;
      if (state.status && isDone({ status: state.status })) doneThen += 1;
    }
    return { date, scope, done: doneThen };
  });

  const limited = limitedColumns({ plan: input.plan, themes: input.themes });
  const lineList = [...lines.values()];
  const wipOver: WipOverItem[] = wipOverDays({
    sprintId: sprint.id,
    days: burnUpDays(sprint, today),
    states: lineList.map((line) => (day: IsoDate) => line.at(day, until)),
    columns: limited,
  }).map((row) => ({
    kind: row.column.groupBy === 'status' ? 'status' : 'theme',
    key: row.column.key,
    name: row.column.groupBy === 'label' ? (themeById.get(row.column.key)?.name ?? '') : '',
    limit: row.limit,
    days: row.days,
    peak: row.peak,
  }));

  return {
    planName: input.plan.name,
    planYear: input.plan.year,
    sprintNumber: sprint.number,
    sprintName: sprint.name,
    start: sprint.start,
    end: sprint.end,
    goal: sprint.goal,
    closed,
    closedAt: sprint.closedAt,
    asOf,
    totals,
    themes: [...themeRows.values()].sort((a, b) => themeOrder(a.themeId) - themeOrder(b.themeId)),
    blocked: blockedItems,
    carried,
    people,
    burnUp,
    wip: { limited: limited.length, over: wipOver },
    tasks: ordered.map((t) => ({
      id: t.id,
      title: t.title,
      themeLabel: labelOf(t),
      actionTitle: t.actionId ? (actionById.get(t.actionId)?.title ?? '') : '',
      status: t.status,
      assignees: namesOf(t),
      dueDate: t.dueDate,
      priority: t.priority,
      carryOverCount: t.carryOverCount,
      blockedReason: t.blockedReason.trim(),
    })),
  };
}
