import { buildCalendar, validateSprintLength } from '../../domain/sprints';
import { historyFor } from '../../domain/tasks';
import type { Plan, Sprint, SprintSettings, Status } from '../../domain/types';
import { planNextYear } from '../../domain/nextYear';
import { isPlanYear } from '../../domain/planSettings';
import { now } from '../../lib/clock';
import { newId, newTimeId } from '../../lib/ids';
import { CommandError } from '../errors';
import { db } from '../schema';
import { addPlanRows, removePlanRows } from '../rows';
import { dropSync } from './sync';
import { allTables, requirePlan, requirePlanExists, write } from '../write';
import { checkSettings, requireTitle, requireWipLimit } from './checks';
import { withStatusLimit } from '../../domain/wip';

async function syncSprints(planId: string): Promise<void> {
  const plan = await requirePlan(planId);
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

export interface NewPlan {
  name: string;
  year: number;
  sprintSettings: SprintSettings;
}

export async function createPlan(input: NewPlan): Promise<Plan> {
  const name = requireTitle(input.name);
  if (!isPlanYear(input.year)) throw new CommandError('year-invalid');
  checkSettings(input.sprintSettings);
  return write(allTables(), async () => {
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
  if (clean.year !== undefined && !isPlanYear(clean.year)) throw new CommandError('year-invalid');
  return write(allTables(), async () => {
    const plan = await requirePlan(planId);
    const next = { ...plan, ...clean, updatedAt: now() };
    await db.plans.put(next);
    await syncSprints(planId);
    return next;
  });
}

/** Sets (or, with null, removes) the soft WIP limit of a status column of the board. */
export async function setStatusWipLimit(
  planId: string,
  status: Status,
  limit: number | null,
): Promise<Plan> {
  const clean = requireWipLimit(limit);
  return write([db.plans], async () => {
    const plan = await requirePlan(planId);
    const next = {
      ...plan,
      wipLimits: withStatusLimit(plan.wipLimits, status, clean),
      updatedAt: now(),
    };
    await db.plans.put(next);
    return next;
  });
}

/** Stretches or shortens one sprint (null = back to the default); the later sprints follow. */
export async function setSprintLength(sprintId: string, weeks: number | null): Promise<void> {
  if (weeks !== null && validateSprintLength(weeks) !== 'ok')
    throw new CommandError('sprint-length');
  await write(allTables(), async () => {
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
    await requirePlan(sprint.planId);
    const next = { ...sprint, ...patch };
    await db.sprints.put(next);
    return next;
  });
}

export async function setActivePlan(planId: string): Promise<void> {
  await write([db.meta, db.plans], async () => {
    await requirePlanExists(planId);
    await db.meta.put({ key: 'activePlanId', value: planId });
  });
}

export async function deletePlan(planId: string): Promise<void> {
  await write([...allTables(), db.syncUpdates], async () => {
    // Deleting a shared plan on this device leaves the team's plan alone: the sync settings go
    // first, so the outbox records none of the deletes below.
    await dropSync([planId]);
    await removePlanRows(planId);
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
  if (!isPlanYear(input.year)) throw new CommandError('year-invalid');
  checkSettings(input.sprintSettings);
  return write(allTables(), async () => {
    const plan = await db.plans.get(sourcePlanId);
    if (!plan) throw new CommandError('plan-missing');
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
    const lines = rows.tasks.flatMap((t) => historyFor(null, t, stamp));
    await addPlanRows({
      ...rows,
      plans: [rows.plan],
      history: lines.map((l) => ({ ...l, id: newTimeId() })),
    });
    await db.meta.put({ key: 'activePlanId', value: rows.plan.id });
    return rows.plan;
  });
}
