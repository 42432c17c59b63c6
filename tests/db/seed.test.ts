import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_STORY_DAY, demoRows, resetDemo, seedDemoIfEmpty } from '../../src/db/seed';
import { buildSprintReport } from '../../src/domain/report';
import { activePlanId, planBundle, tasksOfPlan } from '../../src/db/queries';
import { db } from '../../src/db/schema';
import { createPlan } from '../../src/db/commands/plans';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('demo plan', () => {
  const rows = demoRows();
  const sprint4 = rows.sprints.find((s) => s.number === 4)!;

  it('has the six themes of 2025 in order and the team by role', () => {
    expect(rows.plan.name).toBe('Jaarplan AI 2025');
    expect(rows.themes.map((t) => t.label)).toEqual([
      'strategie',
      'rollen',
      'verandermanagement',
      'betrouwbare AI',
      'use cases',
      'productiviteit',
    ]);
    expect(rows.people.map((p) => p.role).sort()).toEqual(
      [
        'Business-analist',
        'Communicatie',
        'Communitymanager',
        'Data & Informatie',
        'HR',
        'Innovatiestrateeg',
        'Programmamanager',
        'Publiekszaken',
      ].sort(),
    );
    for (const theme of rows.themes)
      expect(rows.actions.filter((a) => a.themeId === theme.id).length).toBeGreaterThanOrEqual(2);
  });

  it('puts the eleven board tasks in sprint 4, 28 apr – 8 jun 2025', () => {
    expect(sprint4).toMatchObject({ start: '2025-04-28', end: '2025-06-08' });
    const board: Array<[string, string, string | null]> = [
      ["Afstemming voorstel AI-fonds met SBP's", 'backlog', null],
      ['AI-readiness-enquête invullen', 'gepland', '2025-06-08'],
      ['Opvolgen (opmaak van) MJP', 'in-uitvoering', '2025-06-08'],
      ['Opstellen van een DPIA M365 Copilot', 'in-uitvoering', '2025-06-08'],
      ['Samenstelling en rollen kernteam wijzigen waar nodig', 'geblokkeerd', null],
      ['Werking kernteam: gebruik MS Loop i.p.v. OneNote?', 'in-uitvoering', '2025-06-08'],
      ['Kennisdeling: AI-projectshowcases', 'in-uitvoering', '2025-06-08'],
      ['Online videotraining Schrijven met AI (Scriptorij)', 'in-uitvoering', '2025-06-08'],
      ['Opleiding prompting – klassikale sessie', 'in-uitvoering', null],
      ['EU AI Act: welke artikels verder actief in 2025?', 'gepland', '2025-06-08'],
      ['Uitwerken rol CAICO', 'in-uitvoering', '2025-06-08'],
    ];
    for (const [title, status, due] of board) {
      const task = rows.tasks.find((t) => t.title === title);
      expect(task, title).toMatchObject({ status, dueDate: due, sprintId: sprint4.id });
    }
    const caico = rows.tasks.find((t) => t.title === 'Uitwerken rol CAICO')!;
    expect(caico.notes.map((n) => n.date)).toEqual(['2025-05-06', '2025-04-28']);
  });

  it('looks like a real year: 60–120 tasks, blocked with reasons, done and carried over', () => {
    expect(rows.tasks.length).toBeGreaterThanOrEqual(60);
    expect(rows.tasks.length).toBeLessThanOrEqual(120);
    const blocked = rows.tasks.filter((t) => t.status === 'geblokkeerd');
    expect(blocked.length).toBeGreaterThanOrEqual(3);
    for (const t of blocked)
      expect(t.blockedReason.length > 0 && t.blockedSince !== null, t.title).toBe(true);
    expect(
      rows.tasks.filter((t) => t.status === 'afgerond').every((t) => t.completedAt !== null),
    ).toBe(true);
    expect(rows.tasks.filter((t) => t.carryOverCount > 0).length).toBeGreaterThanOrEqual(3);
    expect(rows.tasks.some((t) => t.blockedBy.length > 0)).toBe(true);
    expect(new Set(rows.tasks.map((t) => t.sprintId)).size).toBeGreaterThanOrEqual(9);
  });

  it('has a history for every task that starts with its creation', () => {
    for (const task of rows.tasks) {
      const lines = rows.history.filter((h) => h.taskId === task.id);
      expect(lines[0]?.field, task.title).toBe('created');
      for (const line of lines)
        expect(line.at >= task.createdAt, `${task.title}: ${line.field}`).toBe(true);
    }
  });

  it('tells sprint 4 as of its story day: its report and burn-up agree with the board', () => {
    const tasks = rows.tasks.filter((t) => t.sprintId === sprint4.id);
    const report = buildSprintReport({
      ...rows,
      sprint: sprint4,
      tasks,
      planTasks: rows.tasks,
      today: DEMO_STORY_DAY,
    });
    const last = report.burnUp[report.burnUp.length - 1]!;
    expect(last.date).toBe(DEMO_STORY_DAY);
    expect(last.scope).toBe(report.totals.total);
    expect(last.done).toBe(report.totals.done);
    expect(report.totals.total).toBe(
      report.totals.planned + report.totals.added - report.totals.removed,
    );
    const sprintTaskIds = new Set(
      rows.tasks.filter((t) => t.sprintId === sprint4.id).map((t) => t.id),
    );
    const later = rows.history.filter(
      (h) => sprintTaskIds.has(h.taskId) && h.at.slice(0, 10) > DEMO_STORY_DAY,
    );
    expect(later).toEqual([]);
  });

  it('lives on its story day: the plan carries it and nothing in any seeded row happens after it', () => {
    expect(rows.plan.storyDay).toBe(DEMO_STORY_DAY);
    const after = (day: string | null | undefined) => !!day && day.slice(0, 10) > DEMO_STORY_DAY;
    const titleOf = new Map(rows.tasks.map((t) => [t.id, t.title]));
    const late = [
      ...rows.history
        .filter((h) => after(h.at))
        .map((h) => `history ${h.field} of ${titleOf.get(h.taskId)}`),
      ...rows.tasks.flatMap((t) =>
        (
          [
            ['createdAt', t.createdAt],
            ['updatedAt', t.updatedAt],
            ['completedAt', t.completedAt],
            ['blockedSince', t.blockedSince],
            ...t.notes.map((n) => ['note', n.date] as const),
          ] as const
        )
          .filter(([, day]) => after(day))
          .map(([field]) => `${field} of ${t.title}`),
      ),
      ...[rows.plan, ...rows.themes, ...rows.actions]
        .filter((r) => after(r.updatedAt))
        .map((r) => `updatedAt of ${r.id}`),
      ...rows.sprints.filter((s) => s.closedAt !== null).map((s) => `sprint ${s.number} closed`),
    ];
    expect(late).toEqual([]);
  });

  it('has no work started, done or carried over in the sprints that start after its story day', () => {
    const later = new Set(rows.sprints.filter((s) => s.start > DEMO_STORY_DAY).map((s) => s.id));
    expect(later.size).toBeGreaterThan(0);
    const inLater = rows.tasks.filter((t) => t.sprintId !== null && later.has(t.sprintId));
    expect(inLater.length).toBeGreaterThan(10);
    expect(
      inLater
        .filter((t) => t.status === 'in-uitvoering' || t.status === 'afgerond')
        .map((t) => t.title),
    ).toEqual([]);
    // Carried over from a sprint that has not ended yet would be a move in the future; only the
    // story's own sprint may already have handed work on (mid-sprint, before the story day).
    const moves = rows.history.filter(
      (h) => h.field === 'sprintId' && typeof h.from === 'string' && later.has(h.from),
    );
    expect(moves).toEqual([]);
  });
});

describe('seeding', () => {
  it('seeds an empty database once', async () => {
    expect(await seedDemoIfEmpty()).toBe(true);
    expect(await seedDemoIfEmpty()).toBe(false);
    expect(await db.plans.count()).toBe(1);
    const planId = (await activePlanId())!;
    expect((await planBundle(planId))!.themes).toHaveLength(6);
  });

  it('does not seed a database that has a plan', async () => {
    await createPlan({
      name: 'Eigen plan',
      year: 2026,
      sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
    });
    expect(await seedDemoIfEmpty()).toBe(false);
    expect(await db.tasks.count()).toBe(0);
  });

  it('resets the demo plan without touching other plans', async () => {
    await seedDemoIfEmpty();
    const own = await createPlan({
      name: 'Eigen plan',
      year: 2026,
      sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
    });
    const demoId = (await db.meta.get('demoPlanId'))!.value as string;
    await db.tasks.where('planId').equals(demoId).delete();
    const { planId: fresh } = await resetDemo();
    expect(fresh).not.toBe(demoId);
    expect(await db.plans.get(own.id)).toBeDefined();
    expect((await tasksOfPlan(fresh)).length).toBe(demoRows().tasks.length);
    expect(await db.plans.count()).toBe(2);
  });
});
