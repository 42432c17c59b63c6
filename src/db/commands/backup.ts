import type { Table } from 'dexie';
import { CommandError } from '../errors';
import { db } from '../schema';
import { checkBackup, type Backup, type BackupRows } from '../../domain/backup';
import { repairPlan, type Repair, type RepairNames } from '../../domain/repair';
import { sharingStops, type SharingStop } from '../../domain/syncReplace';
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

export interface RestoreResult {
  /** What the repair changed in the restored rows. */
  repairs: Repair[];
  /** The plans that were shared on this device and no longer are (see domain/syncReplace). */
  sharingStopped: SharingStop[];
}

/**
 * Replaces the whole database with a backup. Clearing and writing happen in one transaction,
 * so a file that fails halfway leaves the current data as it was.
 *
 * A restore is about this device: every plan shared here stops being shared, and the team is
 * sent nothing, neither the restored rows nor deletes of rows the backup lacks (the rule and why:
 * src/domain/syncReplace.ts). The sync settings go first, so the outbox records none of the
 * clears and puts below.
 */
export async function restoreBackup(backup: Backup, names: RepairNames): Promise<RestoreResult> {
  const checked = checkBackup(backup);
  if (!checked.ok) throw new CommandError('backup-invalid');
  // Nothing restored may be invisible: orphans get a home, dangling references are dropped.
  const { rows: data, repairs } = repairPlan(checked.backup.data, { now: now(), names });
  return write(db.tables as never, async () => {
    const [shared, before] = await Promise.all([db.syncPlans.toArray(), db.plans.toArray()]);
    const sharingStopped = sharingStops({
      shared: shared.map((s) => s.planId),
      replaced: 'all',
      before,
      after: data.plans,
    });
    // Every plan stops being shared: the sync tables are emptied before any plan row goes.
    const sync = [db.syncPlans, db.outbox, db.syncUpdates] as Table[];
    for (const table of [...sync, ...db.tables.filter((t) => !sync.includes(t))]) {
      await table.clear();
    }
    await addPlanRows(data);
    const first = data.plans[0];
    if (first) await db.meta.put({ key: 'activePlanId', value: first.id });
    // A restored database must not get the demo plan added on the next start.
    await db.meta.put({ key: 'seeded', value: true });
    return { repairs, sharingStopped };
  });
}
