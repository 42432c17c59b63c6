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
import { isIsoDate } from './dates';
import { validateSprintLength } from './sprints';
import { checkDates, checkTitle } from './tasks';
import { isWipLimit, isWipLimits } from './wip';

export const BACKUP_FORMAT = 'sprintbord-backup';
export const BACKUP_VERSION = 1;
/**
 * The Dexie schema version the rows were written with. Still 1 with Dexie version 2: that version
 * only added the optional plan field `storyDay`, which a version-1 app keeps as an unknown field,
 * so its backups need not be refused there.
 */
export const BACKUP_SCHEMA_VERSION = 1;

export interface BackupRows {
  plans: Plan[];
  themes: Theme[];
  actions: Action[];
  tasks: Task[];
  sprints: Sprint[];
  people: Person[];
  history: HistoryEntry[];
}

/** The rows of every plan but the given ones. */
export function withoutPlans(rows: BackupRows, planIds: ReadonlySet<string>): BackupRows {
  if (!planIds.size) return rows;
  const keep = (row: { planId: string }) => !planIds.has(row.planId);
  return {
    plans: rows.plans.filter((plan) => !planIds.has(plan.id)),
    themes: rows.themes.filter(keep),
    actions: rows.actions.filter(keep),
    tasks: rows.tasks.filter(keep),
    sprints: rows.sprints.filter(keep),
    people: rows.people.filter(keep),
    history: rows.history.filter(keep),
  };
}

export const BACKUP_TABLES = [
  'plans',
  'themes',
  'actions',
  'tasks',
  'sprints',
  'people',
  'history',
] as const satisfies ReadonlyArray<keyof BackupRows>;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: IsoDateTime;
  schemaVersion: number;
  data: BackupRows;
}

export function makeBackup(rows: BackupRows, exportedAt: IsoDateTime): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    data: {
      plans: rows.plans,
      themes: rows.themes,
      actions: rows.actions,
      tasks: rows.tasks,
      sprints: rows.sprints,
      people: rows.people,
      history: rows.history,
    },
  };
}

export interface BackupSummary {
  plans: Array<{ name: string; year: number; tasks: number }>;
  counts: Record<BackupTable, number>;
}

export type BackupProblem = 'not-json' | 'wrong-format' | 'newer-version' | 'invalid';

export type ParsedBackup =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; problem: BackupProblem };

// ---------- row shapes ----------

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isId: Check = (v) => typeof v === 'string' && v.length > 0;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
/** A field older files and devices do not have: absent, or valid. */
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const shape =
  (fields: Record<string, Check>): Check =>
  (v) =>
    isRecord(v) && Object.entries(fields).every(([key, check]) => key in v && check(v[key]));

// What the screens refuse must not come in through a file either.
const isDate: Check = (v) => typeof v === 'string' && isIsoDate(v);
const isWeeks: Check = (v) => typeof v === 'number' && validateSprintLength(v) === 'ok';
const isTitle: Check = (v) => typeof v === 'string' && checkTitle(v).ok;
const SETTINGS = shape({ firstStart: isDate, lengthWeeks: isWeeks });
const CHECKLIST_ITEM = shape({ id: isId, title: isString, done: isBoolean });
// An author is optional: files and devices from before "Ik ben" have none.
const optionalAuthor: Check = (v) =>
  isRecord(v) && (v.by === undefined || v.by === null || isId(v.by));
const both =
  (a: Check, b: Check): Check =>
  (v) =>
    a(v) && b(v);
const NOTE = both(shape({ id: isId, date: isString, text: isString }), optionalAuthor);
const HISTORY_VALUE: Check = (v) => v === null || isString(v) || arrayOf(isString)(v);

const TASK_FIELDS = shape({
  id: isId,
  planId: isId,
  themeId: isId,
  actionId: nullable(isString),
  title: isTitle,
  description: isString,
  status: oneOf(STATUSES),
  sprintId: nullable(isString),
  assigneeIds: arrayOf(isString),
  dueDate: nullable(isDate),
  startDate: nullable(isDate),
  priority: oneOf(PRIORITIES),
  checklist: arrayOf(CHECKLIST_ITEM),
  notes: arrayOf(NOTE),
  blockedReason: isString,
  blockedSince: nullable(isString),
  blockedBy: arrayOf(isString),
  rank: isNumber,
  carryOverCount: isNumber,
  phase: nullable(oneOf(PHASES)),
  plannerId: nullable(isString),
  createdAt: isString,
  updatedAt: isString,
  completedAt: nullable(isString),
});
const TASK: Check = (v) =>
  TASK_FIELDS(v) &&
  checkDates(
    (v as { startDate: string | null }).startDate,
    (v as { dueDate: string | null }).dueDate,
  ) === null;

/** Required fields and their types per table; extra fields are kept as they are. */
const ROW_CHECKS: Record<BackupTable, Check> = {
  plans: (v) =>
    shape({
      id: isId,
      name: isString,
      year: isNumber,
      sprintSettings: SETTINGS,
      createdAt: isString,
      updatedAt: isString,
    })(v) &&
    // Optional (the demo's story day); when there, a real date or null.
    (!('storyDay' in (v as object)) || nullable(isDate)((v as { storyDay: unknown }).storyDay)) &&
    // Optional (soft WIP limits of the status columns); when there, whole numbers per status.
    optional(isWipLimits)((v as { wipLimits?: unknown }).wipLimits),
  themes: (v) =>
    shape({
      id: isId,
      planId: isId,
      label: isString,
      name: isString,
      color: isString,
      order: isNumber,
      updatedAt: isString,
    })(v) &&
    // Optional (the soft WIP limit of the theme's column): a whole number 1–999 or null.
    optional(nullable(isWipLimit))((v as { wipLimit?: unknown }).wipLimit),
  actions: shape({
    id: isId,
    planId: isId,
    themeId: isId,
    title: isString,
    description: isString,
    order: isNumber,
    ownerId: nullable(isString),
    targetSprintId: nullable(isString),
    phase: nullable(oneOf(PHASES)),
    updatedAt: isString,
  }),
  tasks: TASK,
  sprints: shape({
    id: isId,
    planId: isId,
    number: isNumber,
    name: isString,
    start: isString,
    end: isString,
    lengthWeeks: nullable(isWeeks),
    goal: isString,
    closedAt: nullable(isString),
    snapshot: nullable(arrayOf(TASK)),
  }),
  people: shape({
    id: isId,
    planId: isId,
    name: isString,
    initials: isString,
    color: isString,
    role: isString,
  }),
  history: both(
    shape({
      id: isId,
      planId: isId,
      taskId: isId,
      at: isString,
      field: oneOf(HISTORY_FIELDS),
      from: HISTORY_VALUE,
      to: HISTORY_VALUE,
    }),
    optionalAuthor,
  ),
};

/** One row's check of a backup, for rows that arrive one by one (team sync). */
export function isValidRow(table: BackupTable, row: unknown): boolean {
  return ROW_CHECKS[table](row);
}

function validRows(data: Record<string, unknown>): data is Record<BackupTable, unknown[]> {
  for (const table of BACKUP_TABLES) {
    const rows = data[table];
    if (!Array.isArray(rows) || !rows.every(ROW_CHECKS[table])) return false;
    // A duplicate id would make the restore fail halfway through the file.
    const ids = new Set(rows.map((r) => (r as { id: string }).id));
    if (ids.size !== rows.length) return false;
  }
  const planIds = new Set((data.plans as Plan[]).map((p) => p.id));
  return BACKUP_TABLES.filter((t) => t !== 'plans').every((t) =>
    (data[t] as Array<{ planId: string }>).every((r) => planIds.has(r.planId)),
  );
}

const isVersion = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1;

/**
 * Reads a backup file's text. Refuses anything that is not exactly a Sprintbord backup this
 * version can restore, so that a restore never starts on data it would half understand.
 */
export function parseBackup(text: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Text that never was JSON (a PDF, a spreadsheet) is simply not a backup; broken JSON is.
    return { ok: false, problem: text.trimStart().startsWith('{') ? 'not-json' : 'wrong-format' };
  }
  return checkBackup(value);
}

/** The checks of `parseBackup` on a value already read, e.g. again right before a restore. */
export function checkBackup(value: unknown): ParsedBackup {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT)
    return { ok: false, problem: 'wrong-format' };
  if (!isVersion(value.version) || !isVersion(value.schemaVersion))
    return { ok: false, problem: 'invalid' };
  if (value.version > BACKUP_VERSION || value.schemaVersion > BACKUP_SCHEMA_VERSION)
    return { ok: false, problem: 'newer-version' };
  if (!isString(value.exportedAt) || !isRecord(value.data) || !validRows(value.data))
    return { ok: false, problem: 'invalid' };
  const backup = value as unknown as Backup;
  return { ok: true, backup, summary: summarize(backup.data) };
}

export function summarize(data: BackupRows): BackupSummary {
  const tasksPerPlan = new Map<string, number>();
  for (const t of data.tasks) tasksPerPlan.set(t.planId, (tasksPerPlan.get(t.planId) ?? 0) + 1);
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length])) as Record<
    BackupTable,
    number
  >;
  return {
    plans: data.plans.map((p) => ({
      name: p.name,
      year: p.year,
      tasks: tasksPerPlan.get(p.id) ?? 0,
    })),
    counts,
  };
}
