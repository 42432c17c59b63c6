import { useCallback, useMemo } from 'react';
import {
  EMPTY_FILTER,
  filterTasks,
  knownIdsOf,
  parseFilter,
  type TaskFilter,
} from '../../domain/filter';
import type { Sprint, Task } from '../../domain/types';
import type { PlanBundle } from '../../db/live';
import { usePlanToday } from '../../app/usePlanView';
import { useSearch } from '../../lib/url';

/** The filter named in the URL query, limited to ids the plan knows. */
export function useUrlFilter(bundle: PlanBundle | null | undefined): TaskFilter {
  const query = useSearch().toString();
  return useMemo(
    () => (bundle ? parseFilter(new URLSearchParams(query), knownIdsOf(bundle)) : EMPTY_FILTER),
    [bundle, query],
  );
}

/**
 * The URL filter as a function the board can apply to a sprint's tasks; it changes identity only
 * when the filter does, so the board's memoised grouping is not redone on every render.
 */
export function useTaskNarrowing(
  bundle: PlanBundle | null | undefined,
): (tasks: Task[], sprint: Sprint | null) => Task[] {
  const filter = useUrlFilter(bundle);
  const today = usePlanToday(bundle?.plan ?? {});
  return useCallback(
    (tasks: Task[], sprint: Sprint | null) => filterTasks(tasks, filter, { today, sprint }),
    [filter, today],
  );
}
