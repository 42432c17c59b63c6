import { CommandError } from '../errors';
import { db } from '../schema';
import { checkBackup, type Backup, type BackupRows } from '../../domain/backup';
import { repairPlan, type Repair, type RepairNames } from '../../domain/repair';
import { now } from '../../lib/clock';
import { write } from '../write';

/** Every row of every plan, read in one transaction so the copy is consistent. */
export async function exportAll(): Promise<BackupRows> {
  return db.transaction(
    'r',
    [db.plans, db.themes, db.actions, db.tasks, db.sprints, db.people, db.history, db.meta],
    async () => {
      const [plans, themes, actions, tasks, sprints, people, history, active] = await Promise.all([
        db.plans.toArray(),
        db.themes.toArray(),
        db.actions.toArray(),
        db.tasks.toArray(),
        db.sprints.toArray(),
        db.people.toArray(),
        db.history.toArray(),
        db.meta.get('activePlanId'),
      ]);
      // The active plan goes first: a restore opens the first plan of the file.
      plans.sort((a, b) => Number(b.id === active?.value) - Number(a.id === active?.value));
      return { plans, themes, actions, tasks, sprints, people, history };
    },
  );
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
    await db.plans.bulkAdd(data.plans);
    await db.themes.bulkAdd(data.themes);
    await db.actions.bulkAdd(data.actions);
    await db.people.bulkAdd(data.people);
    await db.sprints.bulkAdd(data.sprints);
    await db.tasks.bulkAdd(data.tasks);
    await db.history.bulkAdd(data.history);
    const first = data.plans[0];
    if (first) await db.meta.put({ key: 'activePlanId', value: first.id });
    // A restored database must not get the demo plan added on the next start.
    await db.meta.put({ key: 'seeded', value: true });
  });
  return repairs;
}
