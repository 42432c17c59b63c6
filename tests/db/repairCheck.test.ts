import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAll } from '../../src/db/commands/backup';
import { storedPlansNeedRepair } from '../../src/db/repairCheck';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { setClock } from '../../src/lib/clock';
import { REPAIR_NAMES } from '../builders';

const context = { now: '2025-05-20T10:00:00.000Z', names: REPAIR_NAMES };

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('storedPlansNeedRepair, the read-only check before the repair', () => {
  it('answers no for the demo plan', async () => {
    await writePlanRows(demoRows());
    expect(await storedPlansNeedRepair(context)).toBe(false);
  });

  it('answers yes for a stored task whose theme is gone, and changes nothing itself', async () => {
    const rows = demoRows();
    rows.tasks[0]!.themeId = 'label-weg';
    await writePlanRows(rows);
    const before = await exportAll();
    expect(await storedPlansNeedRepair(context)).toBe(true);
    expect(await exportAll()).toEqual(before);
  });

  it('reads a table of more rows than one page to its end: damage in the last page is found', async () => {
    const rows = demoRows();
    const model = rows.tasks[0]!;
    rows.tasks.push(
      ...Array.from({ length: 4100 }, (_, i) => ({
        ...model,
        id: `zz-${String(i).padStart(4, '0')}`,
        title: `Taak ${i}`,
      })),
    );
    await writePlanRows(rows);
    expect(await storedPlansNeedRepair(context)).toBe(false);
    await db.tasks.update('zz-4099', { themeId: 'label-weg' });
    expect(await storedPlansNeedRepair(context)).toBe(true);
  });
});
