import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTheme } from '../../src/db/commands/catalogue';
import { createPlan, updatePlan } from '../../src/db/commands/plans';
import { closeSprint } from '../../src/db/commands/sprintClose';
import { createTask } from '../../src/db/commands/tasks';
import { CommandError } from '../../src/db/errors';
import { historyOfTask, planBundle } from '../../src/db/queries';
import { db } from '../../src/db/schema';
import { setClock } from '../../src/lib/clock';
import { closeSprintUndoable, redo, setSprintGoal, undo } from '../../src/app/writes';
import { useUndo } from '../../src/state/undo';

async function sprintWithTasks() {
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
  const sprints = (await planBundle(plan.id))!.sprints;
  const s4 = sprints[3]!;
  const s5 = sprints[4]!;
  const make = (title: string, fields: Partial<Parameters<typeof createTask>[0]> = {}) =>
    createTask({ planId: plan.id, themeId: theme.id, title, sprintId: s4.id, ...fields });
  const done = await make('EU AI Act lezen', { status: 'afgerond' });
  const busy = await make('DPIA M365 Copilot', { status: 'in-uitvoering', carryOverCount: 1 });
  const planned = await make('CAICO-rol uitwerken', { status: 'gepland' });
  const blocked = await make('Kernteam herschikken', {
    status: 'geblokkeerd',
    blockedReason: 'Wacht op directie',
  });
  return { plan, theme, s4, s5, sprints, done, busy, planned, blocked };
}

async function tables() {
  return Promise.all([db.tasks.toArray(), db.history.toArray(), db.sprints.toArray()]);
}

beforeEach(async () => {
  setClock(() => new Date('2025-06-08T15:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('closeSprint', () => {
  it('moves unfinished tasks to the next sprint by default and raises their carry-over', async () => {
    const { s4, s5, done, busy, planned, blocked } = await sprintWithTasks();
    const result = await closeSprint(s4.id, {});
    expect(result.moved.map((m) => m.after.id).sort()).toEqual(
      [busy.id, planned.id, blocked.id].sort(),
    );
    expect(await db.tasks.get(busy.id)).toMatchObject({
      sprintId: s5.id,
      carryOverCount: 2,
      status: 'in-uitvoering',
    });
    expect(await db.tasks.get(planned.id)).toMatchObject({
      sprintId: s5.id,
      carryOverCount: 1,
      status: 'gepland',
    });
    expect(await db.tasks.get(blocked.id)).toMatchObject({
      sprintId: s5.id,
      status: 'geblokkeerd',
      blockedReason: 'Wacht op directie',
    });
    expect(await db.tasks.get(done.id)).toMatchObject({ sprintId: s4.id, carryOverCount: 0 });
  });

  it('marks the sprint closed with a frozen snapshot of all its tasks', async () => {
    const { s4, busy } = await sprintWithTasks();
    await closeSprint(s4.id, {});
    const stored = await db.sprints.get(s4.id);
    expect(stored!.closedAt).toBe('2025-06-08T15:00:00.000Z');
    expect(stored!.snapshot).toHaveLength(4);
    expect(stored!.snapshot!.find((t) => t.id === busy.id)).toMatchObject({
      sprintId: s4.id,
      carryOverCount: 1,
    });
  });

  it('follows the decision per task: backlog, keep', async () => {
    const { s4, busy, planned, blocked } = await sprintWithTasks();
    await closeSprint(s4.id, {
      [planned.id]: 'backlog',
      [busy.id]: 'keep',
      [blocked.id]: 'backlog',
    });
    expect(await db.tasks.get(planned.id)).toMatchObject({
      sprintId: null,
      status: 'backlog',
      carryOverCount: 1,
    });
    expect(await db.tasks.get(blocked.id)).toMatchObject({
      sprintId: null,
      status: 'geblokkeerd',
      carryOverCount: 1,
    });
    expect(await db.tasks.get(busy.id)).toMatchObject({ sprintId: s4.id, carryOverCount: 1 });
  });

  it('writes the move in the history of each moved task', async () => {
    const { s4, s5, busy, planned } = await sprintWithTasks();
    await closeSprint(s4.id, { [planned.id]: 'backlog' });
    const busyLines = await historyOfTask(busy.id);
    expect(busyLines.at(-1)).toMatchObject({ field: 'sprintId', from: s4.id, to: s5.id });
    const plannedLines = (await historyOfTask(planned.id)).map((h) => [h.field, h.from, h.to]);
    expect(plannedLines).toContainEqual(['status', 'gepland', 'backlog']);
    expect(plannedLines).toContainEqual(['sprintId', s4.id, null]);
  });

  it('refuses a sprint that is already closed and changes nothing', async () => {
    const { s4 } = await sprintWithTasks();
    await closeSprint(s4.id, {});
    const before = await tables();
    const error = await closeSprint(s4.id, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: 'sprint-closed' });
    expect(await tables()).toEqual(before);
  });

  it('refuses an unknown sprint and changes nothing', async () => {
    await sprintWithTasks();
    const before = await tables();
    await expect(closeSprint('nope', {})).rejects.toMatchObject({ code: 'not-found' });
    expect(await tables()).toEqual(before);
  });

  it('sends everything to the backlog when the last sprint closes', async () => {
    const { plan, theme, sprints } = await sprintWithTasks();
    const last = sprints.at(-1)!;
    const task = await createTask({
      planId: plan.id,
      themeId: theme.id,
      title: 'Laatste',
      sprintId: last.id,
      status: 'in-uitvoering',
    });
    await closeSprint(last.id, {});
    expect(await db.tasks.get(task.id)).toMatchObject({ sprintId: null, carryOverCount: 1 });
  });

  it('keeps the close when the calendar is rebuilt', async () => {
    const { plan, s4 } = await sprintWithTasks();
    await closeSprint(s4.id, {});
    await updatePlan(plan.id, { name: 'Jaarplan AI 2025 (herzien)' });
    expect((await db.sprints.get(s4.id))!.closedAt).not.toBeNull();
  });
});

describe('undo and redo of a sprint close and a sprint goal', () => {
  it('puts every moved task and the open sprint back in one step, and redoes the close', async () => {
    const { s4, s5, busy, planned } = await sprintWithTasks();
    useUndo.setState({ past: [], future: [] });
    const result = await closeSprintUndoable(s4.id, { [planned.id]: 'backlog' });
    expect(result.ok && result.value.moved).toHaveLength(3);

    expect((await undo()).ok).toBe(true);
    const reopened = (await db.sprints.get(s4.id))!;
    expect(reopened.closedAt).toBeNull();
    expect(reopened.snapshot).toBeNull();
    const afterUndo = await db.tasks.bulkGet([busy.id, planned.id]);
    expect(afterUndo.map((t) => [t?.sprintId, t?.carryOverCount])).toEqual([
      [s4.id, 1],
      [s4.id, 0],
    ]);

    expect((await redo()).ok).toBe(true);
    expect((await db.sprints.get(s4.id))!.closedAt).not.toBeNull();
    const afterRedo = await db.tasks.bulkGet([busy.id, planned.id]);
    expect(afterRedo.map((t) => [t?.sprintId, t?.carryOverCount])).toEqual([
      [s5.id, 2],
      [null, 1],
    ]);
  });

  it('undoes a sprint goal', async () => {
    const { s4 } = await sprintWithTasks();
    useUndo.setState({ past: [], future: [] });
    await setSprintGoal(s4, 'DPIA Copilot rond');
    expect((await db.sprints.get(s4.id))!.goal).toBe('DPIA Copilot rond');
    await undo();
    expect((await db.sprints.get(s4.id))!.goal).toBe(s4.goal);
  });
});
