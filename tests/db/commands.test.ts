import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAction,
  createPerson,
  createTheme,
  deleteAction,
  deletePerson,
  deleteTheme,
  moveTheme,
  updateAction,
  updatePerson,
  updateTheme,
} from '../../src/db/commands/catalogue';
import {
  createPlan,
  deletePlan,
  setActivePlan,
  setSprintLength,
  updatePlan,
  updateSprint,
} from '../../src/db/commands/plans';
import {
  addChecklistItem,
  addNote,
  createTask,
  deleteNote,
  deleteTask,
  moveTask,
  setChecklist,
  updateTask,
} from '../../src/db/commands/tasks';
import { applyVersions } from '../../src/db/commands/versions';
import { CommandError } from '../../src/db/errors';
import { activePlanId, historyOfTask, planBundle, tasksOfSprint } from '../../src/db/queries';
import { db } from '../../src/db/schema';
import { setClock } from '../../src/lib/clock';

async function freshPlan() {
  const plan = await createPlan({
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  });
  const theme = await createTheme({
    planId: plan.id,
    name: 'Betrouwbare AI',
    label: 'betrouwbare AI',
    color: '#1d7a4f',
  });
  const bundle = (await planBundle(plan.id))!;
  return { plan, theme, sprints: bundle.sprints };
}

async function snapshot() {
  return Promise.all([
    db.tasks.toArray(),
    db.history.toArray(),
    db.themes.toArray(),
    db.sprints.toArray(),
  ]);
}

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('plans and sprints', () => {
  it('creates a plan with its sprints and makes it active', async () => {
    const { plan, sprints } = await freshPlan();
    expect(await activePlanId()).toBe(plan.id);
    expect(sprints.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sprints[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('stretches one sprint and the later ones follow, keeping ids and goals', async () => {
    const { plan, sprints } = await freshPlan();
    const s6 = sprints[5]!;
    await updateSprint(s6.id, { goal: 'Zomer' });
    await setSprintLength(s6.id, 8);
    const after = (await planBundle(plan.id))!.sprints;
    expect(after[5]).toMatchObject({ id: s6.id, goal: 'Zomer', lengthWeeks: 8, start: s6.start });
    expect(after[6]!.start).toBe('2025-09-29');
  });

  it('refuses a sprint length of 0 and changes nothing', async () => {
    const { plan } = await freshPlan();
    const before = await snapshot();
    await expect(
      updatePlan(plan.id, {
        sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 0 },
      }),
    ).rejects.toMatchObject({ code: 'sprint-length' });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a sprint with tasks when the calendar shrinks', async () => {
    const { plan, theme, sprints } = await freshPlan();
    await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: 'Laat werk',
      sprintId: sprints[8]!.id,
    });
    await updatePlan(plan.id, {
      sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 12 },
    });
    const after = (await planBundle(plan.id))!.sprints;
    expect(after.map((s) => s.id)).toContain(sprints[8]!.id);
  });

  it('keeps several plans side by side and deletes one whole', async () => {
    const a = await freshPlan();
    const b = await createPlan({
      name: 'Jaarplan AI 2026',
      year: 2026,
      sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
    });
    await createTask({ planId: a.plan.id, themeId: a.theme.id, title: 'x' });
    await setActivePlan(a.plan.id);
    await deletePlan(a.plan.id);
    expect(await db.tasks.count()).toBe(0);
    expect(await activePlanId()).toBe(b.id);
  });
});

describe('tasks', () => {
  it('creates a task with history and a rank below the others', async () => {
    const { plan, theme, sprints } = await freshPlan();
    const first = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: ' EU AI Act ',
      sprintId: sprints[3]!.id,
    });
    const second = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: 'DPIA',
      sprintId: sprints[3]!.id,
    });
    expect(first.title).toBe('EU AI Act');
    expect(second.rank).toBeGreaterThan(first.rank);
    expect((await historyOfTask(first.id)).map((h) => h.field)).toEqual(['created']);
    expect(await tasksOfSprint(plan.id, sprints[3]!.id)).toHaveLength(2);
    expect(await tasksOfSprint(plan.id, null)).toHaveLength(0);
  });

  it.each([
    ['', 'title-empty'],
    ['   ', 'title-empty'],
    ['x'.repeat(10000), 'title-too-long'],
  ])('refuses title %# (%s…) and stores nothing', async (title, code) => {
    const { plan, theme } = await freshPlan();
    const before = await snapshot();
    await expect(createTask({ planId: plan.id, themeId: theme.id, title })).rejects.toMatchObject({
      code,
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [{ dueDate: '2025-02-31' }, 'date-invalid'],
    [{ startDate: '2025-06-01', dueDate: '2025-05-01' }, 'due-before-start'],
    [{ title: '  ' }, 'title-empty'],
  ])('refuses edit %o and keeps the task as it was', async (patch, code) => {
    const { plan, theme } = await freshPlan();
    const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'Taak' });
    await expect(updateTask(task.id, patch)).rejects.toMatchObject({ code });
    expect(await db.tasks.get(task.id)).toEqual(task);
  });

  it('stores HTML and emoji as plain text', async () => {
    const { plan, theme } = await freshPlan();
    const task = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: '<img src=x onerror=alert(1)> 🤖',
    });
    expect((await db.tasks.get(task.id))!.title).toBe('<img src=x onerror=alert(1)> 🤖');
  });

  it('updates with status bookkeeping, updatedAt and history in one go', async () => {
    const { plan, theme, sprints } = await freshPlan();
    const task = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: 'Taak',
      status: 'in-uitvoering',
    });
    setClock(() => new Date('2025-05-21T09:00:00Z'));
    const { before, after } = await updateTask(task.id, {
      status: 'geblokkeerd',
      blockedReason: 'Wacht op juridische dienst',
      sprintId: sprints[3]!.id,
    });
    expect(before).toEqual(task);
    expect(after).toMatchObject({
      status: 'geblokkeerd',
      blockedSince: '2025-05-21',
      blockedReason: 'Wacht op juridische dienst',
      updatedAt: '2025-05-21T09:00:00.000Z',
    });
    const history = await historyOfTask(task.id);
    expect(history.map((h) => [h.field, h.to])).toEqual([
      ['created', 'in-uitvoering'],
      ['status', 'geblokkeerd'],
      ['sprintId', sprints[3]!.id],
    ]);
  });

  it('moves a task with re-ranked neighbours in one transaction', async () => {
    const { plan, theme } = await freshPlan();
    const a = await createTask({ planId: plan.id, themeId: theme.id, title: 'a' });
    const b = await createTask({ planId: plan.id, themeId: theme.id, title: 'b' });
    await moveTask(b.id, { rank: 1536, status: 'in-uitvoering' }, [{ id: a.id, rank: 2048 }]);
    expect((await db.tasks.get(a.id))!.rank).toBe(2048);
    expect((await db.tasks.get(b.id))!).toMatchObject({ rank: 1536, status: 'in-uitvoering' });
  });

  it('a failing move leaves the neighbours untouched', async () => {
    const { plan, theme } = await freshPlan();
    const a = await createTask({ planId: plan.id, themeId: theme.id, title: 'a' });
    await expect(moveTask('missing', { rank: 1 }, [{ id: a.id, rank: 99 }])).rejects.toBeInstanceOf(
      CommandError,
    );
    expect((await db.tasks.get(a.id))!.rank).toBe(a.rank);
  });

  it('deletes and restores a task (undo) with history for both', async () => {
    const { plan, theme } = await freshPlan();
    const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'Taak' });
    const removed = await deleteTask(task.id);
    expect(await db.tasks.get(task.id)).toBeUndefined();
    await applyVersions(plan.id, [{ id: task.id, version: removed }]);
    expect((await db.tasks.get(task.id))!.title).toBe('Taak');
    expect((await historyOfTask(task.id)).map((h) => h.field)).toEqual([
      'created',
      'deleted',
      'created',
    ]);
  });

  it('keeps checklist and notes (newest first)', async () => {
    const { plan, theme } = await freshPlan();
    const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'Taak' });
    await addChecklistItem(task.id, 'Stap 1');
    await addChecklistItem(task.id, 'Stap 2');
    await addNote(task.id, 'eerste', '2025-04-28');
    const { after } = await addNote(task.id, 'tweede', '2025-05-06');
    expect(after.checklist.map((c) => c.title)).toEqual(['Stap 1', 'Stap 2']);
    expect(after.notes.map((n) => n.text)).toEqual(['tweede', 'eerste']);
    await expect(addNote(task.id, '  ')).rejects.toMatchObject({ code: 'note-empty' });
    const { after: cleared } = await setChecklist(task.id, [
      { ...after.checklist[1]!, done: true },
    ]);
    expect(cleared.checklist).toEqual([
      { id: after.checklist[1]!.id, title: 'Stap 2', done: true },
    ]);
    expect((await deleteNote(task.id, after.notes[0]!.id)).after.notes).toHaveLength(1);
  });
});

describe('themes, actions and people', () => {
  it('refuses to delete a theme with tasks unless they move', async () => {
    const { plan, theme } = await freshPlan();
    const other = await createTheme({
      planId: plan.id,
      name: 'Strategie en doelstellingen',
      label: 'strategie',
      color: '#1f5fa8',
    });
    const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'Taak' });
    await expect(deleteTheme(theme.id, null)).rejects.toMatchObject({
      code: 'theme-has-tasks',
    });
    await deleteTheme(theme.id, other.id);
    expect((await db.tasks.get(task.id))!.themeId).toBe(other.id);
    expect(await db.themes.get(theme.id)).toBeUndefined();
  });

  it('reorders and renames themes', async () => {
    const { plan, theme } = await freshPlan();
    const other = await createTheme({
      planId: plan.id,
      name: 'Strategie',
      label: 'strategie',
      color: '#1f5fa8',
    });
    await moveTheme(other.id, -1);
    await updateTheme(theme.id, { name: 'Betrouwbare en veilige AI' });
    const themes = (await planBundle(plan.id))!.themes;
    expect(themes.map((t) => t.name)).toEqual(['Strategie', 'Betrouwbare en veilige AI']);
  });

  it('deleting an action keeps its tasks', async () => {
    const { plan, theme } = await freshPlan();
    const action = await createAction({
      planId: plan.id,
      themeId: theme.id,
      title: 'EU AI Act',
    });
    await updateAction(action.id, { description: 'Wat geldt in 2025?' });
    const task = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: 'Taak',
      actionId: action.id,
    });
    await deleteAction(action.id);
    expect((await db.tasks.get(task.id))!.actionId).toBeNull();
  });

  it('deleting a person unassigns them', async () => {
    const { plan, theme } = await freshPlan();
    const p = await createPerson({
      planId: plan.id,
      name: 'Data & Informatie',
      role: 'Data & Informatie',
    });
    expect(p.initials).toBe('DI');
    await updatePerson(p.id, { initials: 'DA' });
    const task = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: 'Taak',
      assigneeIds: [p.id],
    });
    await deletePerson(p.id);
    expect((await db.tasks.get(task.id))!.assigneeIds).toEqual([]);
  });
});

describe('write errors', () => {
  it('turns a full disk into a Dutch-translatable code', async () => {
    const { toCommandError } = await import('../../src/db/errors');
    expect(toCommandError(Object.assign(new Error('x'), { name: 'QuotaExceededError' })).code).toBe(
      'quota',
    );
    expect(toCommandError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).code).toBe(
      'quota',
    );
    expect(toCommandError(new Error('boom')).code).toBe('write-failed');
  });
});
