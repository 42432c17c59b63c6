import { CommandError } from '../errors';
import { db } from '../schema';
import { checkBackup, type Backup, type BackupRows } from '../../domain/backup';
import { repairPlan, type Repair, type RepairNames } from '../../domain/repair';
import { now } from '../../lib/clock';
import { addPlanRows, readAllRows } from '../rows';
import { allTables, write } from '../write';

/** Every row of every plan, read in one transaction so the copy is consistent. */
export async function exportAll(): Promise<BackupRows> {
  return db.transaction('r', allTables(), async () => {
    const [rows, active] = await Promise.all([readAllRows(), db.meta.get('activePlanId')]);
    // The active plan goes first: a restore opens the first plan of the file.
    rows.plans.sort((a, b) => Number(b.id === active?.value) - Number(a.id === active?.value));
    return rows;
  });
}

/**
 * Replaces the whole database with a backup. Clearing and writing happen in one transaction,
 * so a file that fails halfway leaves the current data as it was.
 */
export async function restoreBackup(backup: Backup, names: RepairNames): Promise<Repair[]> {
  const checked = checkBackup(backup);
  if (!checked.ok) throw new CommandError('backup-invalid');
  // Nothing restored may be invisible: orphans get a home, dangling references are dropped.
  const { rows: data, repairs } = repairPlan(checked.backup.data, { now: now(), names });
  await write(db.tables as never, async () => {
    for (const table of db.tables) await table.clear();
    await addPlanRows(data);
    const first = data.plans[0];
    if (first) await db.meta.put({ key: 'activePlanId', value: first.id });
    // A restored database must not get the demo plan added on the next start.
    await db.meta.put({ key: 'seeded', value: true });
  });
  return repairs;
}
