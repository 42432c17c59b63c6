import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '../../src/db/live';
import type { Task } from '../../src/domain/types';
import { aTask } from '../builders';

// A fresh read: the same rows as new objects, as IndexedDB hands them out.
const reread = (tasks: Task[]) => tasks.map((t) => structuredClone(t));

describe('keepUnchanged', () => {
  const a = aTask({
    id: 'a',
    title: 'EU AI Act',
    checklist: [{ id: 'c1', title: 'Lezen', done: false }],
  });
  const b = aTask({ id: 'b', title: 'AI-register', assigneeIds: ['p1'] });
  const previous = [a, b];

  const cases: Array<[string, Task[], Array<'kept' | 'new'>]> = [
    ['an unchanged read keeps every object', reread(previous), ['kept', 'kept']],
    [
      'a changed field gives a new object',
      [{ ...structuredClone(a), themeId: 'theme-2' }, structuredClone(b)],
      ['new', 'kept'],
    ],
    [
      'a change deep inside (a checklist item) counts',
      [structuredClone(a), structuredClone(b)].map((t) =>
        t.id === 'a' ? { ...t, checklist: [{ id: 'c1', title: 'Lezen', done: true }] } : t,
      ),
      ['new', 'kept'],
    ],
    [
      'a list that grew counts',
      [structuredClone(a), { ...structuredClone(b), assigneeIds: ['p1', 'p2'] }],
      ['kept', 'new'],
    ],
    [
      'a task not read before is new',
      [...reread(previous), aTask({ id: 'c' })],
      ['kept', 'kept', 'new'],
    ],
    ['a task gone is simply not there', reread([b]), ['kept']],
  ];

  it.each(cases)('%s', (_, next, expected) => {
    const result = keepUnchanged(previous, next);
    expect(result).toEqual(next);
    expect(result.map((t) => (previous.includes(t) ? 'kept' : 'new'))).toEqual(expected);
  });

  it('follows the order of the new read', () => {
    expect(keepUnchanged(previous, reread([b, a]))).toEqual([b, a]);
    expect(keepUnchanged(previous, reread([b, a]))[0]).toBe(b);
  });
});
