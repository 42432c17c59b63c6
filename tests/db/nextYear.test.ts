import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNextYearPlan } from '../../src/db/commands/plans';
import { activePlanId, historyOfPlan, planBundle, tasksOfPlan } from '../../src/db/queries';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { setClock } from '../../src/lib/clock';

const NEXT = {
  name: 'Jaarplan AI 2026',
  year: 2026,
  sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
};

async function everything() {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

beforeEach(async () => {
  setClock(() => new Date('2025-12-15T09:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('startNextYearPlan', () => {
  it('copies themes, actions and people, carries the open tasks over and opens the new plan', async () => {
    const demo = demoRows();
    await writePlanRows(demo);
    const demoState = () =>
      Promise.all([
        db.plans.get(demo.plan.id),
        tasksOfPlan(demo.plan.id),
        historyOfPlan(demo.plan.id),
        planBundle(demo.plan.id),
      ]);
    const before = await demoState();

    const plan = await startNextYearPlan(demo.plan.id, { ...NEXT, carryOpenTasks: true });

    expect(await activePlanId()).toBe(plan.id);
    const bundle = (await planBundle(plan.id))!;
    expect(bundle.plan).toMatchObject({
      name: 'Jaarplan AI 2026',
      year: 2026,
      createdAt: '2025-12-15T09:00:00.000Z',
    });
    expect(bundle.themes.map((t) => t.name)).toEqual(demo.themes.map((t) => t.name));
    expect(bundle.actions).toHaveLength(demo.actions.length);
    expect(bundle.people.map((p) => p.name).sort()).toEqual(demo.people.map((p) => p.name).sort());
    expect(bundle.sprints[0]).toMatchObject({ number: 1, start: '2026-01-05', end: '2026-02-15' });

    // Fresh UUIDs everywhere: nothing of the new plan shares an id with the demo.
    const oldIds = new Set(
      [
        demo.plan,
        ...demo.themes,
        ...demo.actions,
        ...demo.people,
        ...demo.sprints,
        ...demo.tasks,
      ].map((r) => r.id),
    );
    const tasks = await tasksOfPlan(plan.id);
    const newRows = [
      bundle.plan,
      ...bundle.themes,
      ...bundle.actions,
      ...bundle.people,
      ...bundle.sprints,
      ...tasks,
    ];
    expect(newRows.filter((r) => oldIds.has(r.id))).toEqual([]);
    for (const r of newRows)
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const open = demo.tasks.filter((t) => t.status !== 'afgerond');
    expect(tasks).toHaveLength(open.length);
    expect(tasks.map((t) => t.title).sort()).toEqual(open.map((t) => t.title).sort());
    const themeIds = new Set(bundle.themes.map((t) => t.id));
    const sprintIds = new Set(bundle.sprints.map((s) => s.id));
    for (const t of tasks) {
      expect(themeIds.has(t.themeId)).toBe(true);
      expect(t.sprintId === null || sprintIds.has(t.sprintId)).toBe(true);
    }
    // The DPIA task was in sprint 4 and lands in sprint 1 of the new year.
    const dpia = tasks.find((t) => t.title === 'Opstellen van een DPIA M365 Copilot')!;
    expect(dpia.sprintId).toBe(bundle.sprints[0]!.id);

    // One 'created' line per copied task, and no other history in the new plan.
    const history = await historyOfPlan(plan.id);
    expect(history).toHaveLength(tasks.length);
    expect(history.every((h) => h.field === 'created' && h.at === '2025-12-15T09:00:00.000Z')).toBe(
      true,
    );
    expect(new Set(history.map((h) => h.taskId))).toEqual(new Set(tasks.map((t) => t.id)));

    // The demo plan is exactly as it was.
    expect(await demoState()).toEqual(before);
  });

  it('copies no tasks when they are not carried over', async () => {
    const demo = demoRows();
    await writePlanRows(demo);
    const plan = await startNextYearPlan(demo.plan.id, { ...NEXT, carryOpenTasks: false });
    expect(await tasksOfPlan(plan.id)).toEqual([]);
    expect(await historyOfPlan(plan.id)).toEqual([]);
    expect((await planBundle(plan.id))!.themes).toHaveLength(demo.themes.length);
  });

  it.each([
    ['an empty name', { ...NEXT, name: '  ' }, 'title-empty'],
    [
      'a sprint length of 0',
      { ...NEXT, sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 0 } },
      'sprint-length',
    ],
    [
      'an impossible first start',
      { ...NEXT, sprintSettings: { firstStart: '2026-02-31', lengthWeeks: 6 } },
      'date-invalid',
    ],
    ['a year out of range', { ...NEXT, year: 1999 }, 'year-invalid'],
  ])('refuses %s and stores nothing', async (_what, input, code) => {
    const demo = demoRows();
    await writePlanRows(demo);
    const before = await everything();
    await expect(
      startNextYearPlan(demo.plan.id, { ...input, carryOpenTasks: true }),
    ).rejects.toMatchObject({ code });
    expect(await everything()).toEqual(before);
  });

  it('refuses an unknown source plan', async () => {
    await expect(
      startNextYearPlan('nope', { ...NEXT, carryOpenTasks: true }),
    ).rejects.toMatchObject({ code: 'plan-missing' });
    expect(await db.plans.count()).toBe(0);
  });
});
