import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAuthor, setAuthor } from '../../src/db/commands/identity';
import { addNote, createTask, updateTask } from '../../src/db/commands/tasks';
import { CommandError } from '../../src/db/errors';
import { historyOfTask } from '../../src/db/queries';
import { db } from '../../src/db/schema';
import { setClock } from '../../src/lib/clock';
import { aStoredPlan } from './storedPlan';

const freshPlan = aStoredPlan;

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});
afterEach(() => setClock(null));

describe('"Ik ben": who works on this device', () => {
  it('puts the chosen person on the history lines and notes written afterwards', async () => {
    const { plan, theme, an } = await freshPlan();
    const before = await createTask({ planId: plan.id, themeId: theme.id, title: 'DPIA' });
    await setAuthor(plan.id, an.id);
    await updateTask(before.id, { status: 'in-uitvoering' });
    await addNote(before.id, 'Besproken met de DPO');
    const lines = await historyOfTask(before.id);
    expect(lines.map((l) => [l.field, l.by ?? null])).toEqual([
      ['created', null],
      ['status', an.id],
      // A note is not a tracked field: it carries its author itself.
    ]);
    expect((await db.tasks.get(before.id))!.notes[0]).toMatchObject({
      text: 'Besproken met de DPO',
      by: an.id,
    });
  });

  it('writes no author once the choice is cleared', async () => {
    const { plan, theme, an } = await freshPlan();
    await setAuthor(plan.id, an.id);
    await setAuthor(plan.id, null);
    const task = await createTask({ planId: plan.id, themeId: theme.id, title: 'DPIA' });
    expect((await historyOfTask(task.id))[0]).not.toHaveProperty('by');
  });

  it('refuses a person of another plan and keeps the choice as it was', async () => {
    const { plan, an } = await freshPlan();
    const other = await freshPlan();
    await setAuthor(plan.id, an.id);
    await expect(setAuthor(plan.id, other.an.id)).rejects.toBeInstanceOf(CommandError);
    expect((await db.meta.get(`me:${plan.id}`))?.value).toBe(an.id);
  });

  it('adds the user to the plan and chooses them in one write; an empty name changes nothing', async () => {
    const { plan } = await freshPlan();
    const me = await addAuthor(plan.id, 'Bert De Smet');
    expect((await db.people.get(me.id))!.name).toBe('Bert De Smet');
    expect((await db.meta.get(`me:${plan.id}`))?.value).toBe(me.id);
    const people = await db.people.count();
    await expect(addAuthor(plan.id, '  ')).rejects.toBeInstanceOf(CommandError);
    expect(await db.people.count()).toBe(people);
    expect((await db.meta.get(`me:${plan.id}`))?.value).toBe(me.id);
  });
});
