import { endOfIsoWeek, startOfIsoWeek } from './dates';
import { NONE, dueBucket } from './group';
import { daysBlocked } from './tasks';
import {
  PRIORITIES,
  STATUSES,
  type IsoDate,
  type Person,
  type Priority,
  type Sprint,
  type Status,
  type Task,
  type Theme,
} from './types';

export const DUE_FILTERS = ['te-laat', 'deze-week', 'deze-sprint', 'geen-datum'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export interface TaskFilter {
  blocked: boolean;
  themes: string[];
  actions: string[];
  /** Person ids, or NONE for tasks nobody holds. */
  assignees: string[];
  statuses: Status[];
  priorities: Priority[];
  due: DueFilter[];
  carried: boolean;
  q: string;
}

const none = <T>() => Object.freeze([]) as unknown as T[];

// Frozen all the way down, so that a caller mutating it fails loudly instead of filtering everyone.
export const EMPTY_FILTER: TaskFilter = Object.freeze({
  blocked: false,
  themes: none<string>(),
  actions: none<string>(),
  assignees: none<string>(),
  statuses: none<Status>(),
  priorities: none<Priority>(),
  due: none<DueFilter>(),
  carried: false,
  q: '',
});

/** The query keys the filter owns; every other key (view, sprint, …) belongs to someone else. */
export const FILTER_KEYS = {
  blocked: 'geblokkeerd',
  themes: 'label',
  actions: 'actie',
  assignees: 'wie',
  statuses: 'status',
  priorities: 'prio',
  due: 'vervalt',
  carried: 'doorgeschoven',
  q: 'q',
} as const satisfies Record<keyof TaskFilter, string>;

/** A pasted or hand-edited URL must not be able to make the page slow or huge. */
export const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 200;

export interface KnownIds {
  themeIds: readonly string[];
  actionIds: readonly string[];
  personIds: readonly string[];
}

export interface FilterContext {
  today: IsoDate;
  /** The sprint "Deze sprint" refers to; null when none applies (the backlog). */
  sprint: { start: IsoDate; end: IsoDate } | null;
}

/** Lower case without accents, so that "enquete" finds "enquête" and "Enquête" finds "ENQUETE". */
export function normalizeText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The ids a URL filter may name: those of the plan on screen. */
export function knownIdsOf(plan: {
  themes: readonly { id: string }[];
  actions: readonly { id: string }[];
  people: readonly { id: string }[];
}): KnownIds {
  return {
    themeIds: plan.themes.map((t) => t.id),
    actionIds: plan.actions.map((a) => a.id),
    personIds: plan.people.map((p) => p.id),
  };
}

/**
 * The blocked list holds only blocked tasks, so the blocked toggle and a status choice carried
 * over from the board would only empty it; the other filters keep their meaning.
 */
export function forBlockedList(f: TaskFilter): TaskFilter {
  return { ...f, blocked: false, statuses: [] };
}

function listFrom(params: URLSearchParams, key: string): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(key)) {
    // Both `label=a&label=b` and a hand-typed `label=a,b` are understood.
    for (const part of raw.split(',')) {
      const value = part.trim();
      if (value && !out.includes(value)) out.push(value);
      if (out.length >= MAX_VALUES) return out;
    }
  }
  return out;
}

function pick<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  return listFrom(params, key).filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function flag(params: URLSearchParams, key: string): boolean {
  const v = params.get(key);
  return v === '1' || v === 'true' || v === 'ja';
}

/**
 * Reads the filter from the URL query. Ids that the plan does not know (a deleted label, a link
 * from another plan) and junk values are dropped: a shared link never breaks the board.
 */
export function parseFilter(params: URLSearchParams, known: KnownIds): TaskFilter {
  return {
    blocked: flag(params, FILTER_KEYS.blocked),
    themes: pick(params, FILTER_KEYS.themes, known.themeIds),
    actions: pick(params, FILTER_KEYS.actions, [...known.actionIds, NONE]),
    assignees: pick(params, FILTER_KEYS.assignees, [...known.personIds, NONE]),
    statuses: pick(params, FILTER_KEYS.statuses, STATUSES),
    priorities: pick(params, FILTER_KEYS.priorities, PRIORITIES),
    due: pick(params, FILTER_KEYS.due, DUE_FILTERS),
    carried: flag(params, FILTER_KEYS.carried),
    q: (params.get(FILTER_KEYS.q) ?? '').slice(0, MAX_QUERY_LENGTH),
  };
}

/** Writes the filter into the query, touching only the filter's own keys. */
export function writeFilter(params: URLSearchParams, filter: TaskFilter): void {
  for (const key of Object.values(FILTER_KEYS)) params.delete(key);
  if (filter.blocked) params.set(FILTER_KEYS.blocked, '1');
  const lists = [
    [FILTER_KEYS.themes, filter.themes],
    [FILTER_KEYS.actions, filter.actions],
    [FILTER_KEYS.assignees, filter.assignees],
    [FILTER_KEYS.statuses, filter.statuses],
    [FILTER_KEYS.priorities, filter.priorities],
    [FILTER_KEYS.due, filter.due],
  ] as const;
  for (const [key, values] of lists) {
    for (const v of new Set<string>(values)) params.append(key, v);
  }
  if (filter.carried) params.set(FILTER_KEYS.carried, '1');
  if (filter.q.trim() !== '') params.set(FILTER_KEYS.q, filter.q.slice(0, MAX_QUERY_LENGTH));
}

/** The filters chosen in the panel (not the blocked toggle, not the search box). */
export function panelFilterCount(f: TaskFilter): number {
  return (
    f.themes.length +
    f.actions.length +
    f.assignees.length +
    f.statuses.length +
    f.priorities.length +
    f.due.length +
    (f.carried ? 1 : 0)
  );
}

/** Every chosen value counts once; the search counts once when it holds text. */
export function activeFilterCount(f: TaskFilter): number {
  return panelFilterCount(f) + (f.blocked ? 1 : 0) + (f.q.trim() !== '' ? 1 : 0);
}

export function isFilterEmpty(f: TaskFilter): boolean {
  return activeFilterCount(f) === 0;
}

/** The words of a search; every one must occur somewhere in the task. */
function searchTerms(q: string): string[] {
  return normalizeText(q.slice(0, MAX_QUERY_LENGTH)).split(/\s+/).filter(Boolean);
}

// Tasks are never changed in place (a write stores a new object), so each object's text is
// normalised once instead of on every keystroke of a search.
const searchable = new WeakMap<Task, string>();

function searchableText(task: Task): string {
  let text = searchable.get(task);
  if (text === undefined) {
    text = normalizeText(
      [
        task.title,
        task.description,
        task.blockedReason,
        ...task.notes.map((n) => n.text),
        ...task.checklist.map((c) => c.title),
      ].join('\n'),
    );
    searchable.set(task, text);
  }
  return text;
}

function matchesDue(task: Task, due: DueFilter, ctx: FilterContext): boolean {
  switch (due) {
    case 'geen-datum':
      return task.dueDate === null;
    case 'te-laat':
      return dueBucket(task, ctx.today) === 'te-laat';
    case 'deze-week': {
      if (!task.dueDate) return false;
      return startOfIsoWeek(ctx.today) <= task.dueDate && task.dueDate <= endOfIsoWeek(ctx.today);
    }
    case 'deze-sprint':
      return (
        task.dueDate !== null &&
        ctx.sprint !== null &&
        ctx.sprint.start <= task.dueDate &&
        task.dueDate <= ctx.sprint.end
      );
  }
}

// Search terms are normalised once per filter, not once per task.
function compile(f: TaskFilter, ctx: FilterContext): (task: Task) => boolean {
  const terms = searchTerms(f.q);
  return (task) => {
    if (f.blocked && task.status !== 'geblokkeerd') return false;
    if (f.themes.length && !f.themes.includes(task.themeId)) return false;
    if (f.actions.length && !f.actions.includes(task.actionId ?? NONE)) return false;
    if (f.assignees.length) {
      const holders = task.assigneeIds.length ? task.assigneeIds : [NONE];
      if (!holders.some((id) => f.assignees.includes(id))) return false;
    }
    if (f.statuses.length && !f.statuses.includes(task.status)) return false;
    if (f.priorities.length && !f.priorities.includes(task.priority)) return false;
    if (f.due.length && !f.due.some((d) => matchesDue(task, d, ctx))) return false;
    if (f.carried && task.carryOverCount < 1) return false;
    if (terms.length) {
      const text = searchableText(task);
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  };
}

/** Values within one filter are OR, different filters are AND. */
export function matchesFilter(task: Task, f: TaskFilter, ctx: FilterContext): boolean {
  return compile(f, ctx)(task);
}

export function filterTasks(tasks: readonly Task[], f: TaskFilter, ctx: FilterContext): Task[] {
  if (isFilterEmpty(f)) return [...tasks];
  return tasks.filter(compile(f, ctx));
}

/** Toggles one value of a list filter, keeping the others. */
export function toggleValue<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export interface BlockedRow {
  task: Task;
  /** null when the task does not say since when it is blocked. */
  daysBlocked: number | null;
  reason: string;
  /** Titles of the tasks it waits for; ids of deleted tasks are left out. */
  blockedBy: string[];
  assignees: string[];
  theme: Theme | null;
  /** null = backlog. */
  sprint: Sprint | null;
}

export interface BlockedContext {
  today: IsoDate;
  sprints: readonly Sprint[];
  people: readonly Person[];
  themes: readonly Theme[];
  tasksById: ReadonlyMap<string, Task>;
}

/**
 * Every blocked task of the plan, longest blocked first: the list the team walks through in its
 * meeting. Ties go by sprint (backlog last), then title.
 */
export function blockedList(tasks: readonly Task[], ctx: BlockedContext): BlockedRow[] {
  const sprints = new Map(ctx.sprints.map((s) => [s.id, s]));
  const people = new Map(ctx.people.map((p) => [p.id, p]));
  const themes = new Map(ctx.themes.map((t) => [t.id, t]));
  const rows = tasks
    .filter((t) => t.status === 'geblokkeerd')
    .map((task): BlockedRow => ({
      task,
      daysBlocked: daysBlocked(task, ctx.today),
      reason: task.blockedReason.trim(),
      blockedBy: task.blockedBy
        .map((id) => ctx.tasksById.get(id)?.title)
        .filter((title): title is string => title !== undefined),
      assignees: task.assigneeIds
        .map((id) => people.get(id)?.name)
        .filter((name): name is string => name !== undefined),
      theme: themes.get(task.themeId) ?? null,
      sprint: task.sprintId ? (sprints.get(task.sprintId) ?? null) : null,
    }));
  const sprintOrder = (r: BlockedRow) => r.sprint?.number ?? Number.MAX_SAFE_INTEGER;
  return rows.sort(
    (a, b) =>
      (b.daysBlocked ?? -1) - (a.daysBlocked ?? -1) ||
      sprintOrder(a) - sprintOrder(b) ||
      a.task.title.localeCompare(b.task.title, 'nl'),
  );
}
