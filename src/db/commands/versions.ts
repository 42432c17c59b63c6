import type { Sprint, Task } from '../../domain/types';
import { replayOnto } from '../../domain/undoOnto';
import { now } from '../../lib/clock';
import { CommandError } from '../errors';
import { db } from '../schema';
import { removeTask, requirePlan, storeTask, write } from '../write';

/**
 * Puts several tasks (and sprints) of one plan back as they were (null = must not exist), in one
 * transaction. With `from` (the versions the change started from) only the fields that change
 * touched are put back, so a teammate's edit of another field survives an undo. Undo and redo write through here, so a recorded change whose plan is gone, or that
 * names rows of another plan, is refused whole instead of leaving rows nobody can see.
 */
export async function applyVersions(
  planId: string,
  versions: ReadonlyArray<{ id: string; version: Task | null }>,
  sprints: readonly Sprint[] = [],
  from?: ReadonlyArray<{ id: string; version: Task | null }>,
): Promise<void> {
  const fromById = new Map(from?.map((f) => [f.id, f.version]));
  await write([db.tasks, db.history, db.sprints], async () => {
    await requirePlan(planId);
    if (sprints.some((s) => s.planId !== planId)) throw new CommandError('plan-missing');
    if (sprints.length) await db.sprints.bulkPut([...sprints]);
    const stamp = now();
    for (const { id, version } of versions) {
      const current = (await db.tasks.get(id)) ?? null;
      if ((current && current.planId !== planId) || (version && version.planId !== planId))
        throw new CommandError('plan-missing');
      const target = from ? replayOnto(current, fromById.get(id) ?? null, version) : version;
      if (target === null) {
        if (current) await removeTask(current, stamp);
      } else {
        await storeTask(current, { ...target, updatedAt: stamp });
      }
    }
  });
}
