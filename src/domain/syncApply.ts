import { BACKUP_TABLES, isValidRow, type BackupRows, type BackupTable } from './backup';
import { repairPlan, type RepairContext } from './repair';

// What a plan's rows become when the team's shared document changed: the rows that came in are
// checked and repaired exactly like a restored backup, and only the difference is written.

/** Rows of one plan as read from the shared document: anything may be in them. */
export type RemoteRows = Record<BackupTable, unknown[]>;

export interface RejectedRow {
  table: BackupTable;
  id: string;
}

export interface RemoteApply {
  /** Rows to store (new or changed), per table. */
  put: Record<BackupTable, Array<{ id: string }>>;
  /** Ids to delete, per table: deleted by a teammate. */
  remove: Record<BackupTable, string[]>;
  /** Rows that failed the backup checks: not written; the local version (if any) is kept. */
  rejected: RejectedRow[];
}

export interface RemoteApplyInput {
  planId: string;
  remote: RemoteRows;
  /** The plan's rows as stored on this device now. */
  local: BackupRows;
  /** `table:id` of local changes not sent yet: they stay as they are until they are sent. */
  pending: ReadonlySet<string>;
}

export const rowKey = (table: BackupTable, id: string) => `${table}:${id}`;

export const emptyTables = <T>(make: () => T): Record<BackupTable, T> =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, make()])) as Record<BackupTable, T>;

/** JSON with sorted keys: a row read from the document lists its fields in another order. */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

function idOf(row: unknown): string | null {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : null;
}

export function belongs(table: BackupTable, row: unknown, planId: string): boolean {
  const r = row as { id?: unknown; planId?: unknown };
  return table === 'plans' ? r.id === planId : r.planId === planId;
}

/**
 * Decides what to store for one plan after a remote change. Nothing happens while the document
 * holds no valid plan row yet (it is still loading): an empty document must not empty the plan.
 */
export function planRemoteApply(input: RemoteApplyInput, ctx: RepairContext): RemoteApply {
  const { planId, remote, local, pending } = input;
  const result: RemoteApply = {
    put: emptyTables(() => []),
    remove: emptyTables(() => []),
    rejected: [],
  };
  const merged = emptyTables<unknown[]>(() => []);
  const kept = new Set<string>();
  for (const table of BACKUP_TABLES) {
    const localById = new Map((local[table] as Array<{ id: string }>).map((r) => [r.id, r]));
    for (const row of remote[table] ?? []) {
      const id = idOf(row);
      if (id === null) continue;
      const key = rowKey(table, id);
      if (pending.has(key)) continue;
      if (isValidRow(table, row) && belongs(table, row, planId)) {
        merged[table].push(row);
      } else {
        result.rejected.push({ table, id });
        const mine = localById.get(id);
        if (mine) merged[table].push(mine);
      }
      kept.add(key);
    }
    for (const row of local[table] as Array<{ id: string }>) {
      if (pending.has(rowKey(table, row.id))) {
        merged[table].push(row);
        kept.add(rowKey(table, row.id));
      }
    }
  }
  if (!merged.plans.some((p) => idOf(p) === planId))
    return { ...result, rejected: result.rejected };
  const { rows } = repairPlan(merged as unknown as BackupRows, ctx);
  for (const table of BACKUP_TABLES) {
    const localById = new Map((local[table] as Array<{ id: string }>).map((r) => [r.id, r]));
    const next = (rows[table] as Array<{ id: string }>).filter(
      // A repair's own history lines are local notes; written each time they would pile up.
      (r) => table !== 'history' || kept.has(rowKey(table, r.id)),
    );
    const nextIds = new Set(next.map((r) => r.id));
    for (const row of next) {
      const mine = localById.get(row.id);
      if (!mine || stable(mine) !== stable(row)) result.put[table].push(row);
    }
    for (const id of localById.keys()) {
      if (!nextIds.has(id) && !pending.has(rowKey(table, id))) result.remove[table].push(id);
    }
  }
  return result;
}
