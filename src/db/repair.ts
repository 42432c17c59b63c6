import { BACKUP_TABLES, withoutPlans, type BackupRows } from '../domain/backup';
import { repairPlan, type Repair, type RepairNames } from '../domain/repair';
import { now } from '../lib/clock';
import { partialPlanIds, planTables, readAllRows } from './rows';
import { db } from './schema';
import { write } from './write';

/**
 * Stores what the repair changed: rows it replaced are put, rows it left out are deleted, rows
 * it kept as they were (the same objects) are not touched. Runs inside the caller's transaction.
 */
async function storeRepaired(before: BackupRows, after: BackupRows): Promise<void> {
  for (const table of BACKUP_TABLES) {
    const old = before[table] as ReadonlyArray<{ id: string }>;
    const next = after[table] as ReadonlyArray<{ id: string }>;
    const kept = new Set(old);
    const changed = next.filter((row) => !kept.has(row));
    const nextIds = new Set(next.map((row) => row.id));
    const gone = old.filter((row) => !nextIds.has(row.id)).map((row) => row.id);
    const store = db[table] as unknown as {
      bulkPut(rows: unknown[]): Promise<unknown>;
      bulkDelete(ids: string[]): Promise<void>;
    };
    if (gone.length) await store.bulkDelete(gone);
    if (changed.length) await store.bulkPut(changed as unknown[]);
  }
}

/**
 * The check on start (and so on a database written by an older version): the stored plans are
 * repaired the same way a restored backup is, in one transaction. Resolves to what was changed;
 * nothing is written when nothing needed repair.
 *
 * A repair of a shared plan is sent to the team like any local edit: it runs through `write`,
 * so the outbox records the repaired and removed rows in this same transaction. Otherwise this
 * device would keep rows its plan's Y.Doc does not have, and the team would keep the damage.
 */
export async function repairStoredPlans(names: RepairNames): Promise<Repair[]> {
  return write(planTables(), async () => {
    // A plan still being stored by its sync engine is no damage: the engine checks it whole.
    const before = withoutPlans(await readAllRows(), await partialPlanIds());
    const { rows, repairs } = repairPlan(before, { now: now(), names });
    if (repairs.length) await storeRepaired(before, rows);
    return repairs;
  });
}
