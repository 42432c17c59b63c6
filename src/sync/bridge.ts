import * as Y from 'yjs';
import { BACKUP_TABLES, type BackupRows, type BackupTable } from '../domain/backup';
import { rowKey, type RemoteRows } from '../domain/syncApply';
import type { RemoteChange } from '../domain/syncApplyChanges';
import {
  DOC_TABLE,
  deleteRow,
  planIdOf,
  readRow,
  readRows,
  tableMap,
  writeRow,
  type Row,
} from './rows';

// Between the device's tables (Dexie) and the plan's shared document (Y.Doc): local changes go
// in here, and the document is read back as rows for the checks before they are stored.

/** Origin of the document changes made from this device's outbox. */
export const LOCAL_ORIGIN = Symbol('sprintbord-local');

export interface LocalRow {
  table: BackupTable;
  id: string;
  /** The row as it is now; null when it was deleted. */
  row: object | null;
}

/**
 * Deleted rows by `table:id`. A delete removes the row's map, but a device that has not seen the
 * delete yet could still send the row as new; the tombstone keeps it deleted (delete wins).
 */
function tombstones(doc: Y.Doc): Y.Map<boolean> {
  return doc.getMap<boolean>('deleted');
}

export function isDeleted(doc: Y.Doc, table: BackupTable, id: string): boolean {
  return tombstones(doc).has(rowKey(table, id));
}

/**
 * Puts local changes into the document, in one document transaction. `planId` is the plan the
 * document is of; by default the key of its plan row.
 */
export function applyLocalRows(doc: Y.Doc, rows: readonly LocalRow[], planId?: string): void {
  doc.transact(() => {
    for (const { table, id, row } of rows) {
      const key = rowKey(table, id);
      if (row === null) {
        deleteRow(doc, DOC_TABLE[table], id);
        tombstones(doc).set(key, true);
      } else if (!tombstones(doc).has(key)) {
        // Rows come from the typed tables; the document keeps them as plain fields.
        writeRow(doc, DOC_TABLE[table], row as Row, planId);
      }
    }
  }, LOCAL_ORIGIN);
}

/**
 * Every row of the document per stored table, unchecked. `planId` is the plan the document is of
 * (filled into rows that do not name theirs); by default the key of its plan row.
 */
export function remoteRowsOf(doc: Y.Doc, planId: string | undefined = planIdOf(doc)): RemoteRows {
  return Object.fromEntries(
    BACKUP_TABLES.map((t) => [t, readRows(doc, DOC_TABLE[t], planId)]),
  ) as RemoteRows;
}

/** Local rows the document does not have (and never had deleted): sent on the first connection. */
export function rowsMissingFrom(doc: Y.Doc, local: BackupRows): LocalRow[] {
  return BACKUP_TABLES.flatMap((table) =>
    (local[table] as unknown as Row[])
      .filter(
        (row) => !tableMap(doc, DOC_TABLE[table]).has(row.id) && !isDeleted(doc, table, row.id),
      )
      .map((row) => ({ table, id: row.id, row })),
  );
}

export interface RowRef {
  table: BackupTable;
  id: string;
}

/**
 * Calls back with the rows each document transaction changed (a field, a checklist item, the row
 * added or removed), except transactions of the given origins.
 */
export function watchRows(
  doc: Y.Doc,
  onRows: (rows: RowRef[]) => void,
  skipOrigins: readonly unknown[],
): () => void {
  const stops = BACKUP_TABLES.map((table) => {
    const map = tableMap(doc, DOC_TABLE[table]);
    const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, tr: Y.Transaction) => {
      if (skipOrigins.includes(tr.origin)) return;
      const rows: RowRef[] = [];
      for (const event of events) {
        if (event.target === map) {
          for (const id of (event as Y.YMapEvent<unknown>).keysChanged) rows.push({ table, id });
        } else {
          // A change inside a row (or inside one of its item lists): the path starts at its id.
          const id = event.path[0];
          if (typeof id === 'string') rows.push({ table, id });
        }
      }
      if (rows.length) onRows(rows);
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  });
  return () => stops.forEach((stop) => stop());
}

/** The named rows as the document holds them now (as `remoteRowsOf` reads them): null when gone. */
export function remoteChangesOf(
  doc: Y.Doc,
  rows: readonly RowRef[],
  planId: string | undefined = planIdOf(doc),
): RemoteChange[] {
  return rows.map(({ table, id }) => {
    const yrow = tableMap(doc, DOC_TABLE[table]).get(id);
    return {
      table,
      id,
      row: yrow instanceof Y.Map ? readRow(DOC_TABLE[table], yrow, id, planId) : null,
    };
  });
}
