import * as Y from 'yjs';
import type { BackupTable } from '../domain/backup';
import { isLeftOut, withLeftOut } from '../domain/syncFields';

/**
 * The shared plan as a Y.Doc: every table is a top-level Y.Map from row id to a Y.Map of the
 * row's fields, so concurrent edits of different fields of one row both survive and the same
 * field gets one deterministic winner everywhere (Yjs' own rule for a map key).
 */
export const SYNC_TABLES = [
  'plan',
  'themes',
  'actions',
  'tasks',
  'sprints',
  'people',
  'history',
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

export type Row = { id: string } & Record<string, unknown>;

/** The document's name for each stored table (the plan is one row in `plan`). */
export const DOC_TABLE: Record<BackupTable, SyncTable> = {
  plans: 'plan',
  themes: 'themes',
  actions: 'actions',
  tasks: 'tasks',
  sprints: 'sprints',
  people: 'people',
  history: 'history',
};

/** The stored table each document table holds rows of: DOC_TABLE the other way round. */
export const ROW_TABLE = Object.fromEntries(
  Object.entries(DOC_TABLE).map(([stored, inDoc]) => [inDoc, stored]),
) as Record<SyncTable, BackupTable>;

/**
 * Fields holding lists of items with their own id, kept as a Y.Map from item id to the item
 * (plus its position): two people adding an item at the same time both keep theirs.
 */
const ITEM_LIST_FIELDS: Partial<Record<SyncTable, readonly string[]>> = {
  tasks: ['checklist', 'notes'],
};

const POSITION = '__pos';

type Item = { id: string } & Record<string, unknown>;

export function tableMap(doc: Y.Doc, table: SyncTable): Y.Map<Y.Map<unknown>> {
  return doc.getMap(table);
}

function isItemList(table: SyncTable, field: string): boolean {
  return ITEM_LIST_FIELDS[table]?.includes(field) ?? false;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function writeItems(target: Y.Map<unknown>, field: string, items: readonly Item[]): void {
  let list = target.get(field);
  if (!(list instanceof Y.Map)) {
    list = new Y.Map<unknown>();
    target.set(field, list);
  }
  const map = list as Y.Map<unknown>;
  const keep = new Set(items.map((item) => item.id));
  for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
  items.forEach((item, index) => {
    const value = { ...item, [POSITION]: index };
    if (!sameJson(map.get(item.id), value)) map.set(item.id, value);
  });
}

function readItems(list: Y.Map<unknown>): Item[] {
  const values: unknown[] = [];
  list.forEach((value) => values.push(value));
  return values
    .map((value) => value as Item & { [POSITION]: number })
    .sort((a, b) => a[POSITION] - b[POSITION] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ [POSITION]: _position, ...item }) => item as Item);
}

/**
 * The plan the document is of: the key of its one plan row. Undefined while it has none (or, in a
 * damaged document, several): rows then keep their planId when written and get none when read.
 */
export function planIdOf(doc: Y.Doc): string | undefined {
  let count = 0;
  let only: string | undefined;
  tableMap(doc, 'plan').forEach((_row, key) => {
    count += 1;
    only = key;
  });
  return count === 1 ? only : undefined;
}

/**
 * Writes a row field by field, touching only fields whose value changed, so an unchanged
 * field never overrides a teammate's concurrent edit of it. An existing row's Y.Map is never
 * replaced: a replaced map would undo a concurrent delete and drop concurrent field edits.
 * Fields the document leaves out (see domain/syncFields.ts) are deleted when the map has them
 * (an older document, or a value that became empty); a teammate's concurrent set of such a field
 * survives the delete on every device, as Yjs keeps a set the delete had not seen.
 * `planId` is the plan the document is of; by default the key of its plan row.
 */
export function writeRow(
  doc: Y.Doc,
  table: SyncTable,
  row: Row,
  planId: string | undefined = planIdOf(doc),
): void {
  const rowTable = ROW_TABLE[table];
  doc.transact(() => {
    const rows = tableMap(doc, table);
    let target = rows.get(row.id);
    if (!target) {
      target = new Y.Map<unknown>();
      rows.set(row.id, target);
    }
    const fields = Object.entries(row).filter(
      ([key, value]) =>
        value !== undefined &&
        // An item list is kept even when empty: see ITEM_LIST_FIELDS.
        (isItemList(table, key) || !isLeftOut(rowTable, key, value, planId)),
    );
    const present = new Set(fields.map(([key]) => key));
    for (const key of [...target.keys()]) if (!present.has(key)) target.delete(key);
    for (const [key, value] of fields) {
      if (isItemList(table, key) && Array.isArray(value)) {
        writeItems(target, key, value as Item[]);
      } else if (!sameJson(target.get(key), value)) {
        target.set(key, value);
      }
    }
  });
}

/**
 * The row as stored, with the fields the document leaves out filled back: their empty values,
 * `id` from its key and `planId` from the plan the document is of (when known).
 */
export function readRow(
  table: SyncTable,
  yrow: Y.Map<unknown>,
  id: string,
  planId: string | undefined,
): Row {
  const row: Record<string, unknown> = {};
  // forEach, not entries()/values(): the same fields in the same order without Yjs' chain of
  // iterators, which cost ~0.3 s of main thread per 10,000-task plan read on a join.
  yrow.forEach((value, key) => {
    row[key] = isItemList(table, key) && value instanceof Y.Map ? readItems(value) : value;
  });
  return withLeftOut(ROW_TABLE[table], row, id, planId);
}

export function readRows(
  doc: Y.Doc,
  table: SyncTable,
  planId: string | undefined = planIdOf(doc),
): Row[] {
  const rows: Row[] = [];
  tableMap(doc, table).forEach((yrow, id) => rows.push(readRow(table, yrow, id, planId)));
  return rows;
}

/** Removes the row: a concurrent edit of one of its fields does not bring it back. */
export function deleteRow(doc: Y.Doc, table: SyncTable, id: string): void {
  tableMap(doc, table).delete(id);
}
