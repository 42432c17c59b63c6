import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStoredPlans } from '../../src/app/startupRepair';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { setClock } from '../../src/lib/clock';
import { useRepairNotice } from '../../src/state/repairNotice';

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  useRepairNotice.setState({ repairs: [], repairRound: 0 });
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

// jsdom has no Worker: this is the path of a browser whose worker cannot start, where the check
// and the repair run on the page's thread. Chromium's worker path is in tests/e2e/repair.spec.ts.
describe('checkStoredPlans without a worker', () => {
  it('stores the repair, says what it repaired and draws the views again', async () => {
    const rows = demoRows();
    const orphan = rows.tasks[0]!;
    orphan.themeId = 'label-weg';
    await writePlanRows(rows);
    await checkStoredPlans();
    expect((await db.tasks.get(orphan.id))!.themeId).not.toBe('label-weg');
    const { repairs, repairRound } = useRepairNotice.getState();
    expect(repairs.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['theme-created', 'task-theme-missing']),
    );
    expect(repairRound).toBe(1);
  });

  it('says nothing and keeps the views as they are when nothing needs repair', async () => {
    await writePlanRows(demoRows());
    await checkStoredPlans();
    expect(useRepairNotice.getState()).toMatchObject({ repairs: [], repairRound: 0 });
  });
});
