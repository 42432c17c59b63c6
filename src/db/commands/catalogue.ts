import { compareActions } from '../../domain/actionOrder';
import { initialsOf } from '../../domain/planSettings';
import type { Action, Person, Theme } from '../../domain/types';
import { now } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { CommandError } from '../errors';
import { db } from '../schema';
import { requirePlan, storeTask, write } from '../write';
import { requireColor, requireInitials, requireTitle, requireWipLimit } from './checks';

export async function createTheme(
  input: Pick<Theme, 'planId' | 'name' | 'label' | 'color'>,
): Promise<Theme> {
  const name = requireTitle(input.name);
  const label = requireTitle(input.label || input.name);
  const color = requireColor(input.color);
  return write([db.themes], async () => {
    await requirePlan(input.planId);
    const themes = await db.themes.where('planId').equals(input.planId).toArray();
    const order = themes.reduce((m, t) => Math.max(m, t.order), 0) + 1;
    const theme: Theme = {
      id: newId(),
      planId: input.planId,
      name,
      label,
      color,
      order,
      updatedAt: now(),
    };
    await db.themes.add(theme);
    return theme;
  });
}

export async function updateTheme(
  id: string,
  patch: Partial<Pick<Theme, 'name' | 'label' | 'color' | 'order' | 'wipLimit'>>,
): Promise<void> {
  const clean = { ...patch };
  if (clean.wipLimit !== undefined) clean.wipLimit = requireWipLimit(clean.wipLimit);
  if (clean.name !== undefined) clean.name = requireTitle(clean.name);
  if (clean.label !== undefined) clean.label = requireTitle(clean.label);
  if (clean.color !== undefined) clean.color = requireColor(clean.color);
  await write([db.themes], async () => {
    const theme = await db.themes.get(id);
    if (!theme) throw new CommandError('not-found');
    await requirePlan(theme.planId);
    await db.themes.update(id, { ...clean, updatedAt: now() });
  });
}

/** Moves a theme one place up or down among its plan's themes. */
export async function moveTheme(id: string, direction: -1 | 1): Promise<void> {
  await write([db.themes], async () => {
    const theme = await db.themes.get(id);
    if (!theme) throw new CommandError('not-found');
    await requirePlan(theme.planId);
    const list = await db.themes.where('planId').equals(theme.planId).sortBy('order');
    const i = list.findIndex((t) => t.id === id);
    const j = i + direction;
    const other = list[j];
    if (!other) return;
    list[j] = theme;
    list[i] = other;
    await Promise.all(list.map((t, k) => db.themes.update(t.id, { order: k + 1 })));
  });
}

/** A theme with tasks can only go when its tasks and actions move to another theme. */
export async function deleteTheme(id: string, moveTo: string | null): Promise<void> {
  await write([db.themes, db.tasks, db.actions, db.history], async () => {
    const theme = await db.themes.get(id);
    if (!theme) throw new CommandError('not-found');
    await requirePlan(theme.planId);
    const tasks = await db.tasks.where('[planId+themeId]').equals([theme.planId, id]).toArray();
    const actions = await db.actions.where('themeId').equals(id).toArray();
    if ((tasks.length || actions.length) && !moveTo) throw new CommandError('theme-has-tasks');
    if (moveTo) {
      const target = await db.themes.get(moveTo);
      if (!target || target.planId !== theme.planId || target.id === id)
        throw new CommandError('not-found');
      const stamp = now();
      for (const t of tasks) await storeTask(t, { ...t, themeId: moveTo, updatedAt: stamp });
      for (const a of actions) await db.actions.update(a.id, { themeId: moveTo, updatedAt: stamp });
    }
    await db.themes.delete(id);
  });
}

export async function createAction(
  input: Pick<Action, 'planId' | 'themeId' | 'title'> &
    Partial<Pick<Action, 'description' | 'ownerId' | 'targetSprintId' | 'phase'>>,
): Promise<Action> {
  const title = requireTitle(input.title);
  return write([db.actions], async () => {
    await requirePlan(input.planId);
    const siblings = await db.actions.where('themeId').equals(input.themeId).toArray();
    const order = siblings.reduce((m, a) => Math.max(m, a.order), 0) + 1;
    const action: Action = {
      id: newId(),
      planId: input.planId,
      themeId: input.themeId,
      title,
      description: input.description ?? '',
      ownerId: input.ownerId ?? null,
      targetSprintId: input.targetSprintId ?? null,
      phase: input.phase ?? null,
      order,
      updatedAt: now(),
    };
    await db.actions.add(action);
    return action;
  });
}

export async function updateAction(
  id: string,
  patch: Partial<
    Pick<
      Action,
      'title' | 'description' | 'ownerId' | 'targetSprintId' | 'phase' | 'order' | 'themeId'
    >
  >,
): Promise<void> {
  const clean = { ...patch };
  if (clean.title !== undefined) clean.title = requireTitle(clean.title);
  await write([db.actions], async () => {
    const action = await db.actions.get(id);
    if (!action) throw new CommandError('not-found');
    await requirePlan(action.planId);
    await db.actions.update(id, { ...clean, updatedAt: now() });
  });
}

/** Deleting an action keeps its tasks: they stay in their theme without an action. */
export async function deleteAction(id: string): Promise<void> {
  await write([db.actions, db.tasks, db.history], async () => {
    const action = await db.actions.get(id);
    if (action) await requirePlan(action.planId);
    const tasks = await db.tasks.where('actionId').equals(id).toArray();
    const stamp = now();
    for (const t of tasks) await storeTask(t, { ...t, actionId: null, updatedAt: stamp });
    await db.actions.delete(id);
  });
}

export async function createPerson(
  input: Pick<Person, 'planId' | 'name' | 'role'> & Partial<Pick<Person, 'initials' | 'color'>>,
): Promise<Person> {
  const name = requireTitle(input.name);
  const initials = requireInitials(input.initials?.trim() || initialsOf(name));
  const color = requireColor(input.color ?? '#2f4f6f');
  return write([db.people], async () => {
    await requirePlan(input.planId);
    const person: Person = {
      id: newId(),
      planId: input.planId,
      name,
      initials,
      role: input.role.trim(),
      color,
    };
    await db.people.add(person);
    return person;
  });
}

export async function updatePerson(
  id: string,
  patch: Partial<Pick<Person, 'name' | 'initials' | 'role' | 'color'>>,
): Promise<void> {
  const clean = { ...patch };
  if (clean.name !== undefined) clean.name = requireTitle(clean.name);
  if (clean.initials !== undefined) clean.initials = requireInitials(clean.initials);
  if (clean.color !== undefined) clean.color = requireColor(clean.color);
  await write([db.people], async () => {
    const person = await db.people.get(id);
    if (!person) throw new CommandError('not-found');
    await requirePlan(person.planId);
    await db.people.update(id, clean);
  });
}

/** Removing a person unassigns them from every task of the plan. */
export async function deletePerson(id: string): Promise<void> {
  await write([db.people, db.tasks, db.history], async () => {
    const person = await db.people.get(id);
    if (!person) throw new CommandError('not-found');
    await requirePlan(person.planId);
    const tasks = await db.tasks
      .where('planId')
      .equals(person.planId)
      .filter((t) => t.assigneeIds.includes(id))
      .toArray();
    const stamp = now();
    for (const t of tasks)
      await storeTask(t, {
        ...t,
        assigneeIds: t.assigneeIds.filter((a) => a !== id),
        updatedAt: stamp,
      });
    await db.people.delete(id);
  });
}

/** Moves an action one place up or down among the actions of its theme. */
export async function moveAction(id: string, direction: -1 | 1): Promise<void> {
  await write([db.actions], async () => {
    const action = await db.actions.get(id);
    if (!action) throw new CommandError('not-found');
    await requirePlan(action.planId);
    const list = (await db.actions.where('themeId').equals(action.themeId).toArray()).sort(
      compareActions,
    );
    const i = list.findIndex((a) => a.id === id);
    const other = list[i + direction];
    if (!other) return;
    list[i + direction] = action;
    list[i] = other;
    const stamp = now();
    await Promise.all(
      list.map((a, k) =>
        a.order === k + 1 ? 0 : db.actions.update(a.id, { order: k + 1, updatedAt: stamp }),
      ),
    );
  });
}
