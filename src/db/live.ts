import { useLiveQuery } from 'dexie-react-hooks';
import type { HistoryEntry, Plan, Task } from '../domain/types';
import {
  activePlanId,
  getTask,
  historyOfPlan,
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

export function useSprintTasks(
  planId: string | null | undefined,
  sprintId: string | null,
): Task[] | undefined {
  return useLiveQuery(() => (planId ? tasksOfSprint(planId, sprintId) : []), [planId, sprintId]);
}

export function useTaskHistory(taskId: string | null): HistoryEntry[] | undefined {
  return useLiveQuery(() => (taskId ? historyOfTask(taskId) : []), [taskId]);
}

export type { PlanBundle };

export function useTask(taskId: string | null): Task | null | undefined {
  return useLiveQuery(async () => (taskId ? ((await getTask(taskId)) ?? null) : null), [taskId]);
}

/** The whole plan's task history, oldest first: the sprint report reads its burn-up from it. */
export function usePlanHistory(planId: string | null | undefined): HistoryEntry[] | undefined {
  return useLiveQuery(() => (planId ? historyOfPlan(planId) : []), [planId]);
}
