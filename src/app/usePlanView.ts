import type { Language } from '../i18n/i18n';
import { useMemo } from 'react';
import {
  filterTasks,
  isFilterEmpty,
  knownIdsOf,
  parseFilter,
  type TaskFilter,
} from '../domain/filter';
import { currentSprint } from '../domain/sprints';
import type { IsoDate, Sprint, Task } from '../domain/types';
import { usePlanTasks, type PlanBundle } from '../db/live';
import { today as clockToday } from '../lib/clock';
import { useSearch } from '../lib/url';
import { useLang } from '../i18n/useLang';

/** What a whole-plan view (year plan, roadmap) shows: the plan's tasks, narrowed by the URL filter. */
export interface PlanView {
  lang: Language;
  today: IsoDate;
  /** The sprint that holds today, or the nearest one; null in a plan without sprints. */
  sprint: Sprint | null;
  /** Every task of the plan; empty while loading. */
  allTasks: Task[];
  filter: TaskFilter;
  /** A filter is on: views say how many tasks it shows and leave out what has none. */
  filtering: boolean;
  /** The tasks the filter lets through. */
  tasks: Task[];
}

// It reads the live tasks and the address, so it is app code, not a presentational piece of src/ui;
// the views that share it get it from here, as features may not import each other.
export function usePlanView(bundle: PlanBundle): PlanView {
  const lang = useLang();
  const today = clockToday();
  const loaded = usePlanTasks(bundle.plan.id);
  const allTasks = useMemo(() => loaded ?? [], [loaded]);
  const sprint = useMemo(
    () => currentSprint(bundle.sprints, today) ?? null,
    [bundle.sprints, today],
  );
  const query = useSearch().toString();
  const filter = useMemo(
    () => parseFilter(new URLSearchParams(query), knownIdsOf(bundle)),
    [query, bundle],
  );
  const filtering = !isFilterEmpty(filter);
  const tasks = useMemo(
    () => filterTasks(allTasks, filter, { today, sprint }),
    [allTasks, filter, today, sprint],
  );
  return { lang, today, sprint, allTasks, filter, filtering, tasks };
}
