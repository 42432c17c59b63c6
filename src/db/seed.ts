import { addDaysIso } from '../domain/dates';
import { buildCalendar } from '../domain/sprints';
import { blankTask } from '../domain/tasks';
import { RANK_STEP } from '../domain/ordering';
import type {
  Action,
  HistoryEntry,
  Person,
  Plan,
  Sprint,
  Status,
  Task,
  Theme,
} from '../domain/types';
import { newId } from '../lib/ids';
import { sharingStops, type SharingStop } from '../domain/syncReplace';
import { dropSync } from './commands/sync';
import { addPlanRows, removePlanRows } from './rows';
import { db } from './schema';
import { DEMO_STORY_DAY, demoPlan } from './seedData';
import { allTables, write } from './write';

export interface PlanRows {
  plan: Plan;
  themes: Theme[];
  actions: Action[];
  people: Person[];
  sprints: Sprint[];
  tasks: Task[];
  history: HistoryEntry[];
}

const at = (date: string, hour = 8) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

// Re-exported for the tests and callers that know the demo by its seeding code.
export { DEMO_STORY_DAY };

/**
 * The demo year plan as rows. Timestamps come from the sprint calendar, not the clock, so that
 * history, reports and burn-up charts of the demo look the same on every machine and every day.
 */
export function demoRows(makeId: () => string = newId): PlanRows {
  const seed = demoPlan;
  const planId = makeId();
  const createdAt = at(addDaysIso(seed.firstStart, -14));
  const plan: Plan = {
    id: planId,
    name: seed.name,
    year: seed.year,
    sprintSettings: { firstStart: seed.firstStart, lengthWeeks: seed.lengthWeeks },
    storyDay: DEMO_STORY_DAY,
    createdAt,
    updatedAt: createdAt,
  };
  const slots = buildCalendar(plan.sprintSettings, seed.year, seed.sprintLengths);
  const sprints: Sprint[] = slots.map((s) => ({
    id: makeId(),
    planId,
    number: s.number,
    name: '',
    start: s.start,
    end: s.end,
    lengthWeeks: seed.sprintLengths[s.number] ?? null,
    goal: seed.goals[s.number] ?? '',
    closedAt: null,
    snapshot: null,
  }));
  const sprintByNumber = new Map(sprints.map((s) => [s.number, s]));

  const people: Person[] = seed.people.map((p) => ({ id: makeId(), planId, ...p }));
  const personByRole = new Map(people.map((p) => [p.role, p]));

  const themes: Theme[] = [];
  const actions: Action[] = [];
  const actionIds = new Map<string, string[]>();
  seed.themes.forEach((t, i) => {
    const theme: Theme = {
      id: makeId(),
      planId,
      label: t.label,
      name: t.name,
      color: t.color,
      order: i + 1,
      updatedAt: createdAt,
    };
    themes.push(theme);
    const ids: string[] = [];
    t.actions.forEach((a, j) => {
      const id = makeId();
      ids.push(id);
      actions.push({
        id,
        planId,
        themeId: theme.id,
        title: a.title,
        description: a.description,
        order: j + 1,
        ownerId: a.owner ? (personByRole.get(a.owner)?.id ?? null) : null,
        targetSprintId: null,
        phase: a.phase ?? null,
        updatedAt: createdAt,
      });
    });
    actionIds.set(t.label, ids);
  });
  const themeByLabel = new Map(themes.map((t) => [t.label, t]));

  const tasks: Task[] = [];
  const history: HistoryEntry[] = [];
  const titleToId = new Map<string, string>();
  const log = (
    task: Task,
    when: string,
    field: HistoryEntry['field'],
    from: HistoryEntry['from'],
    to: HistoryEntry['to'],
  ) => history.push({ id: makeId(), planId, taskId: task.id, at: when, field, from, to });

  seed.tasks.forEach((s, index) => {
    const theme = themeByLabel.get(s.theme);
    if (!theme) throw new Error(`demo: unknown theme ${s.theme}`);
    const sprint = s.sprint === null ? undefined : sprintByNumber.get(s.sprint);
    // The seed documents describe the whole year; as of the story day, a sprint that has not
    // started holds only planned work: not yet started, done or carried over from an earlier
    // sprint that has not ended either. Blocked work may already wait there, since a day that
    // has passed.
    const future = !!sprint && sprint.start > DEMO_STORY_DAY;
    const seedOrigin =
      s.sprint === null
        ? undefined
        : sprintByNumber.get(Math.max(1, s.sprint - (s.carryOver ?? 0)));
    const carry =
      future && seedOrigin && seedOrigin.start > DEMO_STORY_DAY ? 0 : (s.carryOver ?? 0);
    const origin = carry === 0 ? sprint : seedOrigin;
    const status: Status =
      future && (s.status === 'in-uitvoering' || s.status === 'afgerond') ? 'gepland' : s.status;
    // Every seventh task arrives during its sprint, so reports show work "added during the sprint".
    const lateAdd = sprint && carry === 0 && index % 7 === 3;
    const plannedCreation = origin
      ? lateAdd
        ? addDaysIso(origin.start, 10)
        : addDaysIso(origin.start, -3)
      : addDaysIso(seed.firstStart, -7);
    // Work for later sprints was put in the plan at the start of the year.
    const createdDay =
      plannedCreation > DEMO_STORY_DAY ? addDaysIso(seed.firstStart, -7) : plannedCreation;
    const id = makeId();
    titleToId.set(s.title, id);
    const initial: Status = status === 'backlog' ? 'backlog' : 'gepland';
    // A later sprint's blocked task has waited since a day before the story day (spread over
    // the days before it, so "longest blocked first" still has an order to show).
    const blockedSince =
      status !== 'geblokkeerd'
        ? null
        : future
          ? addDaysIso(DEMO_STORY_DAY, -1 - (index % 9))
          : (s.blockedSince ?? sprint?.start ?? null);
    const span = sprint ? { start: sprint.start, end: sprint.end } : null;
    const storySprint = !!span && span.start <= DEMO_STORY_DAY && DEMO_STORY_DAY <= span.end;
    const plannedDone = span
      ? s.due && s.due <= span.end && s.due >= span.start
        ? s.due
        : addDaysIso(span.start, 5 + (index % 5) * 6)
      : null;
    const doneDay =
      plannedDone && storySprint && plannedDone >= DEMO_STORY_DAY
        ? addDaysIso(DEMO_STORY_DAY, -1)
        : plannedDone;
    const task = blankTask(
      { id, planId, themeId: theme.id, title: s.title, now: at(createdDay) },
      {
        actionId: s.action === null ? null : (actionIds.get(s.theme)?.[s.action] ?? null),
        description: s.description ?? '',
        status,
        sprintId: sprint?.id ?? null,
        assigneeIds: s.assignees
          .map((r) => personByRole.get(r)?.id)
          .filter((x): x is string => !!x),
        dueDate: s.due ?? null,
        priority: s.priority ?? 'normaal',
        checklist: (s.checklist ?? []).map(([title, done]) => ({ id: makeId(), title, done })),
        notes: (s.notes ?? [])
          .filter(([date]) => date <= DEMO_STORY_DAY)
          .map(([date, text]) => ({ id: makeId(), date, text })),
        blockedReason: s.blockedReason ?? '',
        blockedSince,
        rank: (tasks.filter((t) => t.sprintId === (sprint?.id ?? null)).length + 1) * RANK_STEP,
        carryOverCount: carry,
        phase: s.phase ?? null,
        completedAt: status === 'afgerond' && doneDay ? at(doneDay, 15) : null,
      },
    );
    log(task, task.createdAt, 'created', null, initial);
    if (task.assigneeIds.length) log(task, at(createdDay, 9), 'assigneeIds', [], task.assigneeIds);
    for (let k = carry; k > 0 && s.sprint !== null; k--) {
      const from = sprintByNumber.get(s.sprint - k);
      const to = sprintByNumber.get(s.sprint - k + 1);
      // A task cannot have left the story's sprint at its end yet: it was moved on mid-sprint.
      const movedDay =
        from && from.start <= DEMO_STORY_DAY && DEMO_STORY_DAY <= from.end
          ? addDaysIso(DEMO_STORY_DAY, -6)
          : to?.start;
      if (from && to && movedDay) log(task, at(movedDay, 7), 'sprintId', from.id, to.id);
    }
    if (future && status === 'geblokkeerd' && blockedSince) {
      log(task, at(blockedSince, 11), 'status', initial, 'geblokkeerd');
    } else if (
      span &&
      (status === 'in-uitvoering' || status === 'geblokkeerd' || status === 'afgerond')
    ) {
      const planned = addDaysIso(span.start, 2 + (index % 4));
      // Work starts after the task exists, and in the story's sprint not after the story day.
      const afterCreation = planned < createdDay ? addDaysIso(createdDay, 1) : planned;
      const startedDay =
        storySprint && afterCreation > DEMO_STORY_DAY ? DEMO_STORY_DAY : afterCreation;
      log(task, at(startedDay, 10), 'status', initial, 'in-uitvoering');
      if (status === 'geblokkeerd')
        log(
          task,
          at(task.blockedSince ?? startedDay, 11),
          'status',
          'in-uitvoering',
          'geblokkeerd',
        );
      if (status === 'afgerond' && doneDay)
        log(
          task,
          at(doneDay < startedDay ? startedDay : doneDay, 15),
          'status',
          'in-uitvoering',
          'afgerond',
        );
    }
    tasks.push({ ...task, updatedAt: history[history.length - 1]?.at ?? task.createdAt });
  });
  seed.tasks.forEach((s, i) => {
    const task = tasks[i];
    if (task && s.blockedBy)
      task.blockedBy = s.blockedBy.map((t) => titleToId.get(t)).filter((x): x is string => !!x);
  });
  return { plan, themes, actions, people, sprints, tasks, history };
}

/** Adds a whole plan (new ids) and opens it, in one `write`, or in the caller's transaction. */
export async function writePlanRows(rows: PlanRows): Promise<void> {
  await write(allTables(), async () => {
    await addPlanRows({ ...rows, plans: [rows.plan] });
    await db.meta.put({ key: 'activePlanId', value: rows.plan.id });
  });
}

/** First start: an empty database gets the demo year plan. Safe to call twice (two tabs). */
export async function seedDemoIfEmpty(): Promise<boolean> {
  return write(allTables(), async () => {
    if ((await db.plans.count()) > 0 || (await db.meta.get('seeded'))) return false;
    const rows = demoRows();
    await writePlanRows(rows);
    await db.meta.put({ key: 'seeded', value: true });
    await db.meta.put({ key: 'demoPlanId', value: rows.plan.id });
    return true;
  });
}

export interface DemoReset {
  /** The fresh demo plan. */
  planId: string;
  /** The replaced demo plan, when it was shared on this device: it no longer is. */
  sharingStopped: SharingStop[];
}

/**
 * Replaces the demo plan (only that one) with a fresh copy; other plans stay. The fresh copy has
 * new ids, so it is another plan for the team: a shared demo plan stops being shared on this
 * device and the team is sent none of its deletes, as for a restore (src/domain/syncReplace.ts).
 */
export async function resetDemo(): Promise<DemoReset> {
  return write([...allTables(), db.syncUpdates], async () => {
    const old = await db.meta.get('demoPlanId');
    const oldId = typeof old?.value === 'string' ? old.value : null;
    const [shared, oldPlan] = await Promise.all([
      db.syncPlans.toArray(),
      oldId ? db.plans.get(oldId) : undefined,
    ]);
    const rows = demoRows();
    const sharingStopped = sharingStops({
      shared: shared.map((s) => s.planId),
      replaced: oldId ? [oldId] : [],
      before: oldPlan ? [oldPlan] : [],
      after: [rows.plan],
    });
    await dropSync(sharingStopped.map((s) => s.planId));
    if (oldId) await removePlanRows(oldId);
    await writePlanRows(rows);
    await db.meta.put({ key: 'seeded', value: true });
    await db.meta.put({ key: 'demoPlanId', value: rows.plan.id });
    return { planId: rows.plan.id, sharingStopped };
  });
}
