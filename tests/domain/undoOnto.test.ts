import { describe, expect, it } from 'vitest';
import { replayOnto } from '../../src/domain/undoOnto';
import type { Task } from '../../src/domain/types';
import { aTask } from '../builders';

const BASE = aTask({ id: 'task-1', title: 'Voor', priority: 'normaal', dueDate: null });

describe('replayOnto: undo touches only the fields of its own change', () => {
  const cases: Array<{
    name: string;
    current: Task | null;
    from: Task | null;
    to: Task | null;
    expected: Task | null;
  }> = [
    {
      name: 'undoing my title keeps the priority a teammate set meanwhile',
      current: { ...BASE, title: 'Na', priority: 'urgent' },
      from: { ...BASE, title: 'Na' },
      to: BASE,
      expected: { ...BASE, priority: 'urgent' },
    },
    {
      name: 'undoing my field wins over a later teammate edit of that same field',
      current: { ...BASE, title: 'Van een teammaat' },
      from: { ...BASE, title: 'Na' },
      to: BASE,
      expected: BASE,
    },
    {
      name: 'undoing a create deletes the task',
      current: BASE,
      from: BASE,
      to: null,
      expected: null,
    },
    {
      name: 'undoing a delete brings the whole task back',
      current: null,
      from: null,
      to: BASE,
      expected: BASE,
    },
    {
      name: 'a task deleted by a teammate comes back whole when my edit is redone',
      current: null,
      from: BASE,
      to: { ...BASE, title: 'Na' },
      expected: { ...BASE, title: 'Na' },
    },
    {
      name: 'arrays compare by value: an unchanged checklist is left as the teammate made it',
      current: {
        ...BASE,
        title: 'Na',
        checklist: [{ id: 'c1', title: 'Van teammaat', done: false }],
      },
      from: { ...BASE, title: 'Na', checklist: [] },
      to: { ...BASE, checklist: [] },
      expected: { ...BASE, checklist: [{ id: 'c1', title: 'Van teammaat', done: false }] },
    },
  ];
  it.each(cases)('$name', ({ current, from, to, expected }) => {
    expect(replayOnto(current, from, to)).toEqual(expected);
  });
});
