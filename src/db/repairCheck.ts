import { repairPlan, type RepairContext } from '../domain/repair';
import { planTables, readAllRows } from './rows';
import { db } from './schema';

/**
 * Whether the stored plans need the repair, read in a read-only transaction: the board's own
 * reads run beside it, where the repair's read-write transaction would hold them back. The
 * repair itself (`repairStoredPlans`) reads again inside its own transaction before it writes.
 */
export async function storedPlansNeedRepair(context: RepairContext): Promise<boolean> {
  const rows = await db.transaction('r', planTables(), readAllRows);
  return repairPlan(rows, context).repairs.length > 0;
}
