import { beforeEach, describe, expect, it } from 'vitest';
import { createTheme } from '../../src/db/commands/catalogue';
import { createPlan } from '../../src/db/commands/plans';
import { connectPlan } from '../../src/db/commands/sync';
import { db } from '../../src/db/schema';
import { applyRemoteChanges, type StoredForChanges } from '../../src/db/syncStore';
import { planRemoteChanges, taskRefsOf } from '../../src/domain/syncApplyChanges';
import { setClock } from '../../src/lib/clock';
import { aTask } from '../builders';

// A remote change to one task of a 10,000-task plan reads and checks that task only (and the
// tasks it names), never the whole plan; counted, not timed.

const CTX = {
  now: '2025-05-20T10:00:00.000Z',
  names: { unlabeledTheme: 'Zonder label', untitled: 'Zonder titel', missingReason: 'Onbekend' },
};

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
});

describe('applyRemoteChanges', () => {
  it('at 10,000 tasks, one remote change examines and writes only the changed task', async () => {
    const plan = await createPlan({
      name: 'Jaarplan AI 2025',
      year: 2025,
      sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
    });
    const theme = await createTheme({
      planId: plan.id,
      name: 'Strategie',
      label: 'strategie',
      color: '#1f5fa8',
    });
    const tasks = Array.from({ length: 10_000 }, (_, i) =>
      aTask({ id: `task-${i}`, planId: plan.id, themeId: theme.id }),
    );
    await db.tasks.bulkAdd(tasks);
    await connectPlan({ planId: plan.id, serverUrl: 'ws://127.0.0.1:4540', token: 'x'.repeat(20) });

    const edited = { ...tasks[4_321]!, title: 'Van het team', blockedBy: ['task-7'] };
    const changes = [{ table: 'tasks' as const, id: edited.id, row: edited }];
    let seen: StoredForChanges | null = null;
    let examined: string[] = [];
    const result = await applyRemoteChanges(plan.id, changes, taskRefsOf(changes), (stored) => {
      seen = stored;
      const decided = planRemoteChanges({ planId: plan.id, changes, ...stored }, CTX);
      if (decided.whole) return null;
      examined = decided.examined;
      return decided;
    });

    expect(examined).toEqual([`tasks:${edited.id}`]);
    expect([...seen!.stored.keys()]).toEqual([`tasks:${edited.id}`]);
    expect([...seen!.storedTaskIds]).toEqual(['task-7']);
    expect(result?.put.tasks.map((t) => t.id)).toEqual([edited.id]);
    expect(await db.tasks.get(edited.id)).toMatchObject({
      title: 'Van het team',
      blockedBy: ['task-7'],
    });
    expect(await db.tasks.count()).toBe(10_000);
    // Written as remote: nothing goes back out.
    expect(await db.outbox.count()).toBe(0);
  });
});
