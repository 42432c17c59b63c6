import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { HistoryEntry, Plan, Task } from '../domain/types';
import type { SyncPlan } from './outbox';
import { getSyncPlan, syncPlans } from './syncStore';
import { db } from './schema';
import { authorKey } from './write';
import {
  activePlanId,
  blockedCountOfPlan,
  getTask,
  historyOfTask,
  listPlans,
  planBundle,
  tasksOfPlan,
  tasksOfSprint,
  type PlanBundle,
} from './queries';

// Live reads for components: IndexedDB is the single source of truth and these hooks repaint on
// every committed change, in this tab and in others.

/** undefined while loading, null when there is no plan. */
export function useActivePlanId(): string | null | undefined {
  return useLiveQuery(() => activePlanId(), [], undefined);
}

export function usePlans(): Plan[] | undefined {
  return useLiveQuery(() => listPlans(), []);
}

export function usePlanBundle(planId: string | null | undefined): PlanBundle | null | undefined {
  return useLiveQuery(() => (planId ? planBundle(planId) : null), [planId]);
}

export function usePlanTasks(planId: string | null | undefined): Task[] | undefined {
  return useLiveQuery(() => (planId ? tasksOfPlan(planId) : []), [planId]);
}

/** How many tasks of the plan are blocked: the count on the whole-plan "blocked" tab. */
export function useBlockedCount(planId: string | null | undefined): number | undefined {
  return useLiveQuery(() => (planId ? blockedCountOfPlan(planId) : 0), [planId]);
}

export function useSprintTasks(
  planId: string | null | undefined,
  sprintId: string | null,
): Task[] | undefined {
  const loaded = useLiveQuery(
    () => (planId ? tasksOfSprint(planId, sprintId) : []),
    [planId, sprintId],
  );
  return useKeptTasks(loaded);
}

/**
 * The tasks of a new read, with the objects of the previous read wherever a task did not change.
 * Every read returns fresh objects; keeping the old ones lets memoised cards skip the redraw, so
 * a drop on a board of 1,500 cards redraws the cards it moved, not all of them.
 */
export function keepUnchanged(previous: readonly Task[], next: Task[]): Task[] {
  const before = new Map(previous.map((t) => [t.id, t]));
  return next.map((t) => {
    const old = before.get(t.id);
    return old && sameData(old, t) ? old : t;
  });
}

/** Deep equality of stored rows (plain objects, arrays, primitives), without allocating. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}

function useKeptTasks(loaded: Task[] | undefined): Task[] | undefined {
  const [kept, setKept] = useState<{ from: Task[] | undefined; tasks: Task[] | undefined }>({
    from: undefined,
    tasks: undefined,
  });
  if (kept.from === loaded) return kept.tasks;
  // Derived from the previous read, React's way: state set during render, before anything commits.
  const tasks = loaded && kept.tasks ? keepUnchanged(kept.tasks, loaded) : loaded;
  setKept({ from: loaded, tasks });
  return tasks;
}

export function useTaskHistory(taskId: string | null): HistoryEntry[] | undefined {
  return useLiveQuery(() => (taskId ? historyOfTask(taskId) : []), [taskId]);
}

export type { PlanBundle };

export function useTask(taskId: string | null): Task | null | undefined {
  return useLiveQuery(async () => (taskId ? ((await getTask(taskId)) ?? null) : null), [taskId]);
}

/** Every plan shared through a sync server (empty on a device that shares none). */
export function useSyncPlans(): SyncPlan[] | undefined {
  return useLiveQuery(() => syncPlans(), []);
}

/** The sync server of one plan; null when the plan is not shared. */
export function useSyncPlan(planId: string): SyncPlan | null | undefined {
  return useLiveQuery(async () => (await getSyncPlan(planId)) ?? null, [planId]);
}

/** The person this device says it is in the plan ("Ik ben"), or null. */
export function useAuthor(planId: string): string | null | undefined {
  return useLiveQuery(async () => {
    const row = await db.meta.get(authorKey(planId));
    return typeof row?.value === 'string' ? row.value : null;
  }, [planId]);
}
