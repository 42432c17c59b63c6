import { describe, expect, it } from 'vitest';
import type { GroupBy } from '../../src/domain/group';
import { planMoveTo, type MoveToInput } from '../../src/domain/moveTo';
import { shownColumnIndex, stepColumn, swipeStep } from '../../src/domain/phone';
import { aSprint, aTask, anAction } from '../builders';

describe('swipeStep: what a finger movement means on the phone board', () => {
  it.each([
    ['a clear swipe to the left goes to the next column', -120, 10, 1],
    ['a clear swipe to the right goes to the previous column', 90, -20, -1],
    ['exactly the minimum distance counts', -50, 0, 1],
    ['just under the minimum distance is no swipe', -49, 0, 0],
    ['more up and down than sideways is scrolling the column', -80, 120, 0],
    ['as much down as sideways is no swipe', 70, 70, 0],
    ['a tap is no swipe', 0, 0, 0],
  ])('%s', (_name, dx, dy, step) => {
    expect(swipeStep(dx, dy)).toBe(step);
  });
});

describe('stepColumn: the column after a step', () => {
  it.each([
    ['next from the first', 0, 5, 1, 1],
    ['previous from the third', 2, 5, -1, 1],
    ['stops at the last column', 4, 5, 1, 4],
    ['stops at the first column', 0, 5, -1, 0],
    ['one column stays put', 0, 1, 1, 0],
    ['no columns gives the first place', 0, 0, 1, 0],
  ])('%s', (_name, index, count, step, expected) => {
    expect(stepColumn(index, count, step)).toBe(expected);
  });
});

describe('shownColumnIndex: which column the phone board shows', () => {
  it.each([
    ['nothing chosen: the first', ['a', 'b', 'c'], null, 0],
    ['the chosen column', ['a', 'b', 'c'], 'c', 2],
    ['a choice that no longer exists: the first', ['a', 'b'], 'gone', 0],
  ] as const)('%s', (_name, keys, chosen, expected) => {
    expect(shownColumnIndex(keys, chosen)).toBe(expected);
  });
});

const side = (groupBy: GroupBy, key: string) => ({ groupBy, key });
const sprint4 = aSprint();
const task = aTask({
  id: 'moved',
  rank: 5000,
  status: 'gepland',
  sprintId: 'sprint-4',
  dueDate: '2025-05-30',
  themeId: 'theme-1',
});

function input(over: Partial<MoveToInput>): MoveToInput {
  return {
    task,
    from: { column: side('status', 'gepland'), lane: null },
    toColumn: side('status', 'gepland'),
    sprintId: 'sprint-4',
    oldSprint: sprint4,
    targetTasks: [],
    actions: [],
    ...over,
  };
}

describe('planMoveTo: "Verplaatsen naar…" with a column and a sprint', () => {
  it.each<[string, Partial<MoveToInput>, Partial<ReturnType<typeof planMoveTo>>]>([
    [
      'another status in the same sprint: the status, at the bottom of that column',
      {
        toColumn: side('status', 'in-uitvoering'),
        targetTasks: [aTask({ id: 'a', rank: 1000 }), aTask({ id: 'b', rank: 2000 })],
      },
      { kind: 'move', patch: { status: 'in-uitvoering', rank: 3024 }, needsReason: false },
    ],
    [
      'the same column and sprint where it is already last: nothing',
      { targetTasks: [aTask({ id: 'a', rank: 1000 })] },
      { kind: 'none' },
    ],
    [
      'the same column and sprint with cards below it: still nothing, it keeps its place',
      { targetTasks: [aTask({ id: 'a', rank: 1000 }), task, aTask({ id: 'b', rank: 9000 })] },
      { kind: 'none' },
    ],
    [
      'into Geblokkeerd asks for the reason',
      { toColumn: side('status', 'geblokkeerd') },
      { kind: 'move', needsReason: true },
    ],
    [
      'a "due" column cannot be chosen',
      {
        from: { column: side('due', 'deze-week'), lane: null },
        toColumn: side('due', 'later'),
      },
      { kind: 'refused', reason: 'not-droppable' },
    ],
    [
      'the same column in another sprint: that sprint, at the bottom there',
      { sprintId: 'sprint-5', targetTasks: [aTask({ id: 'c', rank: 7000 })] },
      { kind: 'move', patch: { sprintId: 'sprint-5', rank: 8024 }, needsReason: false },
    ],
    [
      'to the backlog: status backlog and the old sprint’s due date goes',
      { sprintId: null },
      {
        kind: 'move',
        patch: { sprintId: null, status: 'backlog', dueDate: null, rank: 1024 },
        needsReason: false,
      },
    ],
    [
      'another theme and another sprint at once',
      {
        from: { column: side('label', 'theme-1'), lane: null },
        toColumn: side('label', 'theme-2'),
        sprintId: 'sprint-5',
      },
      { kind: 'move', patch: { themeId: 'theme-2', sprintId: 'sprint-5', rank: 1024 } },
    ],
  ])('%s', (_name, over, expected) => {
    expect(planMoveTo(input(over))).toMatchObject(expected);
  });

  it('another theme drops an action of the old theme', () => {
    const withAction = { ...task, actionId: 'act-1' };
    const plan = planMoveTo(
      input({
        task: withAction,
        from: { column: side('label', 'theme-1'), lane: null },
        toColumn: side('label', 'theme-2'),
        actions: [anAction({ id: 'act-1', themeId: 'theme-1' })],
      }),
    );
    expect(plan).toMatchObject({ kind: 'move', patch: { themeId: 'theme-2', actionId: null } });
  });
});
