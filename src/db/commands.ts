import type { Transaction } from 'dexie';
import { buildCalendar, validateSprintLength } from '../domain/sprints';
import { applyPatch, blankTask, checkDates, checkTitle, historyFor } from '../domain/tasks';
import { RANK_STEP } from '../domain/ordering';
import type {
  Action,
  ChecklistItem,
  Note,
  Person,
  Plan,
  Sprint,
  SprintSettings,
  Task,
  Theme,
} from '../domain/types';
import { isIsoDate } from '../domain/dates';
import { now, today } from '../lib/clock';
import { newId, newTimeId } from '../lib/ids';
import { CommandError, toCommandError } from './errors';
import { db } from './schema';

const ALL = () => [
  db.plans,
  db.themes,
  db.actions,
  db.tasks,
  db.sprints,
  db.people,
  db.history,
  db.meta,
];

/** One write = one transaction; any failure surfaces as a CommandError and nothing is half-stored. */
async function write<T>(
  tables: Parameters<typeof db.transaction>[1][],
  body: (tx: Transaction) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', tables as never, body as never);
  } catch (error) {
    throw toCommandError(error);
  }
}

async function storeTask(before: Task | null, after: Task): Promise<void> {
  await db.tasks.put(after);
  const lines = historyFor(before, after, after.updatedAt);
  if (lines.length) await db.history.bulkAdd(lines.map((l) => ({ ...l, id: newTimeId() })));
}

function requireTitle(raw: string): string {
  const checked = checkTitle(raw);
  if (!checked.ok)
    throw new CommandError(checked.problem === 'empty' ? 'title-empty' : 'title-too-long');
  return checked.title;
}

function validateTask(task: Task): void {
  for (const d of [task.dueDate, task.startDate]) {
    if (d !== null && !isIsoDate(d)) throw new CommandError('date-invalid');
  }
  if (checkDates(task.startDate, task.dueDate)) throw new CommandError('due-before-start');
}

async function lastRank(planId: string, sprintId: string | null): Promise<number> {
  const tasks =
    sprintId === null
      ? await db.tasks
          .where('planId')
          .equals(planId)
          .filter((t) => t.sprintId === null)
          .toArray()
      : await db.tasks.where('[planId+sprintId]').equals([planId, sprintId]).toArray();
  return tasks.reduce((max, t) => Math.max(max, t.rank), 0);
}

// ---------- tasks ----------

export interface NewTask extends Partial<Omit<Task, 'id' | 'planId' | 'themeId' | 'title'>> {
  planId: string;
  themeId: string;
  title: string;
}

export async function createTask(input: NewTask): Promise<Task> {
  const title = requireTitle(input.title);
  return write([db.tasks, db.history], async () => {
    const stamp = now();
    const { planId, themeId, title: _t, ...fields } = input;
    const sprintId = fields.sprintId ?? null;
    const rank = fields.rank ?? (await lastRank(planId, sprintId)) + RANK_STEP;
    let task = blankTask(
      { id: newId(), planId, themeId, title, now: stamp },
      { ...fields, sprintId, rank },
    );
    if (fields.status === 'geblokkeerd' && !task.blockedSince)
      task = { ...task, blockedSince: today() };
    if (fields.status === 'afgerond' && !task.completedAt) task = { ...task, completedAt: stamp };
    validateTask(task);
    await storeTask(null, task);
    return task;
  });
}

/** Edits one task; returns the stored version and the one before, for undo. */
export async function updateTask(
  id: string,
  patch: Partial<Task>,
): Promise<{ before: Task; after: Task }> {
  const clean = { ...patch };
  delete clean.id;
  delete clean.planId;
  if (clean.title !== undefined) clean.title = requireTitle(clean.title);
  return write([db.tasks, db.history], async () => {
    const before = await db.tasks.get(id);
    if (!before) throw new CommandError('not-found');
    const after = applyPatch(before, clean, today(), now());
    validateTask(after);
    await storeTask(before, after);
    return { before, after };
  });
}

/** A drop on the board: the moved task's new fields plus, when a column ran out of room, fresh ranks. */
export async function moveTask(
  id: string,
  patch: Partial<Task>,
  reranked: ReadonlyArray<{ id: string; rank: number }> = [],
): Promise<{ before: Task; after: Task }> {
  return write([db.tasks, db.history], async () => {
    for (const r of reranked) {
      if (r.id !== id) await db.tasks.update(r.id, { rank: r.rank });
    }
    return updateTask(id, patch);
  });
}

export async function deleteTask(id: string): Promise<Task> {
  return write([db.tasks, db.history], async () => {
    const before = await db.tasks.get(id);
    if (!before) throw new CommandError('not-found');
    await db.tasks.delete(id);
    const lines = historyFor(before, null, now());
    await db.history.bulkAdd(lines.map((l) => ({ ...l, id: newTimeId() })));
    return before;
  });
}

/** Puts back an earlier version of a task (undo of an edit or a delete); history records the change. */
export async function restoreTask(version: Task): Promise<Task> {
  return write([db.tasks, db.history], async () => {
    const current = (await db.tasks.get(version.id)) ?? null;
    const restored = { ...version, updatedAt: now() };
    await storeTask(current, restored);
    return restored;
  });
}

export async function addChecklistItem(taskId: string, title: string): Promise<Task> {
  const clean = requireTitle(title);
  return mutateTask(taskId, (t) => ({
    checklist: [...t.checklist, { id: newId(), title: clean, done: false }],
  }));
}

export async function setChecklist(taskId: string, checklist: ChecklistItem[]): Promise<Task> {
  return mutateTask(taskId, () => ({ checklist }));
}

export async function addNote(taskId: string, text: string, date = today()): Promise<Task> {
  const clean = text.trim();
  if (!clean) throw new CommandError('note-empty');
  return mutateTask(taskId, (t) => ({
    notes: [{ id: newId(), date, text: clean } satisfies Note, ...t.notes],
  }));
}

export async function deleteNote(taskId: string, noteId: string): Promise<Task> {
  return mutateTask(taskId, (t) => ({ notes: t.notes.filter((n) => n.id !== noteId) }));
}

// Reads and writes in one transaction so that two quick edits of a list never overwrite each other.
async function mutateTask(taskId: string, change: (t: Task) => Partial<Task>): Promise<Task> {
  return write([db.tasks, db.history], async () => {
    const before = await db.tasks.get(taskId);
    if (!before) throw new CommandError('not-found');
    const after = applyPatch(before, change(before), today(), now());
    await storeTask(before, after);
    return after;
  });
}

// ---------- plans and sprints ----------

async function syncSprints(planId: string): Promise<void> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new CommandError('not-found');
  const existing = await db.sprints.where('planId').equals(planId).sortBy('number');
  const overrides: Record<number, number> = {};
  for (const s of existing) if (s.lengthWeeks !== null) overrides[s.number] = s.lengthWeeks;
  const used = new Set(
    (await db.tasks.where('planId').equals(planId).toArray())
      .map((t) => t.sprintId)
      .filter((x) => x !== null),
  );
  const keep = existing.filter((s) => used.has(s.id) || s.closedAt !== null || s.goal !== '');
  const minCount = keep.reduce((m, s) => Math.max(m, s.number), 0);
  const slots = buildCalendar(plan.sprintSettings, plan.year, overrides, minCount);
  const byNumber = new Map(existing.map((s) => [s.number, s]));
  const rows: Sprint[] = slots.map((slot) => {
    const old = byNumber.get(slot.number);
    return {
      id: old?.id ?? newId(),
      planId,
      number: slot.number,
      name: old?.name ?? '',
      start: slot.start,
      end: slot.end,
      lengthWeeks: old?.lengthWeeks ?? null,
      goal: old?.goal ?? '',
      closedAt: old?.closedAt ?? null,
      snapshot: old?.snapshot ?? null,
    };
  });
  const surplus = existing.filter((s) => s.number > slots.length).map((s) => s.id);
  if (surplus.length) await db.sprints.bulkDelete(surplus);
  await db.sprints.bulkPut(rows);
}

function checkSettings(settings: SprintSettings): void {
  if (!isIsoDate(settings.firstStart)) throw new CommandError('date-invalid');
  if (validateSprintLength(settings.lengthWeeks) !== 'ok') throw new CommandError('sprint-length');
}

export interface NewPlan {
  name: string;
  year: number;
  sprintSettings: SprintSettings;
}

export async function createPlan(input: NewPlan): Promise<Plan> {
  const name = requireTitle(input.name);
  checkSettings(input.sprintSettings);
  return write(ALL(), async () => {
    const stamp = now();
    const plan: Plan = {
      id: newId(),
      name,
      year: input.year,
      sprintSettings: input.sprintSettings,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.plans.add(plan);
    await syncSprints(plan.id);
    await db.meta.put({ key: 'activePlanId', value: plan.id });
    return plan;
  });
}

export async function updatePlan(
  planId: string,
  patch: Partial<Pick<Plan, 'name' | 'year' | 'sprintSettings'>>,
): Promise<Plan> {
  const clean = { ...patch };
  if (clean.name !== undefined) clean.name = requireTitle(clean.name);
  if (clean.sprintSettings) checkSettings(clean.sprintSettings);
  if (
    clean.year !== undefined &&
    (!Number.isInteger(clean.year) || clean.year < 2000 || clean.year > 2100)
  ) {
    throw new CommandError('year-invalid');
  }
  return write(ALL(), async () => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new CommandError('not-found');
    const next = { ...plan, ...clean, updatedAt: now() };
    await db.plans.put(next);
    await syncSprints(planId);
    return next;
  });
}

/** Stretches or shortens one sprint (null = back to the default); the later sprints follow. */
export async function setSprintLength(sprintId: string, weeks: number | null): Promise<void> {
  if (weeks !== null && validateSprintLength(weeks) !== 'ok')
    throw new CommandError('sprint-length');
  await write(ALL(), async () => {
    const sprint = await db.sprints.get(sprintId);
    if (!sprint) throw new CommandError('not-found');
    await db.sprints.update(sprintId, { lengthWeeks: weeks });
    await syncSprints(sprint.planId);
  });
}

export async function updateSprint(
  sprintId: string,
  patch: Partial<Pick<Sprint, 'goal' | 'name'>>,
): Promise<Sprint> {
  return write([db.sprints], async () => {
    const sprint = await db.sprints.get(sprintId);
    if (!sprint) throw new CommandError('not-found');
    const next = { ...sprint, ...patch };
    await db.sprints.put(next);
    return next;
  });
}

export async function setActivePlan(planId: string): Promise<void> {
  await write([db.meta, db.plans], async () => {
    if (!(await db.plans.get(planId))) throw new CommandError('not-found');
    await db.meta.put({ key: 'activePlanId', value: planId });
  });
}

export async function deletePlan(planId: string): Promise<void> {
  await write(ALL(), async () => {
    for (const table of [db.themes, db.actions, db.tasks, db.sprints, db.people, db.history]) {
      await table.where('planId').equals(planId).delete();
    }
    await db.plans.delete(planId);
    const active = await db.meta.get('activePlanId');
    if (active?.value === planId) {
      const other = await db.plans.toCollection().first();
      if (other) await db.meta.put({ key: 'activePlanId', value: other.id });
      else await db.meta.delete('activePlanId');
    }
  });
}

// ---------- themes, actions, people ----------

export async function createTheme(
  input: Pick<Theme, 'planId' | 'name' | 'label' | 'color'>,
): Promise<Theme> {
  const name = requireTitle(input.name);
  const label = requireTitle(input.label || input.name);
  return write([db.themes], async () => {
    const themes = await db.themes.where('planId').equals(input.planId).toArray();
    const order = themes.reduce((m, t) => Math.max(m, t.order), 0) + 1;
    const theme: Theme = {
      id: newId(),
      planId: input.planId,
      name,
      label,
      color: input.color,
      order,
      updatedAt: now(),
    };
    await db.themes.add(theme);
    return theme;
  });
}

export async function updateTheme(
  id: string,
  patch: Partial<Pick<Theme, 'name' | 'label' | 'color' | 'order'>>,
): Promise<void> {
  const clean = { ...patch };
  if (clean.name !== undefined) clean.name = requireTitle(clean.name);
  if (clean.label !== undefined) clean.label = requireTitle(clean.label);
  await write([db.themes], async () => {
    const n = await db.themes.update(id, { ...clean, updatedAt: now() });
    if (!n) throw new CommandError('not-found');
  });
}

/** Moves a theme one place up or down among its plan's themes. */
export async function moveTheme(id: string, direction: -1 | 1): Promise<void> {
  await write([db.themes], async () => {
    const theme = await db.themes.get(id);
    if (!theme) throw new CommandError('not-found');
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
    const n = await db.actions.update(id, { ...clean, updatedAt: now() });
    if (!n) throw new CommandError('not-found');
  });
}

/** Deleting an action keeps its tasks: they stay in their theme without an action. */
export async function deleteAction(id: string): Promise<void> {
  await write([db.actions, db.tasks, db.history], async () => {
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
  const initials =
    input.initials?.trim() ||
    name
      .split(/[\s&-]+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w[0]!.toUpperCase())
      .join('');
  return write([db.people], async () => {
    const person: Person = {
      id: newId(),
      planId: input.planId,
      name,
      initials,
      role: input.role.trim(),
      color: input.color ?? '#2f4f6f',
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
  await write([db.people], async () => {
    const n = await db.people.update(id, clean);
    if (!n) throw new CommandError('not-found');
  });
}

/** Removing a person unassigns them from every task of the plan. */
export async function deletePerson(id: string): Promise<void> {
  await write([db.people, db.tasks, db.history], async () => {
    const person = await db.people.get(id);
    if (!person) throw new CommandError('not-found');
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
