import { describe, expect, it } from 'vitest';
import { planMove } from '../src/domain/drop';
import { filterTasks, EMPTY_FILTER } from '../src/domain/filter';
import { groupTasks } from '../src/domain/group';
import { findTasks, taskIndex } from '../src/domain/palette';
import { bigPlan } from './data';
import { budget } from './measure';

const plan = bigPlan(10_000);
const ctx = {
  themes: plan.themes,
  actions: plan.actions,
  people: plan.people,
  today: '2025-05-20',
};
const sprint4 = plan.sprints[3]!;
const sprintTasks = plan.tasks.filter((t) => t.sprintId === sprint4.id);

describe('domain budgets on 10,000 tasks', () => {
  it('groups a whole plan by label', () => {
    expect(
      budget('groupTasks 10k by label', 15, () => groupTasks(plan.tasks, 'label', null, ctx)),
    ).toBe(true);
  });
  it('groups a whole plan by assignee with status swimlanes', () => {
    expect(
      budget('groupTasks 10k by assignee × status', 25, () =>
        groupTasks(plan.tasks, 'assignee', 'status', ctx),
      ),
    ).toBe(true);
  });
  it('filters 10k tasks on blocked + accent-insensitive search', () => {
    const filter = { ...EMPTY_FILTER, blocked: true, q: 'enquete 4' };
    expect(
      budget('filterTasks 10k blocked + search', 25, () =>
        filterTasks(plan.tasks, filter, { today: '2025-05-20', sprint: sprint4 }),
      ),
    ).toBe(true);
  });
  it('plans a drop into a column of a sprint', () => {
    const cells = groupTasks(sprintTasks, 'label', null, ctx);
    const target = cells.get('*::theme-3')!.open;
    const task = sprintTasks[0]!;
    expect(
      budget('planMove in a 1,100-task sprint', 1, () =>
        planMove({
          task,
          from: { column: { groupBy: 'label', key: task.themeId }, lane: null },
          to: { column: { groupBy: 'label', key: 'theme-3' }, lane: null },
          targetTasks: target,
          index: 10,
          actions: plan.actions,
        }),
      ),
    ).toBe(true);
  });
  it('finds the palette tasks among 10k by a word in their titles', () => {
    const index = taskIndex(plan.tasks);
    expect(budget('palette findTasks 10k', 16, () => findTasks(index, 'enquete'))).toBe(true);
  });
});
