import type { BackupRows, BackupTable } from './backup';

// Which fields of a row the plan's shared document may leave out. Every stored field costs the
// document one entry per row, which a teammate's device pays for on joining a 10,000-task plan;
// a field that holds its empty value carries no information, so it is left out and read back as
// that value (and so are two task fields at a new task's value: DEFAULTS). `id` is the row's key
// in its table and `planId` the plan the document is of, so both are left out as well (a planId
// of another plan stays stored, so it is still refused).

/**
 * The shape of the rows in a plan's document, said by every connection (`syncUrl`) and checked
 * by the server: a device from before format 2 would read a row without its empty fields as
 * damaged, drop it locally and write its stale copy back over the team's newer values. The
 * server refuses another format, so such a device stops syncing until it is reloaded.
 */
export const DOCUMENT_FORMAT = 2;

/** The server's reason for refusing a connection of another document format. */
export const OUTDATED_APP = 'outdated-app';

/**
 * What the server says on every connection it accepted: that it checked the format. A server
 * from before format 2 says nothing and checks nothing, so a device writes nothing into the
 * document until it heard this (its rows would reach that server's older devices).
 */
export const FORMAT_CONFIRMATION = JSON.stringify({ documentFormat: DOCUMENT_FORMAT });

export function isFormatConfirmation(payload: string): boolean {
  return payload === FORMAT_CONFIRMATION;
}

/** The server address a device connects to, saying which document format it reads and writes. */
export function syncUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.searchParams.set('format', String(DOCUMENT_FORMAT));
  return url.toString();
}

/**
 * The value a field is read back as when the document leaves it out: its empty value, or for a
 * few fields the value nearly every row has (DEFAULTS).
 */
export type EmptyValue = null | '' | readonly [] | number | string;

const NO_ITEMS: readonly [] = [];

type RequiredKeys<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? never : K;
}[keyof T];

/**
 * The one empty value a field's type allows: null for a nullable field, '' for free text, [] for
 * a list. Never for the rest (numbers, booleans, enums, nested objects): they are always stored.
 */
type EmptyOf<V> = null extends V
  ? null
  : string extends V
    ? ''
    : V extends readonly unknown[]
      ? readonly []
      : never;

/**
 * Optional fields are left out of the type on purpose: for them absent and null are different
 * values (a plan's storyDay, a theme's wipLimit, an author), and reading one back would change it.
 */
type Omittable<T> = {
  readonly [K in Exclude<RequiredKeys<T>, 'id' | 'planId'>]?: EmptyOf<T[K]>;
};

const EMPTY: { readonly [T in BackupTable]: Omittable<BackupRows[T][number]> } = {
  plans: {},
  themes: {},
  actions: { description: '', ownerId: null, targetSprintId: null, phase: null },
  // Not checklist nor notes: the document keeps each as a map of items that has to exist before
  // two people add a first item at the same time, or one of the two additions would be lost.
  tasks: {
    actionId: null,
    description: '',
    sprintId: null,
    assigneeIds: NO_ITEMS,
    dueDate: null,
    startDate: null,
    blockedReason: '',
    blockedSince: null,
    blockedBy: NO_ITEMS,
    phase: null,
    plannerId: null,
    completedAt: null,
  },
  // The snapshot's empty value is null (no close yet), not []: a closed empty sprint has [].
  sprints: { name: '', lengthWeeks: null, goal: '', closedAt: null, snapshot: null },
  people: { role: '' },
  history: { from: null, to: null },
};

/**
 * Fields that are never empty but nearly always hold the value a new task gets (domain/tasks.ts
 * blankTask): two entries fewer per task for a joining device. Setting one back to it deletes
 * the field, so a teammate's concurrent other value wins, as for an emptied field.
 */
const DEFAULTS: { readonly [T in BackupTable]?: Partial<BackupRows[T][number]> } = {
  tasks: { priority: 'normaal', carryOverCount: 0 },
};

export interface SyncFields {
  /** Fields left out while they hold exactly their empty value, with that value. */
  readonly empty: ReadonlyArray<readonly [field: string, value: EmptyValue]>;
  /** Whether the table's rows name their plan (all but the plan's own row). */
  readonly hasPlanId: boolean;
}

const tables = Object.keys(EMPTY) as BackupTable[];

const FIELDS = Object.fromEntries(
  tables.map((table): [BackupTable, SyncFields] => [
    table,
    {
      empty: [...Object.entries(EMPTY[table]), ...Object.entries(DEFAULTS[table] ?? {})] as Array<
        [string, EmptyValue]
      >,
      hasPlanId: table !== 'plans',
    },
  ]),
) as Record<BackupTable, SyncFields>;

const EMPTY_BY_FIELD = Object.fromEntries(
  tables.map((table): [BackupTable, ReadonlyMap<string, EmptyValue>] => [
    table,
    new Map(FIELDS[table].empty),
  ]),
) as Record<BackupTable, ReadonlyMap<string, EmptyValue>>;

export function syncFieldsOf(table: BackupTable): SyncFields {
  return FIELDS[table];
}

/** Exactly the empty value: not undefined for null, not whitespace for '', no other list. */
export function isEmptyValue(value: unknown, empty: EmptyValue): boolean {
  if (Array.isArray(empty)) return Array.isArray(value) && value.length === 0;
  return value === empty;
}

/**
 * Whether the document leaves this field of a row out. `planId` is the plan the document is of;
 * unknown (undefined), a row's planId stays stored.
 */
export function isLeftOut(
  table: BackupTable,
  field: string,
  value: unknown,
  planId: string | undefined,
): boolean {
  if (field === 'id') return true;
  if (field === 'planId' && FIELDS[table].hasPlanId)
    return planId !== undefined && value === planId;
  const empty = EMPTY_BY_FIELD[table].get(field);
  return empty !== undefined && isEmptyValue(value, empty);
}

/**
 * The row with every left-out field back: empty values, `id` from the row's key, `planId` from
 * the document's plan. A field that is there stays as it is (an older document stored them all,
 * a foreign planId or an id that is not the key included), so such documents read as before.
 * Fills `fields` itself: it is the caller's fresh object.
 */
export function withLeftOut<T extends Record<string, unknown>>(
  table: BackupTable,
  fields: T,
  id: string,
  planId: string | undefined,
): T & { id: string } {
  const row = fields as Record<string, unknown>;
  for (const [field, empty] of FIELDS[table].empty)
    // A fresh list per row: rows read from the document are handed on and may be changed.
    if (!(field in row)) row[field] = Array.isArray(empty) ? [] : empty;
  if (!('id' in row)) row.id = id;
  if (FIELDS[table].hasPlanId && planId !== undefined && !('planId' in row)) row.planId = planId;
  return row as T & { id: string };
}
