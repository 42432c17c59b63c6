import type { Sprint, Task } from '../../domain/types';
import { now } from '../../lib/clock';

import { db } from '../schema';
import { removeTask, storeTask, write } from '../write';

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
        if (current) await removeTask(current, stamp);
      } else {
        await storeTask(current, { ...version, updatedAt: stamp });
      }
    }
  });
}
