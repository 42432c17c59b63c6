import { beforeEach, describe, expect, it } from 'vitest';
import { closeSprint } from '../../src/db/commands/sprintClose';
import { historyOfPlan, planBundle, tasksOfPlan, type PlanBundle } from '../../src/db/queries';
import { sprintReportRows } from '../../src/db/reportRows';
import { addPlanRows } from '../../src/db/rows';
import { db } from '../../src/db/schema';
import { resetDemo } from '../../src/db/seed';
import { sprintReportOf, type SprintReport } from '../../src/domain/report';
import type { Sprint } from '../../src/domain/types';
import { setClock } from '../../src/lib/clock';
import { aTask } from '../builders';
import {
  C,
  history,
  hr,
  plan,
  pm,
  rollen,
  sprint3,
  sprint4,
  sprint5,
  sprintTasks,
  strategie,
  TODAY,
} from '../domain/reportFixture';

// The Sprintrapport reads only its sprint's tasks and the history its figures can count
// (src/db/reportRows.ts). Its report must be the one the whole plan gives, for every sprint.

beforeEach(async () => {
  setClock(() => new Date('2025-05-21T10:00:00Z'));
  await db.delete();
  await db.open();
});

async function wholePlanReport(bundle: PlanBundle, sprint: Sprint, today: string) {
  const [tasks, lines] = await Promise.all([
    tasksOfPlan(bundle.plan.id),
    historyOfPlan(bundle.plan.id),
  ]);
  return sprintReportOf(bundle, sprint, tasks, lines, today);
}

async function narrowedReport(bundle: PlanBundle, sprint: Sprint, today: string) {
  const rows = await sprintReportRows(bundle.plan.id, sprint);
  return sprintReportOf(bundle, sprint, rows.planTasks, rows.history, today);
}

/** Per sprint of the plan, the narrowed report and the whole plan's, side by side. */
async function bothReports(planId: string, today: string) {
  const bundle = (await planBundle(planId))!;
  const out: Array<[number, SprintReport, SprintReport]> = [];
  for (const sprint of bundle.sprints)
    out.push([
      sprint.number,
      await narrowedReport(bundle, sprint, today),
      await wholePlanReport(bundle, sprint, today),
    ]);
  return out;
}

/** The hand-made sprint 4 (tests/domain/reportFixture.ts) stored, with F and X as tasks now. */
async function storeFixture() {
  // F left sprint 4 for sprint 5 on 10 May; X moved from sprint 5 to 3 and blocks C.
  const F = aTask({ id: 'F', title: 'Naar sprint 5', sprintId: 'sprint-5', rank: 4 });
  const X = aTask({ id: 'X', title: 'Juridisch advies', sprintId: 'sprint-3', rank: 5 });
  const tasks = [
    ...sprintTasks.map((t) =>
      t.id === C.id ? { ...t, blockedBy: ['A', 'X', 'unknown-task'] } : t,
    ),
    F,
    X,
  ];
  await db.transaction(
    'rw',
    [db.plans, db.themes, db.actions, db.tasks, db.sprints, db.people, db.history],
    () =>
      addPlanRows({
        plans: [plan],
        themes: [strategie, rollen],
        actions: [],
        tasks,
        sprints: [sprint3, sprint4, sprint5],
        people: [pm, hr],
        history,
      }),
  );
}

describe('a sprint report from only its sprint equals the one from the whole plan', () => {
  it('for every sprint of the hand-made plan: F moved out, G moved in and deleted, X elsewhere', async () => {
    await storeFixture();
    const reports = await bothReports(plan.id, TODAY);
    expect(reports.map(([n]) => n)).toEqual([3, 4, 5]);
    for (const [, narrowed, whole] of reports) expect(narrowed).toEqual(whole);
    const four = reports.find(([n]) => n === 4)![1];
    expect(four.totals).toMatchObject({ planned: 6, added: 2, removed: 2 });
    expect(four.blocked[0]?.blockedBy).toEqual(['Opvolgen (opmaak van) MJP', 'Juridisch advies']);
  });

  it('reads the sprint tasks and the blockers they name, and the history of the tasks ever in it', async () => {
    await storeFixture();
    const rows = await sprintReportRows(plan.id, sprint4);
    expect(rows.planTasks.map((t) => t.id).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'H', 'X']);
    expect([...new Set(rows.history.map((h) => h.taskId))].sort()).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
    ]);
  });

  it('for a closed sprint (its snapshot), for the sprint its work went on to, and the rest of the demo', async () => {
    const { planId } = await resetDemo();
    const today = '2025-05-20';
    for (const [, narrowed, whole] of await bothReports(planId, today))
      expect(narrowed).toEqual(whole);

    const bundle = (await planBundle(planId))!;
    const sprint4 = bundle.sprints.find((s) => s.number === 4)!;
    const open = (await tasksOfPlan(planId)).filter(
      (t) => t.sprintId === sprint4.id && t.status !== 'afgerond',
    );
    // Two go back to the backlog, the rest on to sprint 5.
    const decisions = Object.fromEntries(
      open.map((t, i) => [t.id, i < 2 ? ('backlog' as const) : ('next' as const)]),
    );
    await closeSprint(sprint4.id, decisions);
    const after = await bothReports(planId, today);
    for (const [, narrowed, whole] of after) expect(narrowed).toEqual(whole);
    expect(after.find(([n]) => n === 4)![1].closed).toBe(true);
  });
});
