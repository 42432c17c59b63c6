import type { IsoDate, IsoDateTime, Plan } from './types';

/**
 * The "today" of a plan. A plan with a story day (the demo) lives on that day, whatever the
 * clock says, so all its views, reports and exports tell one coherent story; every other plan
 * lives on the real clock.
 */
export function planToday(plan: Pick<Plan, 'storyDay'>, clockToday: IsoDate): IsoDate {
  return plan.storyDay ?? clockToday;
}

/**
 * The moment a write in a plan is stamped with: in a plan with a story day, the clock's time of
 * day on the story day, so the history of an edit made in the demo never lies after its "today"
 * (reports read their burn-up from that history).
 */
export function planNow(plan: Pick<Plan, 'storyDay'>, clockNow: IsoDateTime): IsoDateTime {
  return plan.storyDay ? `${plan.storyDay}${clockNow.slice(10)}` : clockNow;
}
