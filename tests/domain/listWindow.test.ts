import { describe, expect, it } from 'vitest';
import { listWindow } from '../../src/domain/listWindow';

describe('listWindow', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
  const ids = (w: { shown: Array<{ id: string }> }) => w.shown.map((x) => x.id).join('');

  it.each<[string, number, string | null, string, number]>([
    ['a short list is shown whole', 10, null, 'abcdef', 0],
    ['exactly the limit', 6, null, 'abcdef', 0],
    ['the first items up to the limit', 4, null, 'abcd', 2],
    ['a pinned item past the limit is added at the end', 3, 'e', 'abce', 2],
    ['a pinned item within the limit changes nothing', 3, 'b', 'abc', 3],
    ['an unknown pinned item changes nothing', 3, 'zz', 'abc', 3],
    ['a limit of zero shows only the pinned item', 0, 'f', 'f', 5],
    ['a fractional limit is floored', 2.9, null, 'ab', 4],
  ])('%s', (_name, limit, pinned, shown, hidden) => {
    const w = listWindow(items, limit, pinned);
    expect([ids(w), w.hidden]).toEqual([shown, hidden]);
  });
});
