import { describe, expect, it } from 'vitest';
import {
  buildSprintReport,
  burnUpDays,
  sprintReportOf,
  type ReportTotals,
} from '../../src/domain/report';
import { reportTasks } from '../../src/domain/reportReads';
import { aSprint, aTask } from '../builders';
import { A, C, history, handMadeInput, sprint4, sprintTasks, TODAY } from './reportFixture';

describe('buildSprintReport — the hand-made sprint 4 on 21 May', () => {
  const report = buildSprintReport(handMadeInput());

  it('describes the sprint', () => {
    expect(report).toMatchObject({
      planName: 'Jaarplan AI 2025',
      planYear: 2025,
      sprintNumber: 4,
      start: '2025-04-28',
      end: '2025-06-08',
      goal: 'DPIA Copilot en opleidingen',
      closed: false,
      asOf: TODAY,
    });
  });

  it.each<[keyof ReportTotals, number]>([
    ['total', 6],
    ['planned', 6], // A, B, C (carried in on the planning day), F, G (moved in before), H (no history)
    ['added', 2], // D created on 7 May, E moved in from the backlog on 14 May
    ['removed', 2], // F moved on to sprint 5, G deleted
    ['done', 3], // B, E, H
    ['completion', 50],
    ['inProgress', 1], // D
    ['blocked', 1], // C
    ['open', 2], // A, D
    ['carriedOver', 1], // C
  ])('totals.%s = %i', (field, expected) => {
    expect(report.totals[field]).toBe(expected);
  });

  it('counts per theme in the plan order, open + blocked + done = total', () => {
    expect(
      report.themes.map(({ label, open, blocked, done, total }) => [
        label,
        open,
        blocked,
        done,
        total,
      ]),
    ).toEqual([
      ['strategie', 1, 1, 1, 3],
      ['rollen', 1, 0, 2, 3],
    ]);
  });

  it('lists the blocked task with its reason, days blocked and the blockers it can name', () => {
    expect(report.blocked).toEqual([
      {
        taskId: 'C',
        title: C.title,
        themeLabel: 'strategie',
        reason: 'Wachten op de beslissing over de nieuwe organisatiestructuur.',
        blockedSince: '2025-05-12',
        daysBlocked: 9,
        blockedBy: [A.title],
        assignees: ['Programmamanager'],
      },
    ]);
  });

  it('lists the carried-over tasks with how often', () => {
    expect(report.carried).toEqual([
      { taskId: 'C', title: C.title, themeLabel: 'strategie', status: 'geblokkeerd', count: 2 },
    ]);
  });

  it.each([
    // name, assigned, done, open, blocked
    ['Programmamanager', 3, 0, 2, 1], // A, C, D
    ['HR', 2, 1, 1, 0], // B, D
    [null, 2, 2, 0, 0], // E (unknown person) and H (nobody)
  ])('per person: %s', (name, assigned, done, open, blocked) => {
    expect(report.people.find((p) => p.name === name)).toMatchObject({
      assigned,
      done,
      open,
      blocked,
    });
  });

  it('puts the people in the plan order and "not assigned" last', () => {
    expect(report.people.map((p) => p.personId)).toEqual(['p-pm', 'p-hr', null]);
  });

  it.each([
    ['2025-04-28', 6, 0], // A, B, C, F, G, H
    ['2025-05-01', 6, 0],
    ['2025-05-02', 6, 1], // H done (from its completedAt: it has no history)
    ['2025-05-05', 6, 2], // B done
    ['2025-05-07', 7, 2], // D created
    ['2025-05-10', 6, 2], // F moved to sprint 5
    ['2025-05-14', 7, 2], // E moved in
    ['2025-05-16', 7, 3], // E done
    ['2025-05-20', 6, 3], // G deleted
    ['2025-05-21', 6, 3], // today: matches the totals
  ])('burn-up on %s: scope %i, done %i', (date, scope, done) => {
    expect(report.burnUp.find((p) => p.date === date)).toEqual({ date, scope, done });
  });

  it('draws the burn-up for every day from the start up to today', () => {
    expect(report.burnUp).toHaveLength(24);
    expect(report.burnUp[0]!.date).toBe('2025-04-28');
    expect(report.burnUp.at(-1)!.date).toBe(TODAY);
  });

  it('gives the tasks for the exports in theme order, then board order', () => {
    expect(report.tasks.map((t) => t.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'H']);
    expect(report.tasks[0]).toMatchObject({
      themeLabel: 'strategie',
      status: 'gepland',
      assignees: ['Programmamanager'],
      dueDate: '2025-06-08',
      priority: 'belangrijk',
      carryOverCount: 0,
    });
  });
});

describe('buildSprintReport — a closed sprint', () => {
  const closed = { ...sprint4, closedAt: '2025-06-08T16:00:00.000Z', snapshot: sprintTasks };
  const report = buildSprintReport(
    handMadeInput({ sprint: closed, tasks: closed.snapshot, today: '2025-07-01' }),
  );

  it('reports as of the close day, over the whole sprint', () => {
    expect(report.closed).toBe(true);
    expect(report.asOf).toBe('2025-06-08');
    expect(report.burnUp).toHaveLength(42);
    expect(report.burnUp.at(-1)).toEqual({ date: '2025-06-08', scope: 6, done: 3 });
    expect(report.blocked[0]!.daysBlocked).toBe(27);
  });
});

describe('buildSprintReport — edges', () => {
  it('an empty sprint has 0 % and no rows', () => {
    const report = buildSprintReport(handMadeInput({ tasks: [], history: [] }));
    expect(report.totals).toMatchObject({ total: 0, planned: 0, done: 0, completion: 0 });
    expect(report.themes).toEqual([]);
    expect(report.people).toEqual([]);
    expect(report.burnUp.every((p) => p.scope === 0)).toBe(true);
  });

  it('a sprint that has not started has no burn-up yet', () => {
    expect(buildSprintReport(handMadeInput({ today: '2025-04-01' })).burnUp).toEqual([]);
  });

  it.each([
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13],
  ])('rounds completion: %i of %i → %i %%', (done, total, expected) => {
    const tasks = Array.from({ length: total }, (_, i) =>
      aTask({ id: `t${i}`, sprintId: 'sprint-4', status: i < done ? 'afgerond' : 'gepland' }),
    );
    expect(buildSprintReport(handMadeInput({ tasks, history: [] })).totals.completion).toBe(
      expected,
    );
  });

  it('a task created on the planning day counts as planned, one created the day after as added', () => {
    const onPlanningDay = aTask({
      id: 'p',
      sprintId: 'sprint-4',
      createdAt: '2025-04-28T15:00:00.000Z',
    });
    const dayAfter = aTask({
      id: 'q',
      sprintId: 'sprint-4',
      createdAt: '2025-04-29T08:00:00.000Z',
    });
    const report = buildSprintReport(
      handMadeInput({
        tasks: [onPlanningDay, dayAfter],
        history: [
          {
            id: '1',
            planId: 'plan-1',
            taskId: 'p',
            at: onPlanningDay.createdAt,
            field: 'created',
            from: null,
            to: 'gepland',
          },
          {
            id: '2',
            planId: 'plan-1',
            taskId: 'q',
            at: dayAfter.createdAt,
            field: 'created',
            from: null,
            to: 'gepland',
          },
        ],
      }),
    );
    expect(report.totals).toMatchObject({ planned: 1, added: 1 });
  });

  it('reads sprint membership of tasks it is not given from their moves only', () => {
    const report = buildSprintReport(handMadeInput({ tasks: [], history }));
    // C, F and G moved in or out, so their history names sprint 4; A, B, D never moved (their
    // sprint is known only from the task itself) and X belonged to other sprints.
    expect(report.totals).toMatchObject({ planned: 3, removed: 3, total: 0 });
  });
});

describe('burnUpDays', () => {
  const s = aSprint({ start: '2025-04-28', end: '2025-05-04' });
  it.each([
    ['before the start', s, '2025-04-20', []],
    ['mid-sprint', s, '2025-04-30', ['2025-04-28', '2025-04-29', '2025-04-30']],
    [
      'after the end, still open',
      s,
      '2025-06-01',
      [
        '2025-04-28',
        '2025-04-29',
        '2025-04-30',
        '2025-05-01',
        '2025-05-02',
        '2025-05-03',
        '2025-05-04',
      ],
    ],
    [
      'closed early: up to the close day, not the days after it',
      { ...s, closedAt: '2025-04-29T10:00:00.000Z' },
      '2025-05-02',
      ['2025-04-28', '2025-04-29'],
    ],
    [
      'closed after the end: up to the end',
      { ...s, closedAt: '2025-05-06T10:00:00.000Z' },
      '2025-05-06',
      [
        '2025-04-28',
        '2025-04-29',
        '2025-04-30',
        '2025-05-01',
        '2025-05-02',
        '2025-05-03',
        '2025-05-04',
      ],
    ],
  ])('%s', (_name, sprint, today, expected) => {
    expect(burnUpDays(sprint, today)).toEqual(expected);
  });
});

describe('reportTasks', () => {
  const now = aTask({ id: 'now', sprintId: 'sprint-4', status: 'in-uitvoering' });
  const elsewhere = aTask({ id: 'elsewhere', sprintId: 'sprint-5' });
  const frozen = aTask({ id: 'frozen', sprintId: 'sprint-4', status: 'gepland' });
  it.each([
    ['an open sprint: its tasks as they are now', aSprint(), ['now']],
    [
      'a closed sprint: its snapshot',
      aSprint({ closedAt: '2025-06-06T10:00:00.000Z', snapshot: [frozen] }),
      ['frozen'],
    ],
    [
      'a closed sprint without snapshot: its tasks as they are now',
      aSprint({ closedAt: '2025-06-06T10:00:00.000Z', snapshot: null }),
      ['now'],
    ],
  ])('%s', (_name, sprint, expected) => {
    expect(reportTasks(sprint, [now, elsewhere]).map((t) => t.id)).toEqual(expected);
  });
});

describe('sprintReportOf — one sprint read from the whole plan', () => {
  const input = handMadeInput();
  const outside = aTask({ id: 'outside', title: 'Juridisch advies', sprintId: 'sprint-5' });
  const planTasks = [...input.tasks, outside];

  it.each([
    ['an open sprint reports the tasks it holds now', input.sprint, input.tasks.length],
    [
      'a closed sprint reports its snapshot',
      { ...input.sprint, closedAt: '2025-06-08T16:00:00.000Z', snapshot: input.tasks.slice(0, 2) },
      2,
    ],
  ])('%s', (_name, sprint, total) => {
    const report = sprintReportOf(input, sprint, planTasks, input.history, input.today);
    expect(report.totals.total).toBe(total);
  });

  it('is the report the Sprintrapport builds from the same rows', () => {
    expect(sprintReportOf(input, input.sprint, planTasks, input.history, input.today)).toEqual(
      buildSprintReport({
        ...input,
        tasks: reportTasks(input.sprint, planTasks),
        planTasks,
      }),
    );
  });
});
