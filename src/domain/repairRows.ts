// The tools of the repair (src/domain/repair.ts): value checks for rows that may come from
// anywhere, the Repairer that names each change, and the plan's "Zonder label" theme.
import { nextFreeColor } from './colors';
import { isIsoDate } from './dates';
import { validateSprintLength } from './sprints';
import { checkTitle, MAX_TITLE_LENGTH } from './tasks';
import type { Plan, Theme } from './types';
import type { RepairKind, Repair, RepairContext } from './repair';

/** The one theme per plan that the repair puts orphaned tasks and actions in. */
export const unlabeledThemeId = (planId: string) => `${planId}:zonder-label`;

// ---------- value checks (rows may come from anywhere, so nothing is trusted) ----------

export type Row = Record<string, unknown>;

export const isRecord = (v: unknown): v is Row =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v === 'string';
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
export const isFiniteNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v);
export const isDate = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);
export const isMoment = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);
export const isWeeks = (v: unknown): v is number =>
  typeof v === 'number' && validateSprintLength(v) === 'ok';
export const isTitle = (v: unknown): v is string => typeof v === 'string' && checkTitle(v).ok;
export const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
export const show = (v: unknown): string => {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

export function titleOr(value: unknown, fallback: string): string {
  if (isTitle(value)) return value;
  if (typeof value === 'string' && checkTitle(value.slice(0, MAX_TITLE_LENGTH)).ok)
    return value.slice(0, MAX_TITLE_LENGTH);
  return fallback;
}

// ---------- the repair ----------

export class Repairer {
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
export function readable(table: string, rows: unknown, r: Repairer): Row[] {
  const list = Array.isArray(rows) ? rows : [];
  const out: Row[] = [];
  for (const row of list) {
    if (isRecord(row) && isId(row.id)) out.push(row);
    else r.note('row-unreadable', '', null, { table });
  }
  return out;
}

export type Spec = readonly [field: string, valid: (v: unknown) => boolean, fallback: unknown];

/**
 * A copy of `row` with every field `specs` refuses set to its fallback, each change named; the
 * row itself when nothing needed a change, so unchanged rows stay the same objects.
 */
export function fixFields(
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
export function rehome(row: Row, plans: PlanIndex, r: Repairer, what: string): Row {
  if (isId(row.planId) && plans.ids.has(row.planId)) return row;
  if (plans.first === undefined) return row;
  r.note('row-plan-missing', plans.first, null, { what, id: row.id as string });
  return { ...row, planId: plans.first };
}

export interface PlanIndex {
  ids: ReadonlySet<string>;
  first: string | undefined;
  byId: ReadonlyMap<string, Plan>;
}

/** Finds or makes each plan's "Zonder label" theme, the home of rows whose theme is gone. */
export class Unlabeled {
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
