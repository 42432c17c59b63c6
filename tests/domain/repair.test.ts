import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBackup, makeBackup, type BackupRows } from '../../src/domain/backup';
import { EMPTY_FILTER, filterTasks } from '../../src/domain/filter';
import { repairPlan, type RepairContext, type RepairKind } from '../../src/domain/repair';
import { unlabeledThemeId } from '../../src/domain/repairRows';
import { rollupPlan } from '../../src/domain/rollup';
import {
  STATUSES,
  type Action,
  type HistoryEntry,
  type Plan,
  type Task,
} from '../../src/domain/types';
import {
  aPerson,
  aPlan as aPlanRow,
  aSprint,
  aTask,
  aTheme,
  anAction as anActionRow,
} from '../builders';

const NOW = '2025-05-20T10:00:00.000Z';
const TODAY = '2025-05-20';
const CTX: RepairContext = {
  now: NOW,
  names: {
    unlabeledTheme: 'Zonder label',
    untitled: 'Zonder titel',
    missingReason: 'Reden ontbrak',
  },
};

const aPlan = (fields: Partial<Plan> = {}): Plan =>
  aPlanRow({ createdAt: NOW, updatedAt: NOW, ...fields });

const anAction = (fields: Partial<Action> = {}): Action =>
  anActionRow({ title: 'AI-fonds', updatedAt: NOW, ...fields });

const created = (task: Task, id = `h-${task.id}`): HistoryEntry => ({
  id,
  planId: task.planId,
  taskId: task.id,
  at: NOW,
  field: 'created',
  from: null,
  to: task.status,
});

/** A whole plan: two themes, an action, a person, two sprints, tasks that use all of them. */
function wholeRows(): BackupRows {
  const tasks = [
    aTask({
      id: 'task-1',
      title: 'Richtlijn opstellen',
      actionId: 'action-1',
      sprintId: 'sprint-4',
      assigneeIds: ['person-1'],
    }),
    aTask({ id: 'task-2', title: 'DPIA afronden', themeId: 'theme-2', sprintId: 'sprint-3' }),
  ];
  return {
    plans: [aPlan()],
    themes: [aTheme(), aTheme({ id: 'theme-2', label: 'data', name: 'Data', order: 2 })],
    actions: [anAction()],
    tasks,
    sprints: [
      aSprint({ id: 'sprint-3', number: 1, start: '2025-03-17', end: '2025-04-27' }),
      aSprint({ number: 2 }),
    ],
    people: [aPerson()],
    history: tasks.map((t) => created(t)),
  };
}

const kinds = (rows: BackupRows) => repairPlan(rows, CTX).repairs.map((r) => r.kind);
const task = (rows: BackupRows, id: string) => rows.tasks.find((t) => t.id === id)!;
const withTask = (rows: BackupRows, id: string, patch: Record<string, unknown>): BackupRows => ({
  ...rows,
  tasks: rows.tasks.map((t) => (t.id === id ? ({ ...t, ...patch } as Task) : t)),
});

describe('repairPlan on a whole plan', () => {
  it('changes nothing and keeps every row object as it was', () => {
    const rows = wholeRows();
    const out = repairPlan(rows, CTX);
    expect(out.repairs).toEqual([]);
    for (const table of Object.keys(rows) as Array<keyof BackupRows>)
      expect(out.rows[table]).toEqual(rows[table]);
    expect(out.rows.tasks[0]).toBe(rows.tasks[0]);
  });
});

describe('repairPlan per kind of damage', () => {
  const cases: Array<{
    name: string;
    damage: (rows: BackupRows) => BackupRows;
    expected: RepairKind[];
    check: (out: BackupRows) => void;
  }> = [
    {
      name: 'a task whose theme is missing goes to a new "Zonder label" theme',
      damage: (r) => withTask(r, 'task-2', { themeId: 'weg' }),
      expected: ['theme-created', 'task-theme-missing'],
      check: (out) => {
        const theme = out.themes.find((t) => t.id === unlabeledThemeId('plan-1'))!;
        expect(theme).toMatchObject({ name: 'Zonder label', label: 'Zonder label', order: 3 });
        expect(task(out, 'task-2').themeId).toBe(theme.id);
      },
    },
    {
      name: 'with no themes at all, every task and action goes to one "Zonder label" theme',
      damage: (r) => ({ ...r, themes: [] }),
      expected: [
        'theme-created',
        'action-theme-missing',
        'task-theme-missing',
        'task-theme-missing',
      ],
      check: (out) => {
        expect(out.themes.map((t) => t.name)).toEqual(['Zonder label']);
        expect(out.tasks.every((t) => t.themeId === out.themes[0]!.id)).toBe(true);
        expect(out.actions[0]!.themeId).toBe(out.themes[0]!.id);
        expect(task(out, 'task-1').actionId).toBe('action-1');
      },
    },
    {
      name: 'an existing theme named "Zonder label" takes the orphans instead of a new one',
      damage: (r) => ({
        ...withTask(r, 'task-2', { themeId: 'weg' }),
        themes: [...r.themes, aTheme({ id: 'theme-z', name: 'Zonder label', order: 3 })],
      }),
      expected: ['task-theme-missing'],
      check: (out) => expect(task(out, 'task-2').themeId).toBe('theme-z'),
    },
    {
      name: 'a task in a sprint that does not exist goes to the backlog',
      damage: (r) => withTask(r, 'task-1', { sprintId: 'sprint-99' }),
      expected: ['task-sprint-missing'],
      check: (out) => expect(task(out, 'task-1').sprintId).toBeNull(),
    },
    {
      name: 'a task whose action is missing keeps its theme without action',
      damage: (r) => ({ ...r, actions: [] }),
      expected: ['task-action-missing'],
      check: (out) =>
        expect(task(out, 'task-1')).toMatchObject({ actionId: null, themeId: 'theme-1' }),
    },
    {
      name: 'a task with an action of another theme loses the action',
      damage: (r) => withTask(r, 'task-2', { actionId: 'action-1' }),
      expected: ['task-action-other-theme'],
      check: (out) =>
        expect(task(out, 'task-2')).toMatchObject({ actionId: null, themeId: 'theme-2' }),
    },
    {
      name: 'a missing assignee is dropped, the others stay',
      damage: (r) => withTask(r, 'task-1', { assigneeIds: ['person-1', 'person-9'] }),
      expected: ['task-assignee-missing'],
      check: (out) => expect(task(out, 'task-1').assigneeIds).toEqual(['person-1']),
    },
    {
      name: 'a blocker that is not a task of the plan is dropped',
      damage: (r) =>
        withTask(r, 'task-1', {
          status: 'geblokkeerd',
          blockedReason: 'wacht',
          blockedBy: ['task-2', 'task-9'],
        }),
      expected: ['task-blocker-missing'],
      check: (out) => expect(task(out, 'task-1').blockedBy).toEqual(['task-2']),
    },
    {
      name: 'a blocked task without reason gets one saying it was missing',
      damage: (r) => withTask(r, 'task-1', { status: 'geblokkeerd', blockedReason: '  ' }),
      expected: ['task-blocked-reason'],
      check: (out) => expect(task(out, 'task-1').blockedReason).toBe('Reden ontbrak'),
    },
    {
      name: 'a done task without completion moment gets its last change as one',
      damage: (r) =>
        withTask(r, 'task-1', {
          status: 'afgerond',
          completedAt: null,
          updatedAt: '2025-05-02T09:00:00.000Z',
        }),
      expected: ['task-completed'],
      check: (out) => expect(task(out, 'task-1').completedAt).toBe('2025-05-02T09:00:00.000Z'),
    },
    {
      name: 'an unknown status becomes Gepland in a sprint',
      damage: (r) => withTask(r, 'task-1', { status: 'klaar' }),
      expected: ['task-status'],
      check: (out) => expect(task(out, 'task-1').status).toBe('gepland'),
    },
    {
      name: 'an unreadable due date is cleared',
      damage: (r) => withTask(r, 'task-1', { dueDate: '2025-02-31' }),
      expected: ['task-field'],
      check: (out) => expect(task(out, 'task-1').dueDate).toBeNull(),
    },
    {
      name: 'a due date before the start date swaps the two',
      damage: (r) => withTask(r, 'task-1', { startDate: '2025-05-10', dueDate: '2025-05-01' }),
      expected: ['task-dates-swapped'],
      check: (out) =>
        expect(task(out, 'task-1')).toMatchObject({
          startDate: '2025-05-01',
          dueDate: '2025-05-10',
        }),
    },
    {
      name: 'a title of the wrong type becomes "Zonder titel"',
      damage: (r) => withTask(r, 'task-2', { title: 42 }),
      expected: ['task-field'],
      check: (out) => expect(task(out, 'task-2').title).toBe('Zonder titel'),
    },
    {
      name: 'a theme colour that is a CSS string gets a palette colour',
      damage: (r) => ({ ...r, themes: [aTheme({ color: 'red' }), r.themes[1]!] }),
      expected: ['theme-color'],
      check: (out) => expect(out.themes[0]!.color).toMatch(/^#[0-9a-f]{6}$/),
    },
    {
      name: 'a sprint that ends before it starts gets its length from its start',
      damage: (r) => ({
        ...r,
        sprints: [r.sprints[0]!, aSprint({ number: 2, end: '2025-04-01' })],
      }),
      expected: ['sprint-dates'],
      check: (out) =>
        expect(out.sprints[1]).toMatchObject({ start: '2025-04-28', end: '2025-06-08' }),
    },
    {
      name: 'two sprints with one number are numbered in the order they start',
      damage: (r) => ({ ...r, sprints: [r.sprints[0]!, aSprint({ number: 1 })] }),
      expected: ['sprint-number'],
      check: (out) =>
        expect(out.sprints.map((s) => [s.id, s.number])).toEqual([
          ['sprint-3', 1],
          ['sprint-4', 2],
        ]),
    },
    {
      name: 'history of a task that is gone is dropped, of a deleted task kept',
      damage: (r) => ({
        ...r,
        history: [
          ...r.history,
          { ...created(aTask({ id: 'ghost' })), id: 'h-ghost' },
          { ...created(aTask({ id: 'gone' })), id: 'h-gone-1' },
          {
            ...created(aTask({ id: 'gone' })),
            id: 'h-gone-2',
            field: 'deleted',
            from: 'gepland',
            to: null,
          },
        ],
      }),
      expected: ['history-dropped'],
      check: (out) => {
        expect(out.history.map((h) => h.id)).not.toContain('h-ghost');
        expect(out.history.map((h) => h.id)).toEqual(
          expect.arrayContaining(['h-gone-1', 'h-gone-2']),
        );
      },
    },
    {
      name: 'an action whose owner and target sprint are missing loses both',
      damage: (r) => ({
        ...r,
        actions: [anAction({ ownerId: 'nobody', targetSprintId: 'nowhere' })],
      }),
      expected: ['action-owner-missing', 'action-sprint-missing'],
      check: (out) => expect(out.actions[0]).toMatchObject({ ownerId: null, targetSprintId: null }),
    },
    {
      name: 'a plan whose story day is no date lives on the real clock (story day none)',
      damage: (r) => ({ ...r, plans: [{ ...r.plans[0]!, storyDay: 'gisteren' }] }),
      expected: ['row-field'],
      check: (out) => expect(out.plans[0]!.storyDay).toBeNull(),
    },
    {
      name: 'a plan with a story day keeps it, unrepaired',
      damage: (r) => ({ ...r, plans: [{ ...r.plans[0]!, storyDay: '2025-05-20' }] }),
      expected: [],
      check: (out) => expect(out.plans[0]!.storyDay).toBe('2025-05-20'),
    },
    {
      name: 'a plan year outside 2000…2100 becomes the year of now, and its sprint start a date in it',
      damage: (r) => ({
        ...r,
        plans: [{ ...r.plans[0]!, year: 0, sprintSettings: 'weg' as never }],
      }),
      expected: ['row-field', 'plan-settings'],
      check: (out) =>
        expect(out.plans[0]).toMatchObject({
          year: 2025,
          sprintSettings: { firstStart: '2025-01-01', lengthWeeks: 6 },
        }),
    },
    {
      name: 'a row of a plan that does not exist moves to the first plan',
      damage: (r) => withTask(r, 'task-2', { planId: 'plan-9' }),
      expected: ['row-plan-missing'],
      check: (out) => expect(task(out, 'task-2').planId).toBe('plan-1'),
    },
  ];

  it.each(cases)('$name', ({ damage, expected, check }) => {
    const out = repairPlan(damage(wholeRows()), CTX);
    expect(out.repairs.map((r) => r.kind)).toEqual(expected);
    check(out.rows);
  });

  it('writes a history line naming each repair of a task', () => {
    const out = repairPlan(withTask(wholeRows(), 'task-1', { sprintId: 'sprint-99' }), CTX);
    const line = out.rows.history.find((h) => h.field === 'repaired')!;
    expect(line).toMatchObject({ taskId: 'task-1', at: NOW, from: 'task-sprint-missing' });
    expect(JSON.parse(line.to as string)).toEqual({ task: 'Richtlijn opstellen', id: 'sprint-99' });
  });

  it('names a row that is not an object and leaves it out', () => {
    const rows = { ...wholeRows(), people: [aPerson(), 'rommel'] } as unknown as BackupRows;
    const out = repairPlan(rows, CTX);
    expect(kinds(rows)).toEqual(['row-unreadable']);
    expect(out.rows.people).toHaveLength(1);
  });
});

// ---------- properties ----------

const TABLES = ['themes', 'actions', 'tasks', 'sprints', 'people', 'history', 'plans'] as const;
type Table = (typeof TABLES)[number];

const taskSpec = fc.record({
  plan: fc.nat(),
  theme: fc.nat(),
  action: fc.option(fc.nat()),
  sprint: fc.option(fc.nat()),
  assignees: fc.array(fc.nat(), { maxLength: 2 }),
  status: fc.constantFrom(...STATUSES),
  blocker: fc.option(fc.nat()),
});

/** A valid database: one or two plans, each with themes, actions, people, sprints and tasks. */
const validRows = fc
  .record({
    plans: fc.integer({ min: 1, max: 2 }),
    themes: fc.integer({ min: 1, max: 3 }),
    actions: fc.integer({ min: 0, max: 3 }),
    people: fc.integer({ min: 0, max: 2 }),
    sprints: fc.integer({ min: 0, max: 4 }),
    tasks: fc.array(taskSpec, { maxLength: 10 }),
  })
  .map((spec): BackupRows => {
    const rows: BackupRows = {
      plans: [],
      themes: [],
      actions: [],
      tasks: [],
      sprints: [],
      people: [],
      history: [],
    };
    for (let p = 0; p < spec.plans; p++) {
      const planId = `plan-${p}`;
      rows.plans.push(aPlan({ id: planId }));
      for (let i = 0; i < spec.themes; i++)
        rows.themes.push(aTheme({ id: `${planId}-theme-${i}`, planId, order: i + 1 }));
      for (let i = 0; i < spec.actions; i++)
        rows.actions.push(
          anAction({
            id: `${planId}-action-${i}`,
            planId,
            themeId: `${planId}-theme-${i % spec.themes}`,
          }),
        );
      for (let i = 0; i < spec.people; i++)
        rows.people.push(aPerson({ id: `${planId}-person-${i}`, planId }));
      for (let i = 0; i < spec.sprints; i++) {
        const start = new Date(Date.UTC(2025, 0, 6 + i * 42)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2025, 0, 6 + i * 42 + 41)).toISOString().slice(0, 10);
        rows.sprints.push(
          aSprint({ id: `${planId}-sprint-${i}`, planId, number: i + 1, start, end }),
        );
      }
    }
    spec.tasks.forEach((t, i) => {
      const planId = `plan-${t.plan % spec.plans}`;
      const action = t.action === null || spec.actions === 0 ? null : t.action % spec.actions;
      const theme = action === null ? t.theme % spec.themes : action % spec.themes;
      const blocked = t.status === 'geblokkeerd';
      const others = rows.tasks.filter((o) => o.planId === planId);
      const task = aTask({
        id: `task-${i}`,
        planId,
        title: `Taak ${i} ${['analyse', 'richtlijn', 'workshop'][i % 3]}`,
        themeId: `${planId}-theme-${theme}`,
        actionId: action === null ? null : `${planId}-action-${action}`,
        sprintId:
          t.sprint === null || spec.sprints === 0
            ? null
            : `${planId}-sprint-${t.sprint % spec.sprints}`,
        assigneeIds:
          spec.people === 0
            ? []
            : [...new Set(t.assignees.map((a) => `${planId}-person-${a % spec.people}`))],
        status: t.status,
        blockedReason: blocked ? 'wacht op juridische dienst' : '',
        blockedBy:
          blocked && t.blocker !== null && others.length
            ? [others[t.blocker % others.length]!.id]
            : [],
        completedAt: t.status === 'afgerond' ? NOW : null,
      });
      rows.tasks.push(task);
      rows.history.push(created(task));
    });
    return rows;
  });

const junk = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string({ maxLength: 6 }),
  fc.constant([]),
  fc.constant({}),
  fc.boolean(),
  fc.constant('2025-13-45'),
);

const damageOp = fc.oneof(
  fc.record({
    op: fc.constant('remove' as const),
    table: fc.constantFrom(...TABLES.filter((t) => t !== 'plans')),
    row: fc.nat(),
  }),
  fc.record({
    op: fc.constant('point' as const),
    table: fc.constantFrom(...TABLES),
    row: fc.nat(),
    field: fc.nat(),
    value: fc.constantFrom(
      'weg',
      'plan-1',
      'plan-0-theme-1',
      'plan-1-sprint-0',
      'task-0',
      'plan-0-action-0',
      'plan-1-person-0',
    ),
  }),
  fc.record({
    op: fc.constant('swap' as const),
    table: fc.constantFrom(...TABLES),
    row: fc.nat(),
    other: fc.nat(),
    field: fc.nat(),
  }),
  fc.record({
    op: fc.constant('wrong-type' as const),
    table: fc.constantFrom(...TABLES),
    row: fc.nat(),
    field: fc.nat(),
    value: junk,
  }),
);
type Damage = typeof damageOp extends fc.Arbitrary<infer D> ? D : never;

/** Damages a deep copy: rows removed, references pointed elsewhere, values swapped or of the wrong type. Ids stay. */
function damaged(rows: BackupRows, ops: readonly Damage[]): BackupRows {
  const out = structuredClone(rows) as unknown as Record<Table, Array<Record<string, unknown>>>;
  for (const d of ops) {
    const list = out[d.table];
    if (list.length === 0) continue;
    const row = list[d.row % list.length]!;
    const fields = Object.keys(row).filter((k) => k !== 'id');
    const field = 'field' in d ? fields[d.field % fields.length]! : '';
    if (d.op === 'remove') list.splice(d.row % list.length, 1);
    else if (d.op === 'point' || d.op === 'wrong-type') row[field] = d.value;
    else {
      const other = list[d.other % list.length]!;
      [row[field], other[field]] = [other[field], row[field]];
    }
  }
  return out as unknown as BackupRows;
}

const damagedRows = fc
  .tuple(validRows, fc.array(damageOp, { minLength: 1, maxLength: 8 }))
  .map(([rows, ops]) => damaged(rows, ops));

describe('repairPlan properties', () => {
  it('never throws and repairing repaired rows changes nothing', () => {
    fc.assert(
      fc.property(damagedRows, (rows) => {
        const once = repairPlan(rows, CTX);
        const twice = repairPlan(once.rows, { ...CTX, now: '2025-05-21T10:00:00.000Z' });
        expect(twice.repairs).toEqual([]);
        expect(twice.rows).toEqual(once.rows);
      }),
    );
  });

  it('keeps every task', () => {
    fc.assert(
      fc.property(damagedRows, (rows) => {
        const out = repairPlan(rows, CTX).rows;
        expect(out.tasks.map((t) => t.id)).toEqual(rows.tasks.map((t) => t.id));
      }),
    );
  });

  it('leaves a database the backup check accepts, with sprints numbered 1…n and never ending before they start', () => {
    fc.assert(
      fc.property(damagedRows, (rows) => {
        const out = repairPlan(rows, CTX).rows;
        expect(checkBackup(makeBackup(out, NOW)).ok).toBe(true);
        for (const plan of out.plans) {
          const sprints = out.sprints.filter((s) => s.planId === plan.id);
          expect(sprints.map((s) => s.number).sort((a, b) => a - b)).toEqual(
            sprints.map((_, i) => i + 1),
          );
          for (const s of sprints) expect(s.end >= s.start).toBe(true);
        }
      }),
    );
  });

  it('makes every task reachable in the year plan of its plan and by searching its title', () => {
    fc.assert(
      fc.property(damagedRows, (rows) => {
        const out = repairPlan(rows, CTX).rows;
        for (const plan of out.plans) {
          const own = <T extends { planId: string }>(list: readonly T[]) =>
            list.filter((x) => x.planId === plan.id);
          const tasks = own(out.tasks);
          const rollup = rollupPlan(
            tasks,
            { themes: own(out.themes), actions: own(out.actions), sprints: own(out.sprints) },
            TODAY,
          );
          const inOutline = [...rollup.byTheme.values()].reduce((n, r) => n + r.progress.total, 0);
          expect(inOutline).toBe(tasks.length);
          for (const t of tasks) {
            const found = filterTasks(
              tasks,
              { ...EMPTY_FILTER, q: t.title },
              { today: TODAY, sprint: null },
            );
            expect(found).toContain(t);
          }
        }
      }),
    );
  });
});
