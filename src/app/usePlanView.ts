import type { Language } from '../i18n/i18n';
import { useMemo } from 'react';
import {
  filterTasks,
  isFilterEmpty,
  knownIdsOf,
  parseFilter,
  type TaskFilter,
} from '../domain/filter';
import { planToday } from '../domain/planTime';
import { currentSprint } from '../domain/sprints';
import type { IsoDate, Plan, Sprint, Task } from '../domain/types';
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

/**
 * The plan's "today": the demo's story day, or the clock's date for the user's own plans. Every
 * view, report and export of a plan takes its today from here, so the demo tells one story.
 */
export function usePlanToday(plan: Pick<Plan, 'storyDay'>): IsoDate {
  return planToday(plan, clockToday());
}

// It reads the live tasks and the address, so it is app code, not a presentational piece of src/ui;
// the views that share it get it from here, as features may not import each other.
export function usePlanView(bundle: PlanBundle): PlanView {
  const lang = useLang();
  const today = usePlanToday(bundle.plan);
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
