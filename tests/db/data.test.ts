import { REPAIR_NAMES } from '../builders';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportAll, restoreBackup } from '../../src/db/commands/backup';
import { importPlanner } from '../../src/db/commands/plannerImport';
import { createPlan } from '../../src/db/commands/plans';
import { createTask, updateTask } from '../../src/db/commands/tasks';
import { activePlanId, planBundle } from '../../src/db/queries';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { makeBackup, parseBackup, type Backup } from '../../src/domain/backup';
import { parsePlanner, type ImportRow, type PlannerImport } from '../../src/domain/import/planner';
import { readXlsx } from '../../src/features/data/readXlsx';
import { setClock } from '../../src/lib/clock';

const FIXTURE = path.resolve(__dirname, '../../../shared/fixtures/planner-export-2021.xlsx');

async function snapshot() {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

async function seedDemo(): Promise<string> {
  const rows = demoRows();
  await writePlanRows(rows);
  return rows.plan.id;
}

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('backup and restore', () => {
  async function backupText(): Promise<string> {
    return JSON.stringify(makeBackup(await exportAll(), '2025-05-20T10:00:00.000Z'));
  }

  it('restores a backup into an empty database with every field intact', async () => {
    const planId = await seedDemo();
    await createTask({
      planId,
      themeId: (await planBundle(planId))!.themes[0]!.id,
      title: 'Met alles erop',
      checklist: [{ id: 'c1', title: 'Stap', done: true }],
      notes: [{ id: 'n1', date: '2025-05-19', text: 'Notitie' }],
      plannerId: 'PL-1',
    });
    const before = await exportAll();
    const text = await backupText();

    await db.delete();
    await db.open();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    await restoreBackup(parsed.backup, REPAIR_NAMES);

    expect(await exportAll()).toEqual(before);
    expect(await activePlanId()).toBe(planId);
    expect((await db.meta.get('seeded'))?.value).toBe(true);
  });

  it('replaces what was there and opens the active plan of the backup', async () => {
    const demoId = await seedDemo();
    const other = await createPlan({
      name: 'Jaarplan AI 2026',
      year: 2026,
      sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
    });
    const exported = await exportAll();
    expect(exported.plans[0]!.id).toBe(other.id);
    const backup = makeBackup(
      {
        ...exported,
        plans: exported.plans.filter((p) => p.id === demoId),
        sprints: exported.sprints.filter((s) => s.planId === demoId),
      },
      '2025-05-20T10:00:00.000Z',
    );
    await restoreBackup(backup, REPAIR_NAMES);
    expect((await db.plans.toArray()).map((p) => p.name)).toEqual(['Jaarplan AI 2025']);
    expect(await activePlanId()).toBe(demoId);
  });

  it('refuses a corrupt backup and changes nothing', async () => {
    await seedDemo();
    const good = JSON.parse(await backupText()) as Backup;
    const before = await snapshot();
    const broken = {
      ...good,
      data: { ...good.data, tasks: [{ ...good.data.tasks[0], id: undefined }] },
    };
    await expect(restoreBackup(broken as unknown as Backup, REPAIR_NAMES)).rejects.toMatchObject({
      code: 'backup-invalid',
    });
    await expect(restoreBackup({ ...good, version: 9 }, REPAIR_NAMES)).rejects.toMatchObject({
      code: 'backup-invalid',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the current data untouched when writing fails halfway', async () => {
    await seedDemo();
    const good = JSON.parse(await backupText()) as Backup;
    await createTask({
      planId: good.data.plans[0]!.id,
      themeId: good.data.themes[0]!.id,
      title: 'Na de back-up',
    });
    const before = await snapshot();
    const failing = vi.spyOn(db.history, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(restoreBackup(good, REPAIR_NAMES)).rejects.toMatchObject({ code: 'write-failed' });
    expect(failing).toHaveBeenCalledTimes(1);
    expect(await snapshot()).toEqual(before);
  });
});

describe('Planner import of the real export (632 tasks)', () => {
  let matrix: unknown[][];
  beforeEach(async () => {
    if (matrix) return;
    const read = await readXlsx(new Blob([await readFile(FIXTURE)]));
    if (!read.ok) throw new Error(read.problem);
    matrix = read.matrix;
  }, 30_000);

  async function preview(planId: string, bucketMap = {}): Promise<PlannerImport> {
    const result = parsePlanner(matrix, {
      sprints: (await planBundle(planId))!.sprints,
      bucketMap,
    });
    if (!result.ok) throw new Error(result.problem);
    return result;
  }

  it('previews the file: counts, buckets to map, labels and people', async () => {
    const planId = await seedDemo();
    const result = await preview(planId);
    expect(result.planName).toBe('Innovation Planning');
    expect(result.counts).toMatchObject({ rows: 632, tasks: 632, skipped: 0 });
    expect(result.counts.byStatus.afgerond).toBe(580);
    expect(result.counts.byStatus['in-uitvoering']).toBe(22);
    expect(result.unknownBuckets.sort()).toEqual([
      'Community',
      'Curriculum',
      'Other',
      'Professional Growth',
      'Resources',
    ]);
    expect(result.labels.sort()).toEqual([
      'Administrative & Meetings',
      'Coaching',
      'Learning',
      'Projects',
      'Teaching',
      'Training',
    ]);
    expect(result.people).toHaveLength(13);
    // The 2018-2021 due dates fall in no sprint of the 2025 plan.
    expect(result.counts.inSprint).toBe(0);
  });

  it('imports tasks that fall in no sprint by the backlog rule: only Backlog, Geblokkeerd or Afgerond', async () => {
    const planId = await seedDemo();
    const result = await preview(planId);
    await importPlanner(planId, result.rows, {
      unlabeledName: 'Zonder label',
      names: REPAIR_NAMES,
    });
    const imported = await db.tasks
      .where('planId')
      .equals(planId)
      .filter((t) => t.plannerId !== null)
      .toArray();
    const statuses = new Set(imported.map((t) => t.status));
    // 22 rows are "in progress" in Planner, but none of them lands in a sprint of this plan.
    expect([...statuses].sort()).toEqual(['afgerond', 'backlog']);
    expect(imported.filter((t) => t.status === 'backlog')).toHaveLength(632 - 580);
  });

  it('imports once, and a second import of the same file updates instead of duplicating', async () => {
    const planId = await seedDemo();
    const tasksBefore = await db.tasks.count();
    const result = await preview(planId, { Curriculum: 'backlog' });

    const first = await importPlanner(planId, result.rows, {
      unlabeledName: 'Zonder label',
      names: REPAIR_NAMES,
    });
    // The real export is whole: the repair that every import passes through finds nothing.
    expect(first).toEqual({
      created: 632,
      updated: 0,
      themesCreated: 7,
      peopleCreated: 13,
      repairs: [],
    });
    const imported = await db.tasks
      .where('planId')
      .equals(planId)
      .filter((t) => t.plannerId !== null)
      .toArray();
    expect(imported).toHaveLength(632);
    expect(new Set(imported.map((t) => t.plannerId)).size).toBe(632);
    const sample = imported.find((t) => t.plannerId === '6vP5v-9HG0Op5uOg45PT58gAK9Z_')!;
    const bundle = (await planBundle(planId))!;
    expect(sample).toMatchObject({
      title: 'Assign Learning A-Z licenses',
      status: 'backlog',
      dueDate: '2021-05-06',
      sprintId: null,
      createdAt: '2021-05-04T12:00:00.000Z',
      checklist: [
        { title: "Done with F-G2, Ciaran's and G4-5", done: false },
        { title: "Need to work on Jessica's classes and Jennifer's", done: false },
      ],
    });
    expect(bundle.themes.find((t) => t.id === sample.themeId)?.label).toBe('Zonder label');
    expect(
      bundle.people.filter((p) => sample.assigneeIds.includes(p.id)).map((p) => p.name),
    ).toEqual(['Tina Peji']);
    expect(await db.history.where('taskId').equals(sample.id).toArray()).toMatchObject([
      { field: 'created' },
    ]);

    const second = await importPlanner(planId, result.rows, {
      unlabeledName: 'Zonder label',
      names: REPAIR_NAMES,
    });
    expect(second).toEqual({
      created: 0,
      updated: 632,
      themesCreated: 0,
      peopleCreated: 0,
      repairs: [],
    });
    expect(await db.tasks.count()).toBe(tasksBefore + 632);
    const again = await db.tasks.get(sample.id);
    expect(again?.checklist.map((c) => c.id)).toEqual(sample.checklist.map((c) => c.id));
    expect((await planBundle(planId))!.themes).toHaveLength(bundle.themes.length);
  }, 60_000);

  it('keeps the sprint the team chose when Planner has no due date, and updates the title', async () => {
    const planId = await seedDemo();
    const { rows } = await preview(planId);
    await importPlanner(planId, rows, { unlabeledName: 'Zonder label', names: REPAIR_NAMES });
    const sprint4 = (await planBundle(planId))!.sprints[3]!;
    const undated = rows.find((r) => r.task?.dueDate === null)!.task!;
    const task = (await db.tasks.where('plannerId').equals(undated.plannerId!).first())!;
    await updateTask(task.id, { sprintId: sprint4.id });
    const changed: ImportRow[] = [
      { row: 6, problems: [], task: { ...undated, title: 'Nieuwe titel' } },
    ];
    await importPlanner(planId, changed, { unlabeledName: 'Zonder label', names: REPAIR_NAMES });
    expect(await db.tasks.get(task.id)).toMatchObject({
      title: 'Nieuwe titel',
      sprintId: sprint4.id,
    });
  }, 60_000);

  it.each<[string, (planId: string, rows: ImportRow[]) => Promise<unknown>, string]>([
    [
      'an unknown plan',
      (_p, rows) =>
        importPlanner('nope', rows, { unlabeledName: 'Zonder label', names: REPAIR_NAMES }),
      'plan-missing',
    ],
    [
      'a row with an empty title',
      (p, rows) =>
        importPlanner(
          p,
          [
            ...rows,
            { row: 999, problems: [], task: { ...rows[0]!.task!, plannerId: 'X', title: ' ' } },
          ],
          {
            unlabeledName: 'Zonder label',
            names: REPAIR_NAMES,
          },
        ),
      'title-empty',
    ],
    [
      'a row with a due date before its start',
      (p, rows) =>
        importPlanner(
          p,
          [
            ...rows,
            {
              row: 999,
              problems: [],
              task: {
                ...rows[0]!.task!,
                plannerId: 'Y',
                startDate: '2021-06-01',
                dueDate: '2021-05-01',
              },
            },
          ],
          { unlabeledName: 'Zonder label', names: REPAIR_NAMES },
        ),
      'due-before-start',
    ],
  ])(
    'refuses %s and writes nothing',
    async (_name, run, code) => {
      const planId = await seedDemo();
      const { rows } = await preview(planId);
      const before = await snapshot();
      await expect(run(planId, rows)).rejects.toMatchObject({ code });
      expect(await snapshot()).toEqual(before);
    },
    60_000,
  );
});
