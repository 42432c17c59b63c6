import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editTask, redo, setSprintGoal, undo } from '../../src/app/writes';
import { createAction, createPerson, createTheme } from '../../src/db/commands/catalogue';
import { importPlanner } from '../../src/db/commands/plannerImport';
import { createPlan, deletePlan, setActivePlan, updateSprint } from '../../src/db/commands/plans';
import { closeSprint } from '../../src/db/commands/sprintClose';
import { createTask } from '../../src/db/commands/tasks';
import { applyVersions } from '../../src/db/commands/versions';
import { CommandError } from '../../src/db/errors';
import { planBundle } from '../../src/db/queries';
import { db } from '../../src/db/schema';
import { resetDemo } from '../../src/db/seed';
import { setClock } from '../../src/lib/clock';
import { useToasts } from '../../src/state/toast';
import { useUndo } from '../../src/state/undo';
import { aTask, REPAIR_NAMES } from '../builders';

// Bug 2, "Undo outlives its plan": an undo step belongs to the plan it was made in, and no command
// writes rows into a plan that no longer exists.

async function planWithTask(name: string) {
  const plan = await createPlan({
    name,
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  });
  const theme = await createTheme({
    planId: plan.id,
    name: 'Betrouwbare AI',
    label: 'betrouwbare AI',
    color: '#1d7a4f',
  });
  const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'DPIA Copilot' });
  const sprints = (await planBundle(plan.id))!.sprints;
  return { plan, theme, task, sprint: sprints[0]! };
}

const rowsOfPlan = async (planId: string) =>
  (
    await Promise.all(
      [db.themes, db.actions, db.tasks, db.sprints, db.people, db.history].map((t) =>
        t.where('planId').equals(planId).count(),
      ),
    )
  ).reduce((a, b) => a + b, 0);

const lastToast = () => useToasts.getState().toasts.at(-1)?.message;

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
  useUndo.getState().clear();
  useToasts.setState({ toasts: [] });
});
afterEach(() => setClock(null));

describe('undo is scoped to the plan it was recorded in', () => {
  it('after switching plans, Ctrl+Z leaves the other plan as it is and says there is nothing to undo here', async () => {
    const a = await planWithTask('Jaarplan A');
    await editTask(a.task.id, { title: 'Gewijzigd in A' });
    await planWithTask('Jaarplan B');

    expect(await undo()).toEqual({ ok: false, code: 'nothing-to-undo' });
    expect((await db.tasks.get(a.task.id))!.title).toBe('Gewijzigd in A');
    expect(lastToast()).toBe('Er is niets ongedaan te maken in dit jaarplan.');
  });

  it('undoes the change again once its plan is the open one', async () => {
    const a = await planWithTask('Jaarplan A');
    await editTask(a.task.id, { title: 'Gewijzigd in A' });
    await planWithTask('Jaarplan B');
    await setActivePlan(a.plan.id);

    expect((await undo()).ok).toBe(true);
    expect((await db.tasks.get(a.task.id))!.title).toBe('DPIA Copilot');
  });

  it('undoes the changes of the open plan, not the later ones of another plan', async () => {
    const a = await planWithTask('Jaarplan A');
    await editTask(a.task.id, { title: 'Eerst in A' });
    const b = await planWithTask('Jaarplan B');
    await editTask(b.task.id, { title: 'Later in B' });
    await setActivePlan(a.plan.id);

    expect((await undo()).ok).toBe(true);
    expect((await db.tasks.get(a.task.id))!.title).toBe('DPIA Copilot');
    expect((await db.tasks.get(b.task.id))!.title).toBe('Later in B');
  });

  it('a change in one plan keeps the redo steps of another plan', async () => {
    const a = await planWithTask('Jaarplan A');
    await editTask(a.task.id, { title: 'Gewijzigd in A' });
    await undo();
    const b = await planWithTask('Jaarplan B');
    await editTask(b.task.id, { title: 'Gewijzigd in B' });
    await setActivePlan(a.plan.id);

    expect((await redo()).ok).toBe(true);
    expect((await db.tasks.get(a.task.id))!.title).toBe('Gewijzigd in A');
  });

  it('after deleting a plan, Ctrl+Z writes no row of it back', async () => {
    const a = await planWithTask('Jaarplan A');
    await planWithTask('Jaarplan B');
    await setActivePlan(a.plan.id);
    await editTask(a.task.id, { title: 'Gewijzigd in A' });
    await deletePlan(a.plan.id);

    expect(await undo()).toEqual({ ok: false, code: 'nothing-to-undo' });
    expect(await rowsOfPlan(a.plan.id)).toBe(0);
    expect(await db.tasks.get(a.task.id)).toBeUndefined();
  });

  it('after resetting the demo, Ctrl+Z writes no row of the old demo plan back', async () => {
    const { planId: oldDemo } = await resetDemo();
    const task = (await db.tasks.where('planId').equals(oldDemo).first())!;
    await editTask(task.id, { title: 'Gewijzigd in de oude demo' });
    const { planId: newDemo } = await resetDemo();
    await setActivePlan(newDemo);

    expect(await undo()).toEqual({ ok: false, code: 'nothing-to-undo' });
    expect(await rowsOfPlan(oldDemo)).toBe(0);
  });

  it('an undo step of a sprint goal belongs to the sprint’s plan', async () => {
    const a = await planWithTask('Jaarplan A');
    await setSprintGoal(a.sprint, 'DPIA rond');
    await planWithTask('Jaarplan B');

    expect((await undo()).ok).toBe(false);
    expect((await db.sprints.get(a.sprint.id))!.goal).toBe('DPIA rond');
  });
});

describe('applyVersions (the write behind undo and redo)', () => {
  it('refuses versions of a deleted plan with plan-missing and writes nothing', async () => {
    const a = await planWithTask('Jaarplan A');
    await planWithTask('Jaarplan B');
    await deletePlan(a.plan.id);

    const error = await applyVersions(a.plan.id, [{ id: a.task.id, version: a.task }]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe('plan-missing');
    expect(await rowsOfPlan(a.plan.id)).toBe(0);
  });

  it('refuses a version that belongs to another plan than the one named', async () => {
    const a = await planWithTask('Jaarplan A');
    const b = await planWithTask('Jaarplan B');
    const stray = aTask({ id: 'stray', planId: a.plan.id, themeId: a.theme.id });

    await expect(
      applyVersions(b.plan.id, [{ id: stray.id, version: stray }]),
    ).rejects.toMatchObject({ code: 'plan-missing' });
    expect(await db.tasks.get('stray')).toBeUndefined();
  });
});

describe('every command refuses to write into a plan that does not exist', () => {
  const CASES: Array<
    [string, (gone: Awaited<ReturnType<typeof planWithTask>>) => Promise<unknown>]
  > = [
    [
      'a new task',
      (g) => createTask({ planId: g.plan.id, themeId: g.theme.id, title: 'Nieuwe taak' }),
    ],
    [
      'a new label',
      (g) => createTheme({ planId: g.plan.id, name: 'Nieuw', label: 'nieuw', color: '#1f5fa8' }),
    ],
    [
      'a new action',
      (g) => createAction({ planId: g.plan.id, themeId: g.theme.id, title: 'Nieuwe actie' }),
    ],
    ['a new person', (g) => createPerson({ planId: g.plan.id, name: 'Ann Peeters', role: '' })],
    [
      'a Planner import',
      (g) => importPlanner(g.plan.id, [], { unlabeledName: 'Zonder label', names: REPAIR_NAMES }),
    ],
    ['switching to it', (g) => setActivePlan(g.plan.id)],
  ];

  it.each(CASES)('%s is refused with plan-missing and stores nothing', async (_what, run) => {
    const gone = await planWithTask('Jaarplan A');
    await planWithTask('Jaarplan B');
    await deletePlan(gone.plan.id);

    await expect(run(gone)).rejects.toMatchObject({ code: 'plan-missing' });
    expect(await rowsOfPlan(gone.plan.id)).toBe(0);
  });

  // Rows left behind by an older version or another tab: their plan row is gone.
  async function orphaned() {
    const a = await planWithTask('Jaarplan A');
    await db.plans.delete(a.plan.id);
    return a;
  }

  it('an edit of a task whose plan is gone is refused with plan-missing and changes nothing', async () => {
    const a = await orphaned();
    expect(await editTask(a.task.id, { title: 'Wees' })).toEqual({
      ok: false,
      code: 'plan-missing',
    });
    expect((await db.tasks.get(a.task.id))!.title).toBe('DPIA Copilot');
  });

  it.each<[string, (sprintId: string) => Promise<unknown>]>([
    ['a sprint goal', (id) => updateSprint(id, { goal: 'x' })],
    ['a sprint close', (id) => closeSprint(id, {})],
  ])('%s in a plan that is gone is refused with plan-missing', async (_what, run) => {
    const a = await orphaned();
    await expect(run(a.sprint.id)).rejects.toMatchObject({ code: 'plan-missing' });
    expect(await db.sprints.get(a.sprint.id)).toEqual(a.sprint);
  });
});
