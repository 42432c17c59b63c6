import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAll, restoreBackup } from '../../src/db/commands/backup';
import { repairStoredPlans } from '../../src/db/repair';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { makeBackup } from '../../src/domain/backup';
import { unlabeledThemeId } from '../../src/domain/repairRows';
import { setClock } from '../../src/lib/clock';
import { REPAIR_NAMES } from '../builders';

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

async function damagedDemo() {
  const rows = demoRows();
  // A task without action loses its theme; two tasks with an action lose the sprint and the action.
  const first = rows.tasks.find((t) => t.actionId === null)!;
  const [second, third] = rows.tasks.filter((t) => t.actionId !== null && t.sprintId !== null);
  first.themeId = 'label-weg';
  second!.sprintId = 'sprint-weg';
  third!.actionId = 'actie-weg';
  return { rows, ids: [first.id, second!.id, third!.id] };
}

describe('repairStoredPlans, the check on start', () => {
  it('needs no repair on the demo plan and writes nothing', async () => {
    await writePlanRows(demoRows());
    const before = await exportAll();
    expect(await repairStoredPlans(REPAIR_NAMES)).toEqual([]);
    expect(await exportAll()).toEqual(before);
  });

  it('repairs stored damage in one go, records it in the task history, and finds nothing the second time', async () => {
    const { rows, ids } = await damagedDemo();
    await writePlanRows(rows);
    const repairs = await repairStoredPlans(REPAIR_NAMES);
    // In the order the database hands out the tasks (by id), so compared as a set.
    expect(repairs.map((r) => [r.kind, r.taskId])).toHaveLength(4);
    expect(repairs.map((r) => [r.kind, r.taskId])).toEqual(
      expect.arrayContaining([
        ['theme-created', null],
        ['task-theme-missing', ids[0]],
        ['task-sprint-missing', ids[1]],
        ['task-action-missing', ids[2]],
      ]),
    );
    const [orphan, backlog, loose] = await Promise.all(ids.map((id) => db.tasks.get(id)));
    expect(orphan!.themeId).toBe(unlabeledThemeId(rows.plan.id));
    expect((await db.themes.get(orphan!.themeId))!.name).toBe('Zonder label');
    expect(backlog!.sprintId).toBeNull();
    expect(loose!.actionId).toBeNull();
    const lines = await db.history.where('taskId').equals(ids[1]!).toArray();
    expect(lines.find((h) => h.field === 'repaired')).toMatchObject({
      from: 'task-sprint-missing',
      to: JSON.stringify({ task: backlog!.title, id: 'sprint-weg' }),
    });
    expect(await repairStoredPlans(REPAIR_NAMES)).toEqual([]);
  });
});

describe('restoreBackup repairs what it restores', () => {
  it('restores a backup with no themes at all with every task under one "Zonder label" theme', async () => {
    const { rows } = await damagedDemo();
    const backup = makeBackup(
      { ...rows, plans: [rows.plan], themes: [] },
      '2025-05-20T10:00:00.000Z',
    );
    const { repairs } = await restoreBackup(backup, REPAIR_NAMES);
    expect(repairs.filter((r) => r.kind === 'task-theme-missing')).toHaveLength(rows.tasks.length);
    const themes = await db.themes.toArray();
    expect(themes.map((t) => t.name)).toEqual(['Zonder label']);
    expect((await db.tasks.toArray()).every((t) => t.themeId === themes[0]!.id)).toBe(true);
    expect(await repairStoredPlans(REPAIR_NAMES)).toEqual([]);
  });
});
