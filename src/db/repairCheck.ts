import type { Table } from 'dexie';
import { BACKUP_TABLES, withoutPlans, type BackupRows } from '../domain/backup';
import { repairPlan, type RepairContext } from '../domain/repair';
import { partialPlanIds } from './rows';
import { db } from './schema';

/** Rows per read: a few milliseconds of the database's time each, so the board's reads go between. */
const PAGE = 2000;

async function readInPages(table: Table<{ id: string }, string>): Promise<unknown[]> {
  const rows: Array<{ id: string }> = [];
  for (;;) {
    const last = rows.at(-1)?.id;
    const page = await (last === undefined
      ? table.orderBy('id').limit(PAGE).toArray()
      : table.where('id').above(last).limit(PAGE).toArray());
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

/**
 * Whether the stored plans need the repair. Read page by page, each page its own read-only
 * transaction: one read of every row of a 50,000-task plan kept the database busy for seconds,
 * and the board's reads (a sprint switch) waited behind it. The pages are no consistent copy;
 * a row written between them can at most make the answer "yes" for nothing, because the repair
 * (`repairStoredPlans`) reads everything again inside its own transaction before it writes.
 */
export async function storedPlansNeedRepair(context: RepairContext): Promise<boolean> {
  const rows = {} as Record<string, unknown[]>;
  for (const name of BACKUP_TABLES)
    rows[name] = await readInPages(db.table<{ id: string }, string>(name));
  const checked = withoutPlans(rows as unknown as BackupRows, await partialPlanIds());
  return repairPlan(checked, context).repairs.length > 0;
}
