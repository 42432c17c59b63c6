import { describe, expect, it } from 'vitest';
import { copyOfDeletedTask, type CopyTargets } from '../../src/domain/keepCopy';
import { aTask } from '../builders';

const everything: CopyTargets = {
  themeIds: ['th-1', 'th-2'],
  actions: [
    { id: 'ac-1', themeId: 'th-1' },
    { id: 'ac-2', themeId: 'th-2' },
  ],
  sprintIds: new Set(['sp-1']),
  personIds: new Set(['pe-1', 'pe-2']),
  taskIds: new Set(['ta-2']),
};

const deleted = aTask({
  id: 'ta-1',
  themeId: 'th-1',
  actionId: 'ac-1',
  sprintId: 'sp-1',
  assigneeIds: ['pe-1', 'pe-9'],
  blockedBy: ['ta-2', 'ta-8'],
  status: 'geblokkeerd',
  plannerId: 'planner-1',
});

describe('copyOfDeletedTask', () => {
  it.each<[string, Partial<CopyTargets>, Partial<ReturnType<typeof copyOfDeletedTask>>]>([
    [
      'keeps theme, action and sprint that still exist',
      {},
      { themeId: 'th-1', actionId: 'ac-1', sprintId: 'sp-1' },
    ],
    [
      'drops people and blocking tasks that are gone',
      {},
      { assigneeIds: ['pe-1'], blockedBy: ['ta-2'] },
    ],
    [
      'puts a copy whose theme is gone in the first theme, without its action',
      { themeIds: ['th-2'] },
      { themeId: 'th-2', actionId: null },
    ],
    [
      'puts a copy whose sprint is gone in the backlog',
      { sprintIds: new Set() },
      { sprintId: null },
    ],
    [
      'drops an action that is gone',
      { actions: [{ id: 'ac-2', themeId: 'th-2' }] },
      { actionId: null },
    ],
    ['drops the Planner link', {}, { plannerId: null }],
  ])('%s', (_name, change, expected) => {
    expect(copyOfDeletedTask(deleted, { ...everything, ...change })).toMatchObject(expected!);
  });

  it('keeps the title, status and the rest of what the user saw, without id or timestamps', () => {
    const copy = copyOfDeletedTask(deleted, everything)!;
    expect(copy).toMatchObject({ title: deleted.title, status: 'geblokkeerd', rank: deleted.rank });
    expect(copy).not.toHaveProperty('id');
    expect(copy).not.toHaveProperty('createdAt');
    expect(copy).not.toHaveProperty('updatedAt');
  });

  it('is null when the plan has no theme left', () => {
    expect(copyOfDeletedTask(deleted, { ...everything, themeIds: [] })).toBeNull();
  });
});
