import { applyPatch } from '../../domain/tasks';
import { planSprintClose, type CloseDecision } from '../../domain/close';
import type { Sprint, Task } from '../../domain/types';
import { CommandError } from '../errors';
import { db } from '../schema';
import { planClock, requirePlan, storeTask, write } from '../write';

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
    const clock = planClock(await requirePlan(sprint.planId));
    if (sprint.closedAt !== null) throw new CommandError('sprint-closed');
    const next = await db.sprints
      .where('[planId+number]')
      .equals([sprint.planId, sprint.number + 1])
      .first();
    const tasks = await db.tasks.where('planId').equals(sprint.planId).toArray();
    const plan = planSprintClose(tasks, sprint, next, decisions);
    const stamp = clock.now;
    const day = clock.today;
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
