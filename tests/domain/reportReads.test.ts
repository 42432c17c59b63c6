import { describe, expect, it } from 'vitest';
import { sprintReportOf } from '../../src/domain/report';
import { reportBlockerIds, reportHistoryTaskIds } from '../../src/domain/reportReads';
import type { HistoryEntry } from '../../src/domain/types';
import { aTask } from '../builders';
import { handMadeInput, history, sprint4, sprintTasks } from './reportFixture';

const move = (taskId: string, from: string | null, to: string | null) => ({
  taskId,
  field: 'sprintId' as const,
  from,
  to,
});

describe('reportHistoryTaskIds: the tasks whose history a report of sprint-4 reads', () => {
  it.each([
    ['no tasks, no moves: none', [], [], []],
    ['the described tasks, without any move', ['A', 'B'], [], ['A', 'B']],
    ['a task moved into the sprint from the backlog', [], [move('E', null, 'sprint-4')], ['E']],
    ['a task moved out of the sprint to the next', [], [move('F', 'sprint-4', 'sprint-5')], ['F']],
    ['a task moved out of the sprint to the backlog', [], [move('K', 'sprint-4', null)], ['K']],
    [
      'a task moved between two other sprints: not read',
      [],
      [move('X', 'sprint-5', 'sprint-3')],
      [],
    ],
    [
      'a status line that happens to name the sprint id is no move',
      [],
      [{ taskId: 'S', field: 'status' as const, from: 'sprint-4', to: 'gepland' }],
      [],
    ],
    [
      'a described task that also moved is read once',
      ['C'],
      [move('C', 'sprint-3', 'sprint-4'), move('C', 'sprint-4', 'sprint-5')],
      ['C'],
    ],
  ])('%s', (_name, described, moves, expected) => {
    const ids = reportHistoryTaskIds(
      'sprint-4',
      described.map((id) => ({ id })),
      moves,
    );
    expect(ids.sort()).toEqual([...expected].sort());
  });
});

describe('reportBlockerIds: the blockers a report names beyond the tasks read', () => {
  it.each([
    ['no blockers: none', [[]], ['A'], []],
    ['a blocker in the sprint is read already', [['A']], ['A'], []],
    ['a blocker outside the sprint', [['Z']], ['A'], ['Z']],
    ['a blocker named by two tasks is read once', [['Z'], ['Z', 'A']], ['A'], ['Z']],
  ])('%s', (_name, blockedBy, known, expected) => {
    const described = blockedBy.map((ids) => ({ blockedBy: ids }));
    expect(
      reportBlockerIds(
        described,
        known.map((id) => ({ id })),
      ),
    ).toEqual(expected);
  });
});

describe('a report from only the history it needs', () => {
  it('equals the report from the whole history: F moved out, G moved in and deleted, X elsewhere', () => {
    const input = handMadeInput();
    const F = aTask({ id: 'F', title: 'Verhuisd', sprintId: 'sprint-5' });
    const X = aTask({ id: 'X', title: 'Elders', sprintId: 'sprint-3' });
    const planTasks = [...sprintTasks, F, X];
    const needed = new Set(
      reportHistoryTaskIds(
        sprint4.id,
        sprintTasks,
        history.filter((h) => h.field === 'sprintId'),
      ),
    );
    const narrowed: HistoryEntry[] = history.filter((h) => needed.has(h.taskId));
    expect([...needed].sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(sprintReportOf(input, sprint4, sprintTasks, narrowed, input.today)).toEqual(
      sprintReportOf(input, sprint4, planTasks, history, input.today),
    );
  });
});
