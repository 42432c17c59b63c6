import type { BackupRows } from './backup';
import { checkChipColor, nextFreeColor } from './colors';
import { addDaysIso, isIsoDate } from './dates';
import { initialsOf } from './planSettings';
import { RANK_STEP } from './ordering';
import { validateSprintLength } from './sprints';
import { checkTitle, MAX_TITLE_LENGTH } from './tasks';
import {
  HISTORY_FIELDS,
  PHASES,
  PRIORITIES,
  STATUSES,
  type Action,
  type HistoryEntry,
  type IsoDateTime,
  type Person,
  type Plan,
  type Sprint,
  type Task,
  type Theme,
} from './types';

/**
 * Every kind of damage the repair mends. The app words each as `repair:kind.<kind>` with the
 * entry's params, so the domain stays free of language.
 */
export const REPAIR_KINDS = [
  'row-unreadable',
  'row-plan-missing',
  'row-field',
  'plan-settings',
  'theme-created',
  'theme-color',
  'person-color',
  'person-initials',
  'sprint-dates',
  'sprint-number',
  'action-theme-missing',
  'action-owner-missing',
  'action-sprint-missing',
  'task-theme-missing',
  'task-sprint-missing',
  'task-action-missing',
  'task-action-other-theme',
  'task-assignee-missing',
  'task-blocker-missing',
  'task-status',
  'task-dates-swapped',
  'task-blocked-reason',
  'task-completed',
  'task-field',
  'history-dropped',
] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];

export interface Repair {
  kind: RepairKind;
  /** The plan the change happened in; '' when the row named none that exists. */
  planId: string;
  /** The task the change concerns, when it concerns one: it gets a history line too. */
  taskId: string | null;
  /** Values for the sentence: titles, names, the dropped id, the field. */
  params: Record<string, string | number>;
}

/** Words the repair writes into the data itself, in the user's language. */
export interface RepairNames {
  /** Theme for tasks whose theme is missing ("Zonder label"). */
  unlabeledTheme: string;
  /** Title for a task, action or theme without a readable one. */
  untitled: string;
  /** Reason given to a blocked task that had none. */
  missingReason: string;
}

export interface RepairContext {
  now: IsoDateTime;
  names: RepairNames;
}

export interface RepairResult {
  /** Rows that did not need a change are the same objects as in the input. */
  rows: BackupRows;
  repairs: Repair[];
}

/** The one theme per plan that the repair puts orphaned tasks and actions in. */
export const unlabeledThemeId = (planId: string) => `${planId}:zonder-label`;

/** Field a task's history line carries for a repair: `from` is the kind, `to` its params as JSON. */
export const REPAIR_HISTORY_FIELD = 'repaired' satisfies (typeof HISTORY_FIELDS)[number];

// ---------- value checks (rows may come from anywhere, so nothing is trusted) ----------

type Row = Record<string, unknown>;

const isRecord = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);
const isMoment = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);
const isWeeks = (v: unknown): v is number =>
  typeof v === 'number' && validateSprintLength(v) === 'ok';
const isTitle = (v: unknown): v is string => typeof v === 'string' && checkTitle(v).ok;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
const show = (v: unknown): string => {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

function titleOr(value: unknown, fallback: string): string {
  if (isTitle(value)) return value;
  if (typeof value === 'string' && checkTitle(value.slice(0, MAX_TITLE_LENGTH)).ok)
    return value.slice(0, MAX_TITLE_LENGTH);
  return fallback;
}

// ---------- the repair ----------

class Repairer {
  readonly repairs: Repair[] = [];
  readonly ctx: RepairContext;

  constructor(ctx: RepairContext) {
    this.ctx = ctx;
  }

  note(kind: RepairKind, planId: string, taskId: string | null, params: Repair['params']) {
    this.repairs.push({ kind, planId, taskId, params });
  }

  /**
   * Sets `field` of `row` (a copy the caller owns) to `fallback` when `valid` refuses its value,
   * and names the change; returns whether it did.
   */
  fix(
    row: Row,
    field: string,
    valid: (v: unknown) => boolean,
    fallback: unknown,
    where: { table: string; planId: string; taskId?: string; name: string },
  ): boolean {
    if (field in row && valid(row[field])) return false;
    const value = show(row[field]);
    row[field] = fallback;
    if (where.taskId !== undefined)
      this.note('task-field', where.planId, where.taskId, { task: where.name, field, value });
    else
      this.note('row-field', where.planId, null, {
        table: where.table,
        name: where.name,
        field,
        value,
      });
    return true;
  }
}

/** Rows that are not even objects with an id cannot be kept; they are named and left out. */
function readable(table: string, rows: unknown, r: Repairer): Row[] {
  const list = Array.isArray(rows) ? rows : [];
  const out: Row[] = [];
  for (const row of list) {
    if (isRecord(row) && isId(row.id)) out.push(row);
    else r.note('row-unreadable', '', null, { table });
  }
  return out;
}

type Spec = readonly [field: string, valid: (v: unknown) => boolean, fallback: unknown];

/**
 * A copy of `row` with every field `specs` refuses set to its fallback, each change named; the
 * row itself when nothing needed a change, so unchanged rows stay the same objects.
 */
function fixFields(
  row: Row,
  specs: readonly Spec[],
  r: Repairer,
  where: (copy: Row) => { table: string; planId: string; taskId?: string; name: string },
): Row {
  const copy = { ...row };
  let changed = false;
  for (const [field, valid, fallback] of specs)
    changed = r.fix(copy, field, valid, fallback, where(copy)) || changed;
  return changed ? copy : row;
}

/** Points a row at an existing plan (the first one) when its own is gone. */
function rehome(row: Row, plans: PlanIndex, r: Repairer, what: string): Row {
  if (isId(row.planId) && plans.ids.has(row.planId)) return row;
  if (plans.first === undefined) return row;
  r.note('row-plan-missing', plans.first, null, { what, id: row.id as string });
  return { ...row, planId: plans.first };
}

interface PlanIndex {
  ids: ReadonlySet<string>;
  first: string | undefined;
  byId: ReadonlyMap<string, Plan>;
}

function repairPlans(rows: Row[], r: Repairer): Plan[] {
  const year = Number(r.ctx.now.slice(0, 4));
  return rows.map((row) => {
    let p = fixFields(
      row,
      [
        ['name', isText, ''],
        ['year', (v) => Number.isInteger(v), year],
        ['createdAt', isText, r.ctx.now],
        ['updatedAt', isText, r.ctx.now],
      ],
      r,
      (c) => ({ table: 'plans', planId: c.id as string, name: show(c.name) }),
    );
    // The story day is optional: only a value that is there and no date is repaired (to none, so
    // the plan lives on the real clock), never its absence.
    if ('storyDay' in p && p.storyDay !== null && p.storyDay !== undefined && !isDate(p.storyDay)) {
      p = { ...p };
      r.fix(p, 'storyDay', () => false, null, {
        table: 'plans',
        planId: p.id as string,
        name: show(p.name),
      });
    }
    const s = isRecord(p.sprintSettings) ? p.sprintSettings : {};
    const settings = {
      firstStart: isDate(s.firstStart) ? s.firstStart : `${String(p.year)}-01-01`,
      lengthWeeks: isWeeks(s.lengthWeeks) ? s.lengthWeeks : 6,
    };
    if (settings.firstStart === s.firstStart && settings.lengthWeeks === s.lengthWeeks)
      return p as unknown as Plan;
    r.note('plan-settings', p.id as string, null, { plan: p.name as string });
    return { ...p, sprintSettings: settings } as unknown as Plan;
  });
}

function repairThemes(rows: Row[], plans: PlanIndex, r: Repairer): Theme[] {
  const fixed = rows.map((row) => {
    const t = fixFields(
      rehome(row, plans, r, show(row.name ?? row.id)),
      [
        ['name', isTitle, titleOr(row.name, titleOr(row.label, r.ctx.names.untitled))],
        ['label', isTitle, titleOr(row.label, titleOr(row.name, r.ctx.names.untitled))],
        ['order', isFiniteNumber, 0],
        ['updatedAt', isText, r.ctx.now],
      ],
      r,
      (c) => ({ table: 'themes', planId: c.planId as string, name: show(c.name) }),
    );
    return t as unknown as Theme;
  });
  const used = new Map<string, string[]>();
  for (const t of fixed)
    if (isText(t.color) && checkChipColor(t.color) === null)
      used.set(t.planId, [...(used.get(t.planId) ?? []), t.color]);
  return fixed.map((t) => {
    if (isText(t.color) && checkChipColor(t.color) === null) return t;
    const taken = used.get(t.planId) ?? [];
    const color = nextFreeColor(taken);
    used.set(t.planId, [...taken, color]);
    r.note('theme-color', t.planId, null, { theme: t.name, value: show(t.color), color });
    return { ...t, color };
  });
}

function repairPeople(rows: Row[], plans: PlanIndex, r: Repairer): Person[] {
  return rows.map((row) => {
    const p = fixFields(
      rehome(row, plans, r, show(row.name ?? row.id)),
      [
        ['name', isTitle, titleOr(row.name, r.ctx.names.untitled)],
        ['role', isText, ''],
      ],
      r,
      (c) => ({ table: 'people', planId: c.planId as string, name: show(c.name) }),
    ) as unknown as Person;
    let out = p;
    if (!isText(p.initials) || p.initials.trim() === '') {
      out = { ...out, initials: initialsOf(p.name) || '?' };
      r.note('person-initials', p.planId, null, { person: p.name, initials: out.initials });
    }
    if (!isText(p.color) || checkChipColor(p.color) !== null) {
      out = { ...out, color: nextFreeColor([]) };
      r.note('person-color', p.planId, null, { person: p.name, value: show(p.color) });
    }
    return out;
  });
}

const numberOf = (s: Sprint): string =>
  s.number === Number.MAX_SAFE_INTEGER ? '?' : String(s.number);

/**
 * Sprints of each plan: dates valid and never ending before they start, then numbered 1, 2, 3…
 * in the order they start, so that no number is missing or given twice.
 */
function repairSprints(rows: Row[], plans: PlanIndex, r: Repairer): Sprint[] {
  const fixed = rows.map(
    (row) =>
      fixFields(
        rehome(row, plans, r, show(row.number ?? row.id)),
        [
          ['name', isText, ''],
          ['goal', isText, ''],
          ['lengthWeeks', (v) => v === null || isWeeks(v), null],
          ['closedAt', (v) => v === null || isText(v), null],
          ['snapshot', (v) => v === null || (Array.isArray(v) && v.every(isRecord)), null],
          ['number', isFiniteNumber, Number.MAX_SAFE_INTEGER],
        ],
        r,
        (c) => ({ table: 'sprints', planId: c.planId as string, name: show(c.number) }),
      ) as unknown as Sprint,
  );
  const out: Sprint[] = [];
  for (const planId of new Set(fixed.map((s) => s.planId))) {
    const own = fixed.filter((s) => s.planId === planId);
    const plan = plans.byId.get(planId);
    const spanOf = (s: Sprint) => (s.lengthWeeks ?? plan?.sprintSettings.lengthWeeks ?? 6) * 7 - 1;
    const dated = own.map((s) => {
      if (isDate(s.start) && isDate(s.end) && s.end >= s.start) return s;
      if (isDate(s.start)) return { ...s, end: addDaysIso(s.start, spanOf(s)) };
      if (isDate(s.end)) return { ...s, start: addDaysIso(s.end, -spanOf(s)) };
      return s;
    });
    // A sprint without any readable date follows the last one that has dates.
    let lastEnd: string | null = null;
    for (const s of dated)
      if (isDate(s.end) && (lastEnd === null || s.end > lastEnd)) lastEnd = s.end;
    const placed = dated.map((s) => {
      if (isDate(s.start)) return s;
      const start =
        lastEnd === null
          ? (plan?.sprintSettings.firstStart ?? `${r.ctx.now.slice(0, 4)}-01-01`)
          : addDaysIso(lastEnd, 1);
      lastEnd = addDaysIso(start, spanOf(s));
      return { ...s, start, end: lastEnd };
    });
    placed.forEach((s, i) => {
      if (s !== own[i])
        r.note('sprint-dates', planId, null, {
          sprint: numberOf(own[i]!),
          start: s.start,
          end: s.end,
        });
    });
    placed.sort(
      (a, b) =>
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
        a.number - b.number ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    placed.forEach((s, i) => {
      if (s.number === i + 1) out.push(s);
      else {
        r.note('sprint-number', planId, null, { from: numberOf(s), to: i + 1 });
        out.push({ ...s, number: i + 1 });
      }
    });
  }
  return out;
}

/** Finds or makes each plan's "Zonder label" theme, the home of rows whose theme is gone. */
class Unlabeled {
  private readonly ids = new Map<string, string>();
  readonly created: Theme[] = [];

  constructor(
    private readonly themes: Theme[],
    private readonly r: Repairer,
  ) {}

  themeOf(planId: string): string {
    const known = this.ids.get(planId);
    if (known) return known;
    const own = this.themes.filter((t) => t.planId === planId);
    const id = unlabeledThemeId(planId);
    const name = this.r.ctx.names.unlabeledTheme;
    const existing =
      own.find((t) => t.id === id) ?? own.find((t) => t.name === name || t.label === name);
    if (existing) {
      this.ids.set(planId, existing.id);
      return existing.id;
    }
    const theme: Theme = {
      id,
      planId,
      label: name,
      name,
      color: nextFreeColor(own.map((t) => t.color)),
      order: own.reduce((m, t) => Math.max(m, t.order), 0) + 1,
      updatedAt: this.r.ctx.now,
    };
    this.themes.push(theme);
    this.created.push(theme);
    this.ids.set(planId, id);
    this.r.note('theme-created', planId, null, { theme: name });
    return id;
  }
}

function repairActions(
  rows: Row[],
  plans: PlanIndex,
  themes: readonly Theme[],
  sprints: readonly Sprint[],
  people: readonly Person[],
  unlabeled: Unlabeled,
  r: Repairer,
): Action[] {
  const themeIds = new Set(themes.map((t) => `${t.planId}/${t.id}`));
  const sprintIds = new Set(sprints.map((s) => `${s.planId}/${s.id}`));
  const personIds = new Set(people.map((p) => `${p.planId}/${p.id}`));
  return rows.map((row) => {
    const a = fixFields(
      rehome(row, plans, r, show(row.title ?? row.id)),
      [
        ['title', isTitle, titleOr(row.title, r.ctx.names.untitled)],
        ['description', isText, ''],
        ['order', isFiniteNumber, 0],
        ['ownerId', (v) => v === null || isText(v), null],
        ['targetSprintId', (v) => v === null || isText(v), null],
        ['phase', (v) => v === null || isOneOf(PHASES)(v), null],
        ['updatedAt', isText, r.ctx.now],
      ],
      r,
      (c) => ({ table: 'actions', planId: c.planId as string, name: show(c.title) }),
    ) as unknown as Action;
    let out = a;
    const params = { action: a.title };
    if (!isId(a.themeId) || !themeIds.has(`${a.planId}/${a.themeId}`)) {
      out = { ...out, themeId: unlabeled.themeOf(a.planId) };
      r.note('action-theme-missing', a.planId, null, {
        ...params,
        id: show(a.themeId),
        theme: r.ctx.names.unlabeledTheme,
      });
    }
    if (a.ownerId !== null && !personIds.has(`${a.planId}/${a.ownerId}`)) {
      out = { ...out, ownerId: null };
      r.note('action-owner-missing', a.planId, null, { ...params, id: a.ownerId });
    }
    if (a.targetSprintId !== null && !sprintIds.has(`${a.planId}/${a.targetSprintId}`)) {
      out = { ...out, targetSprintId: null };
      r.note('action-sprint-missing', a.planId, null, { ...params, id: a.targetSprintId });
    }
    return out;
  });
}

const CHECKLIST_ITEM = (v: unknown) =>
  isRecord(v) && isId(v.id) && isText(v.title) && typeof v.done === 'boolean';
const NOTE = (v: unknown) => isRecord(v) && isId(v.id) && isDate(v.date) && isText(v.text);

interface TaskWorld {
  themes: Map<string, Theme>;
  actions: ReadonlyMap<string, Action>;
  sprintIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  taskIds: ReadonlySet<string>;
}

const key = (planId: string, id: unknown) => `${planId}/${show(id)}`;

function repairTask(row: Row, world: TaskWorld, unlabeled: Unlabeled, r: Repairer): Task {
  const id = row.id as string;
  const planId = row.planId as string;
  const title = titleOr(row.title, r.ctx.names.untitled);
  const day = r.ctx.now.slice(0, 10);
  const t = fixFields(
    row,
    [
      ['title', isTitle, title],
      ['description', isText, ''],
      ['actionId', (v) => v === null || isText(v), null],
      ['sprintId', (v) => v === null || isText(v), null],
      ['assigneeIds', isStringList, []],
      ['blockedBy', isStringList, []],
      ['dueDate', (v) => v === null || isDate(v), null],
      ['startDate', (v) => v === null || isDate(v), null],
      ['priority', isOneOf(PRIORITIES), 'normaal'],
      ['checklist', (v) => Array.isArray(v) && v.every(CHECKLIST_ITEM), checklistOf(row)],
      ['notes', (v) => Array.isArray(v) && v.every(NOTE), notesOf(row, day)],
      ['blockedReason', isText, ''],
      ['blockedSince', (v) => v === null || isDate(v), null],
      ['rank', isFiniteNumber, RANK_STEP],
      ['carryOverCount', (v) => Number.isInteger(v) && (v as number) >= 0, 0],
      ['phase', (v) => v === null || isOneOf(PHASES)(v), null],
      ['plannerId', (v) => v === null || isText(v), null],
      ['createdAt', isText, r.ctx.now],
      ['updatedAt', isText, r.ctx.now],
      ['completedAt', (v) => v === null || isMoment(v), null],
    ],
    r,
    () => ({ table: 'tasks', planId, taskId: id, name: title }),
  ) as unknown as Task;
  let out = t;
  const change = (kind: RepairKind, patch: Partial<Task>, params: Repair['params'] = {}) => {
    out = { ...out, ...patch };
    r.note(kind, planId, id, { task: title, ...params });
  };

  if (!isOneOf(STATUSES)(t.status))
    change(
      'task-status',
      { status: t.sprintId === null ? 'backlog' : 'gepland' },
      {
        value: show(t.status),
      },
    );
  if (!isId(t.themeId) || !world.themes.has(key(planId, t.themeId)))
    change(
      'task-theme-missing',
      { themeId: unlabeled.themeOf(planId) },
      {
        id: show(t.themeId),
        theme: r.ctx.names.unlabeledTheme,
      },
    );
  if (t.sprintId !== null && !world.sprintIds.has(key(planId, t.sprintId)))
    change('task-sprint-missing', { sprintId: null }, { id: t.sprintId });
  if (t.actionId !== null) {
    const action = world.actions.get(key(planId, t.actionId));
    if (!action) change('task-action-missing', { actionId: null }, { id: t.actionId });
    else if (action.themeId !== out.themeId)
      change('task-action-other-theme', { actionId: null }, { action: action.title });
  }
  for (const person of t.assigneeIds.filter((p) => !world.personIds.has(key(planId, p))))
    change(
      'task-assignee-missing',
      { assigneeIds: out.assigneeIds.filter((p) => p !== person) },
      {
        id: person,
      },
    );
  for (const blocker of t.blockedBy.filter((b) => !world.taskIds.has(key(planId, b))))
    change(
      'task-blocker-missing',
      { blockedBy: out.blockedBy.filter((b) => b !== blocker) },
      {
        id: blocker,
      },
    );
  if (t.startDate !== null && t.dueDate !== null && t.dueDate < t.startDate)
    change('task-dates-swapped', { startDate: t.dueDate, dueDate: t.startDate });
  if (out.status === 'geblokkeerd' && out.blockedReason.trim() === '')
    change('task-blocked-reason', { blockedReason: r.ctx.names.missingReason });
  if (out.status === 'afgerond' && out.completedAt === null)
    change('task-completed', {
      completedAt: isMoment(out.updatedAt) ? out.updatedAt : r.ctx.now,
    });
  return out;
}

function checklistOf(row: Row): unknown[] {
  const list = Array.isArray(row.checklist) ? row.checklist : [];
  return list.filter(isRecord).map((c, i) => ({
    id: isId(c.id) ? c.id : `${show(row.id)}-c${i + 1}`,
    title: isText(c.title) ? c.title : show(c.title ?? ''),
    done: c.done === true,
  }));
}

function notesOf(row: Row, day: string): unknown[] {
  const list = Array.isArray(row.notes) ? row.notes : [];
  return list.filter(isRecord).map((n, i) => ({
    id: isId(n.id) ? n.id : `${show(row.id)}-n${i + 1}`,
    date: isDate(n.date) ? n.date : day,
    text: isText(n.text) ? n.text : show(n.text ?? ''),
  }));
}

/**
 * History of a task that no longer exists is dropped, unless the task was deleted (its last
 * lines tell the report when it left); so are lines the app cannot read.
 */
function repairHistory(rows: Row[], tasks: readonly Task[], r: Repairer): HistoryEntry[] {
  const taskPlan = new Map(tasks.map((t) => [t.id, t.planId]));
  const deleted = new Set(
    rows.filter((h) => h.field === 'deleted' && isId(h.taskId)).map((h) => h.taskId as string),
  );
  const dropped = new Map<string, { planId: string; count: number }>();
  const out: HistoryEntry[] = [];
  const value = (v: unknown) => v === null || isText(v) || isStringList(v);
  for (const h of rows) {
    const taskId = isId(h.taskId) ? h.taskId : '';
    const known = taskPlan.has(taskId) || deleted.has(taskId);
    const readableLine =
      isId(h.planId) &&
      isText(h.at) &&
      isOneOf(HISTORY_FIELDS)(h.field) &&
      'from' in h &&
      'to' in h &&
      value(h.from) &&
      value(h.to);
    const plan = taskPlan.get(taskId);
    // A line follows its task when the repair moved that task to another plan.
    if (known && readableLine)
      out.push((plan && plan !== h.planId ? { ...h, planId: plan } : h) as unknown as HistoryEntry);
    else {
      const entry = dropped.get(taskId) ?? {
        planId: taskPlan.get(taskId) ?? show(h.planId),
        count: 0,
      };
      entry.count += 1;
      dropped.set(taskId, entry);
    }
  }
  for (const [taskId, { planId, count }] of dropped)
    r.note('history-dropped', planId, null, { id: taskId, count });
  return out;
}

/**
 * Makes any set of plan rows whole, so that nothing in it is invisible to the user:
 * - every task belongs to an existing plan, to a theme of its plan (else to the plan's
 *   "Zonder label" theme, made when needed), to a sprint of its plan or the backlog, and to an
 *   action of its own theme or none;
 * - references to missing people, blockers, sprints and tasks are dropped; history of a task that
 *   is gone (and was not deleted) is dropped;
 * - each plan's sprints have valid dates, never end before they start, and are numbered 1…n in
 *   the order they start;
 * - statuses, priorities, phases, dates and colours hold valid values; a blocked task has a
 *   reason, a done task a completion moment.
 * Each change is one entry in `repairs`; a change to a task also becomes a line in its history.
 * Repairing repaired rows changes nothing. Duplicate ids are not mended here: the backup check
 * refuses them before.
 */
export function repairPlan(input: BackupRows, ctx: RepairContext): RepairResult {
  const r = new Repairer(ctx);
  const src = input as unknown as Record<keyof BackupRows, unknown>;
  const plans = repairPlans(readable('plans', src.plans, r), r);
  const index: PlanIndex = {
    ids: new Set(plans.map((p) => p.id)),
    first: plans[0]?.id,
    byId: new Map(plans.map((p) => [p.id, p])),
  };
  const themes = repairThemes(readable('themes', src.themes, r), index, r);
  const people = repairPeople(readable('people', src.people, r), index, r);
  const sprints = repairSprints(readable('sprints', src.sprints, r), index, r);
  const unlabeled = new Unlabeled(themes, r);
  const actions = repairActions(
    readable('actions', src.actions, r),
    index,
    themes,
    sprints,
    people,
    unlabeled,
    r,
  );
  const taskRows = readable('tasks', src.tasks, r).map((t) =>
    rehome(t, index, r, show(t.title ?? t.id)),
  );
  const world: TaskWorld = {
    themes: new Map(themes.map((t) => [key(t.planId, t.id), t])),
    actions: new Map(actions.map((a) => [key(a.planId, a.id), a])),
    sprintIds: new Set(sprints.map((s) => key(s.planId, s.id))),
    personIds: new Set(people.map((p) => key(p.planId, p.id))),
    taskIds: new Set(taskRows.map((t) => key(t.planId as string, t.id))),
  };
  const tasks = taskRows.map((t) => {
    const repaired = repairTask(t, world, unlabeled, r);
    // The theme made for the first orphan is the home of the next ones.
    for (const theme of unlabeled.created) world.themes.set(key(theme.planId, theme.id), theme);
    return repaired;
  });
  const history = repairHistory(readable('history', src.history, r), tasks, r);
  history.push(...historyOfRepairs(r.repairs, ctx.now));
  return { rows: { plans, themes, actions, tasks, sprints, people, history }, repairs: r.repairs };
}

/** One history line per repair of a task, so the task itself tells what was changed and why. */
function historyOfRepairs(repairs: readonly Repair[], now: IsoDateTime): HistoryEntry[] {
  return repairs.flatMap((rep, i) =>
    rep.taskId === null
      ? []
      : [
          {
            id: `${now}:herstel:${String(i).padStart(5, '0')}:${rep.taskId}`,
            planId: rep.planId,
            taskId: rep.taskId,
            at: now,
            field: REPAIR_HISTORY_FIELD,
            from: rep.kind,
            to: JSON.stringify(rep.params),
          },
        ],
  );
}
