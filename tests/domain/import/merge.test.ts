import { describe, expect, it } from 'vitest';
import {
  planPlannerImport,
  type PlannerMergePlan,
  type PlannerMergeProblem,
  type PlannerMergeTarget,
} from '../../../src/domain/import/merge';
import { parsePlanner, type ImportRow, type PlannerTask } from '../../../src/domain/import/planner';
import { RANK_STEP } from '../../../src/domain/ordering';
import type { Status, Task } from '../../../src/domain/types';
import { aPerson, aSprint, aTask, aTheme } from '../../builders';

const NOW = '2025-05-20T09:00:00.000Z';
const TODAY = '2025-05-20';

function aRow(fields: Partial<PlannerTask> = {}, row = 6): ImportRow {
  return {
    row,
    problems: [],
    task: {
      plannerId: 'planner-1',
      title: 'Opstellen DPIA',
      description: '',
      bucket: 'Gepland',
      status: 'gepland',
      priority: 'normaal',
      sprintId: 'sprint-4',
      dueDate: '2025-06-08',
      startDate: null,
      createdDate: null,
      completedDate: null,
      label: 'strategie',
      assignees: [],
      checklist: [],
      ...fields,
    },
  };
}

/** One theme (strategie), one person (Programmamanager), sprint 4, and the tasks given. */
function aTarget(tasks: Task[] = []): PlannerMergeTarget {
  return {
    planId: 'plan-1',
    themes: [aTheme()],
    people: [aPerson()],
    sprints: [aSprint()],
    tasks,
  };
}

function merge(rows: ImportRow[], target = aTarget()): PlannerMergePlan {
  let n = 0;
  const outcome = planPlannerImport(target, rows, {
    now: NOW,
    today: TODAY,
    unlabeledName: 'Zonder label',
    makeId: () => `new-${++n}`,
  });
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.plan;
}

const onlyTask = (plan: PlannerMergePlan) => {
  expect(plan.tasks).toHaveLength(1);
  return plan.tasks[0]!;
};

describe('planPlannerImport: a new task', () => {
  it('creates it in its sprint, after the last card there, keeping the Planner Task ID', () => {
    const plan = merge(
      [aRow({ createdDate: '2025-05-02' })],
      aTarget([aTask({ id: 'old', sprintId: 'sprint-4', rank: 3 * RANK_STEP })]),
    );
    const { before, after } = onlyTask(plan);
    expect(before).toBeNull();
    expect(after).toMatchObject({
      planId: 'plan-1',
      title: 'Opstellen DPIA',
      themeId: 'theme-1',
      sprintId: 'sprint-4',
      status: 'gepland',
      rank: 4 * RANK_STEP,
      plannerId: 'planner-1',
      dueDate: '2025-06-08',
      createdAt: '2025-05-02T12:00:00.000Z',
    });
    expect(plan.result).toEqual({ created: 1, updated: 0, themesCreated: 0, peopleCreated: 0 });
  });

  it('without a created date in the file counts as created now', () => {
    expect(onlyTask(merge([aRow()])).after.createdAt).toBe(NOW);
  });
});

describe('planPlannerImport: an update by Task ID', () => {
  const existing = aTask({
    id: 'task-7',
    plannerId: 'planner-1',
    title: 'Oude titel',
    sprintId: 'sprint-4',
    status: 'in-uitvoering',
  });

  it('changes the task with the same Planner Task ID instead of adding one', () => {
    const plan = merge(
      [aRow({ title: 'Nieuwe titel', status: 'in-uitvoering' })],
      aTarget([existing]),
    );
    const { before, after } = onlyTask(plan);
    expect(before).toBe(existing);
    expect(after).toMatchObject({ id: 'task-7', title: 'Nieuwe titel', updatedAt: NOW });
    expect(plan.result).toMatchObject({ created: 0, updated: 1 });
  });

  it('keeps the sprint the team chose when the row has no due date', () => {
    const plan = merge(
      [aRow({ dueDate: null, sprintId: null, status: 'in-uitvoering' })],
      aTarget([existing]),
    );
    expect(onlyTask(plan).after).toMatchObject({ sprintId: 'sprint-4', status: 'in-uitvoering' });
  });

  it('a Task ID named twice in one file changes one task once, measured from before the import', () => {
    const plan = merge(
      [aRow({ title: 'Eerste' }), aRow({ title: 'Tweede' }, 7)],
      aTarget([existing]),
    );
    const { before, after } = onlyTask(plan);
    expect(before).toBe(existing);
    expect(after.title).toBe('Tweede');
  });

  it('a row without a Task ID is always new', () => {
    const plan = merge([aRow({ plannerId: null })], aTarget([existing]));
    expect(onlyTask(plan).before).toBeNull();
    expect(plan.result).toMatchObject({ created: 1, updated: 0 });
  });
});

describe('planPlannerImport: labels become themes', () => {
  it.each<[string, string | null, string, string | null]>([
    ['the theme’s label', 'strategie', 'theme-1', null],
    ['the theme’s full name', 'Strategie en doelstellingen', 'theme-1', null],
    ['another case and spacing', '  STRATEGIE ', 'theme-1', null],
    ['an unknown label: a new theme', 'Nieuw thema', 'new-1', 'Nieuw thema'],
    ['no label: the "without label" theme', null, 'new-1', 'Zonder label'],
  ])('%s', (_case, label, themeId, created) => {
    const plan = merge([aRow({ label })]);
    expect(onlyTask(plan).after.themeId).toBe(themeId);
    expect(plan.themes.map((t) => t.name)).toEqual(created === null ? [] : [created]);
    expect(plan.result.themesCreated).toBe(created === null ? 0 : 1);
  });

  it('a new label used by two rows makes one theme, ordered after the plan’s themes', () => {
    const plan = merge([
      aRow({ plannerId: 'a', label: 'Nieuw thema' }),
      aRow({ plannerId: 'b', label: 'nieuw thema' }, 7),
    ]);
    expect(plan.themes).toHaveLength(1);
    expect(plan.themes[0]).toMatchObject({ label: 'Nieuw thema', order: 2, planId: 'plan-1' });
    expect(plan.tasks.map((c) => c.after.themeId)).toEqual(['new-1', 'new-1']);
  });
});

describe('planPlannerImport: buckets and sprints', () => {
  it.each<[string, Partial<PlannerTask>, string | null, Status]>([
    [
      'a bucket status inside a sprint stands',
      { status: 'in-uitvoering' },
      'sprint-4',
      'in-uitvoering',
    ],
    ['Backlog inside a sprint stands', { status: 'backlog' }, 'sprint-4', 'backlog'],
    [
      'an open status without a sprint becomes Backlog',
      { status: 'gepland', sprintId: null },
      null,
      'backlog',
    ],
    [
      'Geblokkeerd without a sprint stays',
      { status: 'geblokkeerd', sprintId: null },
      null,
      'geblokkeerd',
    ],
    ['Afgerond without a sprint stays', { status: 'afgerond', sprintId: null }, null, 'afgerond'],
    [
      'a sprint not in this plan is no sprint',
      { status: 'gepland', sprintId: 'elders' },
      null,
      'backlog',
    ],
  ])('%s', (_case, fields, sprintId, status) => {
    expect(onlyTask(merge([aRow(fields)])).after).toMatchObject({ sprintId, status });
  });

  it('a new blocked task is blocked since today', () => {
    expect(onlyTask(merge([aRow({ status: 'geblokkeerd' })])).after.blockedSince).toBe(TODAY);
  });
});

describe('planPlannerImport: people', () => {
  it.each<[string, string[], string[], string[]]>([
    ['a known name', ['Programmamanager'], ['person-1'], []],
    ['a known name in another case', ['  programmamanager '], ['person-1'], []],
    ['a new name, with initials', ['An De Smet'], ['new-1'], ['AD']],
    ['the same person twice on one task', ['An De Smet', 'an de smet'], ['new-1'], ['AD']],
    ['nobody', [], [], []],
  ])('%s', (_case, assignees, ids, newInitials) => {
    const plan = merge([aRow({ assignees })]);
    expect(onlyTask(plan).after.assigneeIds).toEqual(ids);
    expect(plan.people.map((p) => p.initials)).toEqual(newInitials);
    expect(plan.result.peopleCreated).toBe(newInitials.length);
  });
});

describe('planPlannerImport: checklist', () => {
  it('a new task gets every item with a new id and its tick', () => {
    const checklist = [
      { title: 'Sjabloon', done: true },
      { title: 'Review', done: false },
    ];
    expect(onlyTask(merge([aRow({ checklist })])).after.checklist).toEqual([
      // new-1 is the task's own id.
      { id: 'new-2', title: 'Sjabloon', done: true },
      { id: 'new-3', title: 'Review', done: false },
    ]);
  });

  it('an update keeps the id of an item with the same name and takes the file’s ticks', () => {
    const existing = aTask({
      plannerId: 'planner-1',
      checklist: [
        { id: 'c1', title: 'Sjabloon', done: false },
        { id: 'c2', title: 'Weg', done: true },
      ],
    });
    const checklist = [
      { title: 'sjabloon', done: true },
      { title: 'Nieuw', done: false },
    ];
    expect(onlyTask(merge([aRow({ checklist })], aTarget([existing]))).after.checklist).toEqual([
      { id: 'c1', title: 'sjabloon', done: true },
      { id: 'new-1', title: 'Nieuw', done: false },
    ]);
  });
});

describe('planPlannerImport: completed', () => {
  it.each<[string, Status, string | null, string | null]>([
    [
      'Afgerond with a completed date: noon UTC that day',
      'afgerond',
      '2025-05-15',
      '2025-05-15T12:00:00.000Z',
    ],
    ['Afgerond without a completed date: now', 'afgerond', null, NOW],
    ['open with a completed date: not completed', 'in-uitvoering', '2025-05-15', null],
  ])('%s', (_case, status, completedDate, completedAt) => {
    expect(onlyTask(merge([aRow({ status, completedDate })])).after.completedAt).toBe(completedAt);
  });
});

describe('planPlannerImport: refusals, all or nothing', () => {
  it.each<[string, Partial<PlannerTask>, PlannerMergeProblem]>([
    ['an empty title', { title: '   ' }, 'title-empty'],
    ['a title over the limit', { title: 'x'.repeat(501) }, 'title-too-long'],
    [
      'a due date before the start',
      { startDate: '2025-06-01', dueDate: '2025-05-01' },
      'due-before-start',
    ],
    ['an impossible date', { startDate: '2025-02-31' }, 'date-invalid'],
  ])('%s refuses the whole import', (_case, fields, problem) => {
    const outcome = planPlannerImport(aTarget(), [aRow({ plannerId: 'ok' }, 6), aRow(fields, 7)], {
      now: NOW,
      today: TODAY,
      unlabeledName: 'Zonder label',
      makeId: () => 'x',
    });
    expect(outcome).toEqual({ ok: false, problem });
  });

  it('skips rows the preview could not read (task null)', () => {
    const plan = merge([{ row: 6, task: null, problems: ['no-title'] }, aRow({}, 7)]);
    expect(plan.tasks).toHaveLength(1);
  });
});

describe('planPlannerImport: unknown columns', () => {
  const HEADERS = ['Task ID', 'Task Name', 'Bucket Name', 'Due Date', 'Labels'];
  const ROW = ['planner-1', 'Opstellen DPIA', 'Gepland', '06/08/2025', 'strategie'];
  const sprints = [{ id: 'sprint-4', start: '2025-04-28', end: '2025-06-08' }];

  function imported(headers: string[], row: unknown[]) {
    const parsed = parsePlanner([headers, row], { sprints });
    if (!parsed.ok) throw new Error(parsed.problem);
    return onlyTask(merge(parsed.rows)).after;
  }

  it('a column Planner does not know changes nothing in the imported task', () => {
    const plain = imported(HEADERS, ROW);
    const extra = imported(['Eigen veld', ...HEADERS, 'Goal'], ['iets', ...ROW, 'meer']);
    expect(extra).toEqual(plain);
    expect(extra).toMatchObject({
      title: 'Opstellen DPIA',
      sprintId: 'sprint-4',
      themeId: 'theme-1',
    });
  });
});
