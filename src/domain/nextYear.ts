import { addDaysIso, fromIsoDate } from './dates';
import { buildCalendar } from './sprints';
import type {
  Action,
  IsoDate,
  IsoDateTime,
  Person,
  Plan,
  Sprint,
  SprintSettings,
  Task,
  Theme,
} from './types';

/** The first Monday of a year: where a new year's sprint calendar starts unless the team says otherwise. */
export function firstMondayOf(year: number): IsoDate {
  const jan1 = `${String(year).padStart(4, '0')}-01-01`;
  // getDay: 0 = Sunday … 6 = Saturday; Monday is 1.
  const weekday = fromIsoDate(jan1).getDay();
  return addDaysIso(jan1, (8 - weekday) % 7);
}

/** "Jaarplan AI 2025" → "Jaarplan AI 2026"; a name without the year gets the new year added. */
export function nextPlanName(name: string, fromYear: number, toYear: number): string {
  const trimmed = name.trim();
  const year = String(fromYear);
  if (new RegExp(`(^|\\D)${year}(\\D|$)`).test(trimmed))
    return trimmed.replace(new RegExp(`(^|\\D)${year}(?=\\D|$)`, 'g'), `$1${toYear}`);
  return `${trimmed} ${toYear}`.trim();
}

export interface PlanContent {
  plan: Plan;
  themes: readonly Theme[];
  actions: readonly Action[];
  people: readonly Person[];
  sprints: readonly Sprint[];
  tasks: readonly Task[];
}

export interface NextYearOptions {
  name: string;
  year: number;
  sprintSettings: SprintSettings;
  /** Copy the tasks that are not done into the new plan. */
  carryOpenTasks: boolean;
  now: IsoDateTime;
  makeId: () => string;
}

export interface NextYearRows {
  plan: Plan;
  themes: Theme[];
  actions: Action[];
  people: Person[];
  sprints: Sprint[];
  tasks: Task[];
}

/**
 * The next year's plan built from this one. Themes, actions and people are copied with new ids;
 * sprint goals and stretched sprints are not, because each year has its own holidays and aims.
 * Open tasks, when asked for, are copied too: work that sat in a sprint lands in sprint 1 and
 * counts as carried over once more, work in the backlog stays in the backlog. The source plan
 * is never changed — it stays as last year's record.
 */
export function planNextYear(source: PlanContent, options: NextYearOptions): NextYearRows {
  const { now, makeId } = options;
  const planId = makeId();
  const plan: Plan = {
    id: planId,
    name: options.name,
    year: options.year,
    sprintSettings: { ...options.sprintSettings },
    // The team's WIP limits are how it works, not this year's data: they go along, as theme limits do.
    ...(source.plan.wipLimits ? { wipLimits: { ...source.plan.wipLimits } } : {}),
    createdAt: now,
    updatedAt: now,
  };

  const sprints: Sprint[] = buildCalendar(plan.sprintSettings, plan.year).map((slot) => ({
    id: makeId(),
    planId,
    number: slot.number,
    name: '',
    start: slot.start,
    end: slot.end,
    lengthWeeks: null,
    goal: '',
    closedAt: null,
    snapshot: null,
  }));
  const firstSprint = sprints[0]?.id ?? null;

  const themeIds = new Map<string, string>();
  const themes: Theme[] = [...source.themes]
    .sort((a, b) => a.order - b.order)
    .map((t, i) => {
      const id = makeId();
      themeIds.set(t.id, id);
      return { ...t, id, planId, order: i + 1, updatedAt: now };
    });

  const personIds = new Map<string, string>();
  const people: Person[] = source.people.map((p) => {
    const id = makeId();
    personIds.set(p.id, id);
    return { ...p, id, planId };
  });

  const actionIds = new Map<string, string>();
  const actions: Action[] = source.actions.flatMap((a) => {
    const themeId = themeIds.get(a.themeId);
    if (!themeId) return [];
    const id = makeId();
    actionIds.set(a.id, id);
    return [
      {
        ...a,
        id,
        planId,
        themeId,
        ownerId: a.ownerId === null ? null : (personIds.get(a.ownerId) ?? null),
        // Last year's sprints do not exist in the new calendar.
        targetSprintId: null,
        updatedAt: now,
      },
    ];
  });

  const open = options.carryOpenTasks
    ? source.tasks.filter((t) => t.status !== 'afgerond' && themeIds.has(t.themeId))
    : [];
  const taskIds = new Map<string, string>();
  for (const t of open) taskIds.set(t.id, makeId());
  const tasks: Task[] = open.map((t) => {
    const fromSprint = t.sprintId !== null;
    const sprintId = fromSprint ? firstSprint : null;
    return {
      ...t,
      id: taskIds.get(t.id)!,
      planId,
      themeId: themeIds.get(t.themeId)!,
      actionId: t.actionId === null ? null : (actionIds.get(t.actionId) ?? null),
      sprintId,
      assigneeIds: t.assigneeIds.flatMap((p) => personIds.get(p) ?? []),
      blockedBy: t.blockedBy.flatMap((b) => taskIds.get(b) ?? []),
      checklist: t.checklist.map((c) => ({ ...c, id: makeId() })),
      notes: t.notes.map((n) => ({ ...n, id: makeId() })),
      carryOverCount: fromSprint && sprintId !== null ? t.carryOverCount + 1 : t.carryOverCount,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
    };
  });

  return { plan, themes, actions, people, sprints, tasks };
}
