import { planPlannerImport, type PlannerImportResult } from '../../domain/import/merge';
import type { ImportRow } from '../../domain/import/planner';
import { repairPlan, type Repair, type RepairNames } from '../../domain/repair';
import { now, today } from '../../lib/clock';
import { newId, newTimeId } from '../../lib/ids';
import { CommandError } from '../errors';
import { db } from '../schema';
import { requirePlan, storeTask, write } from '../write';

export type { PlannerImportResult } from '../../domain/import/merge';

export interface PlannerImportOptions {
  /** Name of the theme for tasks without a label ("Zonder label"), in the user's language. */
  unlabeledName: string;
  /** The words the repair after the merge may write (a blocked task from Planner has no reason). */
  names: RepairNames;
}

/**
 * Writes the rows of a Planner preview into a plan, in one transaction: the merge is planned by
 * `planPlannerImport`, the plan it gives is repaired like any data that comes in, then stored.
 */
export async function importPlanner(
  planId: string,
  rows: readonly ImportRow[],
  options: PlannerImportOptions,
): Promise<PlannerImportResult & { repairs: Repair[] }> {
  return write(
    [db.plans, db.themes, db.actions, db.people, db.sprints, db.tasks, db.history],
    async () => {
      const plan = await requirePlan(planId);
      const stamp = now();
      const [themes, actions, people, sprints, tasks] = await Promise.all([
        db.themes.where('planId').equals(planId).toArray(),
        db.actions.where('planId').equals(planId).toArray(),
        db.people.where('planId').equals(planId).toArray(),
        db.sprints.where('planId').equals(planId).toArray(),
        db.tasks.where('planId').equals(planId).toArray(),
      ]);
      const merged = planPlannerImport({ planId, themes, people, sprints, tasks }, rows, {
        now: stamp,
        today: today(),
        unlabeledName: options.unlabeledName,
        makeId: newId,
      });
      if (!merged.ok) throw new CommandError(merged.problem);
      const { plan: change } = merged;
      const changed = new Map(change.tasks.map((c) => [c.after.id, c.after]));
      const { rows: whole, repairs } = repairPlan(
        {
          plans: [plan],
          themes: [...themes, ...change.themes],
          actions,
          sprints,
          people: [...people, ...change.people],
          tasks: [
            ...tasks.map((t) => changed.get(t.id) ?? t),
            ...change.tasks.filter((c) => c.before === null).map((c) => c.after),
          ],
          history: [],
        },
        { now: stamp, names: options.names },
      );
      // What the repair touched besides the imported tasks is stored too: the plan ends whole.
      const untouched = new Set<object>([...themes, ...actions, ...sprints, ...people, plan]);
      await db.themes.bulkPut(whole.themes.filter((t) => !untouched.has(t)));
      await db.actions.bulkPut(whole.actions.filter((a) => !untouched.has(a)));
      await db.sprints.bulkPut(whole.sprints.filter((s) => !untouched.has(s)));
      await db.people.bulkPut(whole.people.filter((p) => !untouched.has(p)));
      const before = new Map<string, (typeof tasks)[number] | null>(tasks.map((t) => [t.id, t]));
      for (const c of change.tasks) before.set(c.after.id, c.before);
      for (const task of whole.tasks) {
        const was = before.get(task.id) ?? null;
        if (task !== was) await storeTask(was, task);
      }
      if (whole.history.length)
        await db.history.bulkAdd(whole.history.map((h) => ({ ...h, id: newTimeId() })));
      return { ...change.result, repairs };
    },
  );
}
