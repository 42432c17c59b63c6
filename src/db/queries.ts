import { compareActions } from '../domain/actionOrder';
import type { Action, HistoryEntry, Person, Plan, Sprint, Task, Theme } from '../domain/types';
import { db } from './schema';
import { BACKLOG_KEY } from './storedTask';

export async function activePlanId(): Promise<string | null> {
  const row = await db.meta.get('activePlanId');
  if (typeof row?.value === 'string' && (await db.plans.get(row.value))) return row.value;
  const first = await db.plans.orderBy('year').last();
  return first?.id ?? null;
}

/**
 * Whether this device still gets the demo: no plan, no demo written before (then deleted), and
 * no plan joined whose rows are still on their way (a reload right after "Deelnemen").
 */
export async function demoNeeded(): Promise<boolean> {
  return (
    (await db.plans.count()) === 0 &&
    !(await db.meta.get('seeded')) &&
    (await db.syncPlans.count()) === 0
  );
}

export function listPlans(): Promise<Plan[]> {
  return db.plans.orderBy('year').toArray();
}

export interface PlanBundle {
  plan: Plan;
  themes: Theme[];
  actions: Action[];
  people: Person[];
  sprints: Sprint[];
}

/** Everything about a plan except its tasks: small, read together so screens repaint once. */
export async function planBundle(planId: string): Promise<PlanBundle | null> {
  const plan = await db.plans.get(planId);
  if (!plan) return null;
  const [themes, actions, people, sprints] = await Promise.all([
    db.themes.where('planId').equals(planId).sortBy('order'),
    db.actions
      .where('planId')
      .equals(planId)
      .toArray()
      .then((list) => list.sort(compareActions)),
    db.people.where('planId').equals(planId).sortBy('name'),
    db.sprints.where('planId').equals(planId).sortBy('number'),
  ]);
  return { plan, themes, actions, people, sprints };
}

export function tasksOfPlan(planId: string): Promise<Task[]> {
  return db.tasks.where('planId').equals(planId).toArray();
}

/** The tasks of one sprint, or of the backlog (null): one index range either way. */
export function tasksOfSprint(planId: string, sprintId: string | null): Promise<Task[]> {
  return db.tasks
    .where('[planId+sprintId]')
    .equals([planId, sprintId ?? BACKLOG_KEY])
    .toArray();
}

export function getTask(id: string): Promise<Task | undefined> {
  return db.tasks.get(id);
}

// History ids are time-ordered, so the index order is the order the lines were written in.
export function historyOfTask(taskId: string): Promise<HistoryEntry[]> {
  return db.history.where('taskId').equals(taskId).toArray();
}

export function historyOfPlan(planId: string): Promise<HistoryEntry[]> {
  return db.history.where('planId').equals(planId).sortBy('at');
}

export function blockedCountOfPlan(planId: string): Promise<number> {
  return db.tasks.where('[planId+status]').equals([planId, 'geblokkeerd']).count();
}
