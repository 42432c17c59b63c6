import type { Transaction } from 'dexie';
import { buildCalendar, validateSprintLength } from '../domain/sprints';
import { applyPatch, blankTask, checkDates, checkTitle, historyFor } from '../domain/tasks';
import { RANK_STEP } from '../domain/ordering';
import { planSprintClose, type CloseDecision } from '../domain/close';
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
import { planNextYear } from '../domain/nextYear';
import { now, today } from '../lib/clock';
import { newId, newTimeId } from '../lib/ids';
import { CommandError, toCommandError } from './errors';
import { db } from './schema';
import { checkBackup, type Backup, type BackupRows } from '../domain/backup';
import { IMPORT_THEME_COLORS, initialsOf, nameKey, type ImportRow } from '../domain/import/planner';

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

export interface NextYearInput {
  name: string;
  year: number;
  sprintSettings: SprintSettings;
  /** Copy the tasks that are not done (see planNextYear for where they land). */
  carryOpenTasks: boolean;
}

/**
 * Starts next year's plan from `sourcePlanId`: themes, actions and people copied, open tasks
 * optionally carried over, each copied task with its own 'created' history line. One transaction,
 * so a failure leaves no half plan behind; the new plan becomes the active one.
 */
export async function startNextYearPlan(sourcePlanId: string, input: NextYearInput): Promise<Plan> {
  const name = requireTitle(input.name);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw new CommandError('year-invalid');
  checkSettings(input.sprintSettings);
  return write(ALL(), async () => {
    const plan = await db.plans.get(sourcePlanId);
    if (!plan) throw new CommandError('not-found');
    const [themes, actions, people, sprints, tasks] = await Promise.all([
      db.themes.where('planId').equals(sourcePlanId).toArray(),
      db.actions.where('planId').equals(sourcePlanId).toArray(),
      db.people.where('planId').equals(sourcePlanId).toArray(),
      db.sprints.where('planId').equals(sourcePlanId).toArray(),
      db.tasks.where('planId').equals(sourcePlanId).toArray(),
    ]);
    const stamp = now();
    const rows = planNextYear(
      { plan, themes, actions, people, sprints, tasks },
      {
        name,
        year: input.year,
        sprintSettings: input.sprintSettings,
        carryOpenTasks: input.carryOpenTasks,
        now: stamp,
        makeId: newId,
      },
    );
    await db.plans.add(rows.plan);
    await db.themes.bulkAdd(rows.themes);
    await db.people.bulkAdd(rows.people);
    await db.actions.bulkAdd(rows.actions);
    await db.sprints.bulkAdd(rows.sprints);
    await db.tasks.bulkAdd(rows.tasks);
    const lines = rows.tasks.flatMap((t) => historyFor(null, t, stamp));
    await db.history.bulkAdd(lines.map((l) => ({ ...l, id: newTimeId() })));
    await db.meta.put({ key: 'activePlanId', value: rows.plan.id });
    return rows.plan;
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

// ---------- undo ----------

/** Puts several tasks back as they were (null = must not exist), in one transaction. */
export async function applyVersions(
  versions: ReadonlyArray<{ id: string; version: Task | null }>,
  sprints: readonly Sprint[] = [],
): Promise<void> {
  await write([db.tasks, db.history, db.sprints], async () => {
    if (sprints.length) await db.sprints.bulkPut([...sprints]);
    const stamp = now();
    for (const { id, version } of versions) {
      const current = (await db.tasks.get(id)) ?? null;
      if (version === null) {
        if (current) {
          await db.tasks.delete(id);
          const lines = historyFor(current, null, stamp);
          await db.history.bulkAdd(lines.map((l) => ({ ...l, id: newTimeId() })));
        }
      } else {
        await storeTask(current, { ...version, updatedAt: stamp });
      }
    }
  });
}

// ---------- backup and restore ----------

/** Every row of every plan, read in one transaction so the copy is consistent. */
export async function exportAll(): Promise<BackupRows> {
  return db.transaction(
    'r',
    [db.plans, db.themes, db.actions, db.tasks, db.sprints, db.people, db.history, db.meta],
    async () => {
      const [plans, themes, actions, tasks, sprints, people, history, active] = await Promise.all([
        db.plans.toArray(),
        db.themes.toArray(),
        db.actions.toArray(),
        db.tasks.toArray(),
        db.sprints.toArray(),
        db.people.toArray(),
        db.history.toArray(),
        db.meta.get('activePlanId'),
      ]);
      // The active plan goes first: a restore opens the first plan of the file.
      plans.sort((a, b) => Number(b.id === active?.value) - Number(a.id === active?.value));
      return { plans, themes, actions, tasks, sprints, people, history };
    },
  );
}

/**
 * Replaces the whole database with a backup. Clearing and writing happen in one transaction,
 * so a file that fails halfway leaves the current data as it was.
 */
export async function restoreBackup(backup: Backup): Promise<void> {
  const checked = checkBackup(backup);
  if (!checked.ok) throw new CommandError('backup-invalid');
  const data = checked.backup.data;
  await write(db.tables as never, async () => {
    for (const table of db.tables) await table.clear();
    await db.plans.bulkAdd(data.plans);
    await db.themes.bulkAdd(data.themes);
    await db.actions.bulkAdd(data.actions);
    await db.people.bulkAdd(data.people);
    await db.sprints.bulkAdd(data.sprints);
    await db.tasks.bulkAdd(data.tasks);
    await db.history.bulkAdd(data.history);
    const first = data.plans[0];
    if (first) await db.meta.put({ key: 'activePlanId', value: first.id });
    // A restored database must not get the demo plan added on the next start.
    await db.meta.put({ key: 'seeded', value: true });
  });
}

// ---------- Microsoft Planner import ----------

export interface PlannerImportOptions {
  /** Name of the theme for tasks without a label ("Zonder label"), in the user's language. */
  unlabeledName: string;
}

export interface PlannerImportResult {
  created: number;
  updated: number;
  themesCreated: number;
  peopleCreated: number;
}

// Planner gives days only; noon UTC keeps that day in every European time zone.
const plannerMoment = (date: string) => `${date}T12:00:00.000Z`;

/**
 * Writes the rows of a Planner preview into a plan, in one transaction: missing themes and people
 * are created, and a task that came from the same Planner Task ID before is updated, not doubled.
 */
export async function importPlanner(
  planId: string,
  rows: readonly ImportRow[],
  options: PlannerImportOptions,
): Promise<PlannerImportResult> {
  const unlabeled = requireTitle(options.unlabeledName);
  const incoming = rows.flatMap((r) =>
    r.task ? [{ ...r.task, title: requireTitle(r.task.title) }] : [],
  );
  return write([db.plans, db.themes, db.people, db.sprints, db.tasks, db.history], async () => {
    if (!(await db.plans.get(planId))) throw new CommandError('not-found');
    const stamp = now();
    const day = today();
    const result: PlannerImportResult = {
      created: 0,
      updated: 0,
      themesCreated: 0,
      peopleCreated: 0,
    };

    const themes = await db.themes.where('planId').equals(planId).toArray();
    const themeByKey = new Map<string, string>();
    for (const t of themes) themeByKey.set(nameKey(t.name), t.id);
    for (const t of themes) themeByKey.set(nameKey(t.label), t.id);
    let order = themes.reduce((m, t) => Math.max(m, t.order), 0);
    const themeFor = async (label: string | null): Promise<string> => {
      const name = label === null ? unlabeled : requireTitle(label);
      const known = themeByKey.get(nameKey(name));
      if (known) return known;
      const theme: Theme = {
        id: newId(),
        planId,
        label: name,
        name,
        color: IMPORT_THEME_COLORS[result.themesCreated % IMPORT_THEME_COLORS.length]!,
        order: ++order,
        updatedAt: stamp,
      };
      await db.themes.add(theme);
      themeByKey.set(nameKey(name), theme.id);
      result.themesCreated += 1;
      return theme.id;
    };

    const personByKey = new Map<string, string>();
    for (const p of await db.people.where('planId').equals(planId).toArray())
      personByKey.set(nameKey(p.name), p.id);
    const personFor = async (raw: string): Promise<string> => {
      const name = requireTitle(raw);
      const known = personByKey.get(nameKey(name));
      if (known) return known;
      const person: Person = {
        id: newId(),
        planId,
        name,
        initials: initialsOf(name),
        color: IMPORT_THEME_COLORS[result.peopleCreated % IMPORT_THEME_COLORS.length]!,
        role: '',
      };
      await db.people.add(person);
      personByKey.set(nameKey(name), person.id);
      result.peopleCreated += 1;
      return person.id;
    };

    const sprintIds = new Set(
      (await db.sprints.where('planId').equals(planId).toArray()).map((s) => s.id),
    );
    const existing = await db.tasks.where('planId').equals(planId).toArray();
    const byPlannerId = new Map(
      existing.filter((t) => t.plannerId !== null).map((t) => [t.plannerId as string, t]),
    );
    const maxRank = new Map<string | null, number>();
    for (const t of existing)
      maxRank.set(t.sprintId, Math.max(maxRank.get(t.sprintId) ?? 0, t.rank));

    for (const item of incoming) {
      const themeId = await themeFor(item.label);
      const assigneeIds: string[] = [];
      for (const name of item.assignees) {
        const id = await personFor(name);
        if (!assigneeIds.includes(id)) assigneeIds.push(id);
      }
      const sprintId =
        item.sprintId !== null && sprintIds.has(item.sprintId) ? item.sprintId : null;
      const before = item.plannerId ? byPlannerId.get(item.plannerId) : undefined;
      const fields = {
        title: item.title,
        description: item.description,
        priority: item.priority,
        dueDate: item.dueDate,
        startDate: item.startDate,
        themeId,
        assigneeIds,
      };
      let after: Task;
      if (before) {
        // Ticks made here survive when the item names still match.
        const keptIds = new Map(before.checklist.map((c) => [nameKey(c.title), c.id]));
        const checklist = item.checklist.map((c) => {
          const id = keptIds.get(nameKey(c.title));
          keptIds.delete(nameKey(c.title));
          return { id: id ?? newId(), title: c.title, done: c.done };
        });
        // Without a due date Planner says nothing about the sprint: keep where the team put it.
        const patch: Partial<Task> = { ...fields, checklist, status: item.status };
        if (item.dueDate !== null) patch.sprintId = sprintId;
        after = applyPatch(before, patch, day, stamp);
        result.updated += 1;
      } else {
        const rank = (maxRank.get(sprintId) ?? 0) + RANK_STEP;
        maxRank.set(sprintId, rank);
        after = blankTask(
          { id: newId(), planId, themeId, title: item.title, now: stamp },
          {
            ...fields,
            status: item.status,
            sprintId,
            rank,
            plannerId: item.plannerId,
            checklist: item.checklist.map((c) => ({ id: newId(), title: c.title, done: c.done })),
            createdAt: item.createdDate ? plannerMoment(item.createdDate) : stamp,
            blockedSince: item.status === 'geblokkeerd' ? day : null,
            completedAt: item.status === 'afgerond' ? stamp : null,
          },
        );
        result.created += 1;
      }
      if (after.status === 'afgerond' && item.completedDate)
        after = { ...after, completedAt: plannerMoment(item.completedDate) };
      validateTask(after);
      await storeTask(before ?? null, after);
      if (after.plannerId) byPlannerId.set(after.plannerId, after);
    }
    return result;
  });
}

// ---------- sprint close ----------

export interface SprintCloseResult {
  sprint: Sprint;
  moved: Array<{ before: Task; after: Task }>;
}

/**
 * Closes a sprint: its unfinished tasks go where `decisions` say (default: the next sprint), the
 * sprint is stamped closed and a frozen copy of its tasks is kept for the report, all at once.
 */
export async function closeSprint(
  sprintId: string,
  decisions: Readonly<Record<string, CloseDecision>> = {},
): Promise<SprintCloseResult> {
  return write([db.sprints, db.tasks, db.history], async () => {
    const sprint = await db.sprints.get(sprintId);
    if (!sprint) throw new CommandError('not-found');
    if (sprint.closedAt !== null) throw new CommandError('sprint-closed');
    const next = await db.sprints
      .where('[planId+number]')
      .equals([sprint.planId, sprint.number + 1])
      .first();
    const tasks = await db.tasks.where('planId').equals(sprint.planId).toArray();
    const plan = planSprintClose(tasks, sprint, next, decisions);
    const stamp = now();
    const day = today();
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const moved: SprintCloseResult['moved'] = [];
    for (const move of plan.moves) {
      const before = byId.get(move.id)!;
      const after = applyPatch(before, move.patch, day, stamp);
      await storeTask(before, after);
      moved.push({ before, after });
    }
    const closed: Sprint = { ...sprint, closedAt: stamp, snapshot: plan.snapshot };
    await db.sprints.put(closed);
    return { sprint: closed, moved };
  });
}

/** Opens a closed sprint again; the tasks stay where the close put them. */
export async function reopenSprint(sprintId: string): Promise<Sprint> {
  return write([db.sprints], async () => {
    const sprint = await db.sprints.get(sprintId);
    if (!sprint) throw new CommandError('not-found');
    // The snapshot belongs to the close that is undone; a new close takes a new one.
    const open: Sprint = { ...sprint, closedAt: null, snapshot: null };
    await db.sprints.put(open);
    return open;
  });
}

// ---------- year plan outline ----------

/** Moves an action one place up or down among the actions of its theme. */
export async function moveAction(id: string, direction: -1 | 1): Promise<void> {
  await write([db.actions], async () => {
    const action = await db.actions.get(id);
    if (!action) throw new CommandError('not-found');
    const list = (await db.actions.where('themeId').equals(action.themeId).toArray()).sort(
      (a, b) => a.order - b.order || a.title.localeCompare(b.title, 'nl'),
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
