import { buildCalendar } from '../src/domain/sprints';
import { blankTask } from '../src/domain/tasks';
import { makeBackup } from '../src/domain/backup';
import {
  STATUSES,
  type Action,
  type HistoryEntry,
  type Person,
  type Plan,
  type Sprint,
  type Task,
  type Theme,
} from '../src/domain/types';

/** A plan of `count` tasks with fixed, repeatable values (no randomness, no clock). */
export function bigPlan(count = 10_000) {
  const planId = 'plan-bench';
  const themes: Theme[] = Array.from({ length: 6 }, (_, i) => ({
    id: `theme-${i}`,
    planId,
    label: `thema ${i}`,
    name: `Thema ${i}`,
    color: '#1f5fa8',
    order: i + 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
  }));
  const actions: Action[] = Array.from({ length: 18 }, (_, i) => ({
    id: `action-${i}`,
    planId,
    themeId: `theme-${i % 6}`,
    title: `Actie ${i}`,
    description: '',
    order: i,
    ownerId: null,
    targetSprintId: null,
    phase: null,
    updatedAt: '2025-01-01T00:00:00.000Z',
  }));
  const people: Person[] = Array.from({ length: 10 }, (_, i) => ({
    id: `person-${i}`,
    planId,
    name: `Persoon ${i}`,
    initials: `P${i}`,
    color: '#2f4f6f',
    role: 'lid',
  }));
  const sprints: Sprint[] = buildCalendar({ firstStart: '2025-01-06', lengthWeeks: 6 }, 2025).map(
    (s) => ({
      id: `sprint-${s.number}`,
      planId,
      number: s.number,
      name: '',
      start: s.start,
      end: s.end,
      lengthWeeks: null,
      goal: '',
      closedAt: null,
      snapshot: null,
    }),
  );
  const tasks: Task[] = Array.from({ length: count }, (_, i) =>
    blankTask(
      {
        id: `task-${i}`,
        planId,
        themeId: `theme-${i % 6}`,
        title: `Taak ${i} over AI-geletterdheid en enquête ${i % 97}`,
        now: '2025-01-01T00:00:00.000Z',
      },
      {
        actionId: `action-${i % 18}`,
        status: STATUSES[i % 5]!,
        sprintId: i % 10 === 0 ? null : `sprint-${(i % 9) + 1}`,
        assigneeIds: i % 4 === 0 ? [] : [`person-${i % 10}`],
        dueDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
        rank: i * 16,
        notes:
          i % 7 === 0
            ? [{ id: `n-${i}`, date: '2025-05-01', text: 'Overleg met de DPO over de verwerking' }]
            : [],
        checklist: i % 5 === 0 ? [{ id: `c-${i}`, title: 'Eerste stap', done: i % 2 === 0 }] : [],
        blockedSince: i % 5 === 3 ? '2025-05-01' : null,
        blockedReason: i % 5 === 3 ? 'Wacht op juridisch advies' : '',
      },
    ),
  );
  return { planId, themes, actions, people, sprints, tasks };
}

/** The sprint the browser bench opens: sprint 4 holds "today" (2025-05-20) in the bench calendar. */
export const FULL_SPRINT_ID = 'sprint-4';

/**
 * `bigPlan` as a restorable backup for the browser bench: half as many again pulled into sprint 4
 * (about 1,500 of the 10,000), themes spread evenly over every sprint, and history lines per task,
 * so that the board, the report and a restore all see a full year.
 */
export function benchBackup(count = 10_000) {
  const plan = bigPlan(count);
  const tasks = plan.tasks.map((t, i) => {
    const sprintId =
      t.sprintId !== null && t.sprintId !== FULL_SPRINT_ID && i % 16 === 5
        ? FULL_SPRINT_ID
        : t.sprintId;
    const completedAt =
      t.status === 'afgerond' ? `2025-0${(i % 5) + 1}-1${i % 10}T10:00:00.000Z` : null;
    // bigPlan's theme (i % 6) and sprint (i % 9) share a factor: a sprint would hold two themes only.
    const theme = Math.floor(i / 10) % 6;
    return {
      ...t,
      sprintId,
      completedAt,
      themeId: `theme-${theme}`,
      actionId: `action-${theme + 6 * (i % 3)}`,
    };
  });
  const history: HistoryEntry[] = [];
  for (const [i, t] of tasks.entries()) {
    history.push({
      id: `h-${String(2 * i).padStart(6, '0')}`,
      planId: plan.planId,
      taskId: t.id,
      at: t.createdAt,
      field: 'created',
      from: null,
      to: null,
    });
    if (t.status !== 'backlog')
      history.push({
        id: `h-${String(2 * i + 1).padStart(6, '0')}`,
        planId: plan.planId,
        taskId: t.id,
        at: '2025-05-12T08:00:00.000Z',
        field: 'status',
        from: 'backlog',
        to: t.status,
      });
  }
  const planRow: Plan = {
    id: plan.planId,
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
  return makeBackup(
    {
      plans: [planRow],
      themes: plan.themes,
      actions: plan.actions,
      tasks,
      sprints: plan.sprints,
      people: plan.people,
      history,
    },
    '2025-05-20T07:00:00.000Z',
  );
}
