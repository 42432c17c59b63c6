import { describe, expect, it } from 'vitest';
import { DEMO_STORY_DAY, demoRows } from '../../src/db/seed';
import { planSprintClose, type CloseDecision } from '../../src/domain/close';
import { sprintReportOf, type SprintReport } from '../../src/domain/report';
import { applyPatch, historyFor } from '../../src/domain/tasks';
import type { HistoryEntry, Sprint, Task } from '../../src/domain/types';

// The close happens on the story day, after the last thing the demo's history tells about it.
const CLOSE_AT = `${DEMO_STORY_DAY}T16:00:00.000Z`;

function demoClosed() {
  let n = 0;
  const rows = demoRows(() => `id-${++n}`);
  const sprint4 = rows.sprints.find((s) => s.number === 4)!;
  const sprint5 = rows.sprints.find((s) => s.number === 5)!;
  const unfinished = rows.tasks.filter((t) => t.sprintId === sprint4.id && t.status !== 'afgerond');
  // The team lead's choice: the last two go back to the backlog, the rest on to sprint 5.
  const decisions: Record<string, CloseDecision> = {};
  unfinished.forEach((t, i) => {
    decisions[t.id] = i >= unfinished.length - 2 ? 'backlog' : 'next';
  });
  const plan = planSprintClose(rows.tasks, sprint4, sprint5, decisions);
  const byId = new Map(rows.tasks.map((t) => [t.id, t]));
  const history: HistoryEntry[] = [...rows.history];
  for (const move of plan.moves) {
    const before = byId.get(move.id)!;
    const after = applyPatch(before, move.patch, DEMO_STORY_DAY, CLOSE_AT);
    byId.set(after.id, after);
    for (const line of historyFor(before, after, CLOSE_AT))
      history.push({ ...line, id: `close-${history.length}` });
  }
  const closed: Sprint = { ...sprint4, closedAt: CLOSE_AT, snapshot: plan.snapshot };
  return { rows, sprint4, sprint5, closed, tasksAfter: [...byId.values()], history };
}

function report(
  rows: ReturnType<typeof demoRows>,
  sprint: Sprint,
  planTasks: readonly Task[],
  history: readonly HistoryEntry[],
  today: string,
): SprintReport {
  return sprintReportOf(rows, sprint, planTasks, history, today);
}

describe('the demo sprint 4 report before and after its close (12 to sprint 5, 2 to the backlog)', () => {
  const { rows, sprint4, sprint5, closed, tasksAfter, history } = demoClosed();
  const before = report(rows, sprint4, rows.tasks, rows.history, DEMO_STORY_DAY);

  it('closes the demo sprint 4 as the issue tells it: 16 tasks, 12 to sprint 5, 2 to the backlog', () => {
    const wasIn4 = new Set(rows.tasks.filter((t) => t.sprintId === sprint4.id).map((t) => t.id));
    const movedOn = tasksAfter.filter((t) => wasIn4.has(t.id) && t.sprintId !== sprint4.id);
    expect(movedOn.filter((t) => t.sprintId === sprint5.id)).toHaveLength(12);
    expect(movedOn.filter((t) => t.sprintId === null)).toHaveLength(2);
    expect(closed.snapshot).toHaveLength(16);
    expect(before.totals.total).toBe(16);
  });

  it.each([
    ['on the close day', DEMO_STORY_DAY],
    ['weeks later', '2025-07-01'],
  ])('gives every figure of the report before the close, opened %s', (_when, today) => {
    const after = report(rows, closed, tasksAfter, history, today);
    expect({ ...after, closed: false, closedAt: null }).toEqual(before);
    expect(after).toMatchObject({ closed: true, closedAt: CLOSE_AT, asOf: DEMO_STORY_DAY });
  });

  it('keeps the scope line at 16 on the close day: moved-on work is not removed', () => {
    const after = report(rows, closed, tasksAfter, history, '2025-07-01');
    expect(after.burnUp.at(-1)).toEqual({
      date: DEMO_STORY_DAY,
      scope: 16,
      done: after.totals.done,
    });
  });
});
