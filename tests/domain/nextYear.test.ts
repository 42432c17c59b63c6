import { describe, expect, it } from 'vitest';
import {
  firstMondayOf,
  nextPlanName,
  planNextYear,
  type PlanContent,
} from '../../src/domain/nextYear';
import type { Action, Plan, Status } from '../../src/domain/types';
import { aPerson, aSprint, aTask, aTheme } from '../builders';

describe('firstMondayOf', () => {
  it.each([
    [2025, '2025-01-06'], // 1 January 2025 is a Wednesday
    [2026, '2026-01-05'], // Thursday
    [2024, '2024-01-01'], // a Monday itself
    [2023, '2023-01-02'], // a Sunday
    [2028, '2028-01-03'], // a leap year starting on a Saturday
    [2030, '2030-01-07'], // Tuesday: the longest wait
  ])('%i → %s', (year, monday) => {
    expect(firstMondayOf(year)).toBe(monday);
  });
});

describe('nextPlanName', () => {
  it.each([
    ['Jaarplan AI 2025', 2025, 2026, 'Jaarplan AI 2026'],
    ['2025: AI-kernteam', 2025, 2026, '2026: AI-kernteam'],
    ['Jaarplan AI', 2025, 2026, 'Jaarplan AI 2026'],
    ['Plan 20250 en 2025', 2025, 2026, 'Plan 20250 en 2026'],
    ['Jaarplan AI 2025', 2025, 2027, 'Jaarplan AI 2027'],
    ['  Jaarplan  ', 2025, 2026, 'Jaarplan 2026'],
  ])('%j from %i to %i → %j', (name, from, to, expected) => {
    expect(nextPlanName(name, from, to)).toBe(expected);
  });
});

const plan: Plan = {
  id: 'plan-1',
  name: 'Jaarplan AI 2025',
  year: 2025,
  sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
};

const action = (fields: Partial<Action>): Action => ({
  id: 'action-1',
  planId: 'plan-1',
  themeId: 'theme-1',
  title: 'Governance uitwerken',
  description: 'Rollen en processen',
  order: 1,
  ownerId: 'person-1',
  targetSprintId: 'sprint-4',
  phase: null,
  updatedAt: '2025-01-01T08:00:00.000Z',
  ...fields,
});

function source(): PlanContent {
  return {
    plan,
    themes: [
      aTheme({ id: 'theme-2', name: 'Betrouwbare AI', label: 'betrouwbare AI', order: 2 }),
      aTheme(),
    ],
    actions: [
      action({}),
      action({ id: 'action-2', themeId: 'theme-2', ownerId: null, targetSprintId: null, order: 1 }),
    ],
    people: [aPerson(), aPerson({ id: 'person-2', name: 'HR', initials: 'HR', role: 'HR' })],
    sprints: [
      aSprint({ goal: 'DPIA klaar', lengthWeeks: 8, closedAt: '2025-06-08T18:00:00.000Z' }),
    ],
    tasks: [
      aTask({
        id: 'open-in-sprint',
        status: 'in-uitvoering',
        sprintId: 'sprint-4',
        actionId: 'action-1',
        assigneeIds: ['person-1', 'person-2'],
        carryOverCount: 1,
      }),
      aTask({
        id: 'blocked',
        status: 'geblokkeerd',
        sprintId: 'sprint-4',
        themeId: 'theme-2',
        blockedReason: 'Wacht op juridische dienst',
        blockedSince: '2025-05-02',
        blockedBy: ['open-in-sprint', 'done'],
        checklist: [{ id: 'c1', title: 'Mail sturen', done: true }],
        notes: [{ id: 'n1', date: '2025-05-06', text: 'Overleg gepland' }],
      }),
      aTask({ id: 'backlog', status: 'backlog', sprintId: null, actionId: 'action-gone' }),
      aTask({
        id: 'done',
        status: 'afgerond',
        sprintId: 'sprint-4',
        completedAt: '2025-05-10T10:00:00.000Z',
      }),
      aTask({ id: 'orphan', status: 'gepland', themeId: 'theme-deleted' }),
    ],
  };
}

let counter = 0;
const options = (carryOpenTasks: boolean) => ({
  name: 'Jaarplan AI 2026',
  year: 2026,
  sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
  carryOpenTasks,
  now: '2025-12-15T09:00:00.000Z',
  makeId: () => `new-${++counter}`,
});

describe('planNextYear', () => {
  it('copies themes, actions and people with new ids into a new plan', () => {
    const rows = planNextYear(source(), options(false));
    expect(rows.plan).toMatchObject({
      name: 'Jaarplan AI 2026',
      year: 2026,
      sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 6 },
    });
    expect(rows.plan.id).not.toBe(plan.id);
    const oldIds = new Set([
      'plan-1',
      'theme-1',
      'theme-2',
      'action-1',
      'action-2',
      'person-1',
      'person-2',
    ]);
    for (const row of [...rows.themes, ...rows.actions, ...rows.people]) {
      expect(oldIds.has(row.id)).toBe(false);
      expect(row.planId).toBe(rows.plan.id);
    }
    // Themes keep their order, renumbered from 1.
    expect(rows.themes.map((t) => [t.name, t.order])).toEqual([
      ['Strategie en doelstellingen', 1],
      ['Betrouwbare AI', 2],
    ]);
    expect(rows.people.map((p) => p.name)).toEqual(['Programmamanager', 'HR']);
    expect(rows.tasks).toEqual([]);
  });

  it('points copied actions at the copied theme and owner, and drops last year’s target sprint', () => {
    const rows = planNextYear(source(), options(false));
    const [governance, other] = rows.actions;
    const strategie = rows.themes.find((t) => t.name === 'Strategie en doelstellingen')!;
    const pm = rows.people.find((p) => p.name === 'Programmamanager')!;
    expect(governance).toMatchObject({
      title: 'Governance uitwerken',
      description: 'Rollen en processen',
      themeId: strategie.id,
      ownerId: pm.id,
      targetSprintId: null,
    });
    expect(other).toMatchObject({
      themeId: rows.themes.find((t) => t.name === 'Betrouwbare AI')!.id,
      ownerId: null,
    });
  });

  it('builds a fresh sprint calendar without last year’s goals, stretches or closes', () => {
    const rows = planNextYear(source(), options(false));
    expect(rows.sprints[0]).toMatchObject({
      number: 1,
      start: '2026-01-05',
      end: '2026-02-15',
      goal: '',
      lengthWeeks: null,
      closedAt: null,
      snapshot: null,
    });
    expect(rows.sprints).toHaveLength(9);
    expect(rows.sprints.every((s) => s.planId === rows.plan.id)).toBe(true);
  });

  it.each<[string, Status, string | null, number]>([
    ['open-in-sprint', 'in-uitvoering', 'sprint 1', 2],
    ['blocked', 'geblokkeerd', 'sprint 1', 1],
    ['backlog', 'backlog', null, 0],
  ])('carries %s over as %s into %s (carried %i×)', (id, status, where, carried) => {
    const src = source();
    const rows = planNextYear(src, options(true));
    const old = src.tasks.find((t) => t.id === id)!;
    const copy = rows.tasks.find((t) => t.title === old.title && t.status === status)!;
    expect(copy).toBeDefined();
    expect(copy.id).not.toBe(id);
    expect(copy.planId).toBe(rows.plan.id);
    expect(copy.sprintId).toBe(where === null ? null : rows.sprints[0]!.id);
    expect(copy.carryOverCount).toBe(carried);
    expect(copy).toMatchObject({
      createdAt: '2025-12-15T09:00:00.000Z',
      updatedAt: '2025-12-15T09:00:00.000Z',
      completedAt: null,
    });
  });

  it('leaves done tasks and tasks of a vanished theme behind', () => {
    const rows = planNextYear(source(), options(true));
    expect(rows.tasks).toHaveLength(3);
    expect(rows.tasks.some((t) => t.status === 'afgerond')).toBe(false);
  });

  it('maps assignees, actions, blocked-by and gives checklist items and notes new ids', () => {
    const rows = planNextYear(source(), options(true));
    const [inProgress, blocked, backlog] = rows.tasks;
    expect(inProgress!.assigneeIds).toEqual(rows.people.map((p) => p.id));
    expect(inProgress!.actionId).toBe(rows.actions[0]!.id);
    // The blocker came along; the done one did not, so it is no longer listed.
    expect(blocked!.blockedBy).toEqual([inProgress!.id]);
    expect(blocked).toMatchObject({
      blockedReason: 'Wacht op juridische dienst',
      blockedSince: '2025-05-02',
    });
    expect(blocked!.checklist).toEqual([
      { id: expect.not.stringMatching(/^c1$/), title: 'Mail sturen', done: true },
    ]);
    expect(blocked!.notes).toEqual([
      { id: expect.not.stringMatching(/^n1$/), date: '2025-05-06', text: 'Overleg gepland' },
    ]);
    // An action that no longer exists leaves the task in its theme without an action.
    expect(backlog!.actionId).toBeNull();
  });

  it('never changes the source plan', () => {
    const src = source();
    const before = JSON.stringify(src);
    planNextYear(src, options(true));
    expect(JSON.stringify(src)).toBe(before);
  });

  it('gives every new row a distinct id', () => {
    const rows = planNextYear(source(), options(true));
    const ids = [
      rows.plan,
      ...rows.themes,
      ...rows.actions,
      ...rows.people,
      ...rows.sprints,
      ...rows.tasks,
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('planNextYear of the demo', () => {
  it('gives next year’s plan no story day: it lives on the real clock', () => {
    const demo = { ...source(), plan: { ...plan, storyDay: '2025-05-20' } };
    const rows = planNextYear(demo, options(false));
    expect(rows.plan.storyDay).toBeUndefined();
  });
});
