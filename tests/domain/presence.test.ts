import { describe, expect, it } from 'vitest';
import { peersOf, presentPeople, viewersByTask, type Peer } from '../../src/domain/presence';

const an = { id: 'pe-an', name: 'An Peeters' };
const bert = { id: 'pe-bert', name: 'Bert De Smet' };
const people = new Map([
  [an.id, an],
  [bert.id, bert],
]);
const peer = (
  clientId: number,
  personId: string | null,
  openTaskId: string | null = null,
): Peer => ({
  clientId,
  personId,
  openTaskId,
});

describe('peersOf', () => {
  it.each<[string, Array<[number, unknown]>, Peer[]]>([
    ['leaves this browser out', [[1, { personId: 'pe-an', openTaskId: null }]], []],
    [
      'keeps the others, ordered by client',
      [
        [9, { personId: 'pe-bert', openTaskId: 'ta-1' }],
        [3, { personId: null, openTaskId: null }],
      ],
      [peer(3, null), peer(9, 'pe-bert', 'ta-1')],
    ],
    ['ignores a state that is not an object', [[2, 'hallo']], []],
    ['ignores an empty state (a browser that left)', [[2, null]], []],
    ['ignores a number as person', [[2, { personId: 42, openTaskId: null }]], []],
    ['ignores an empty task id', [[2, { personId: null, openTaskId: '' }]], []],
    ['ignores an overlong id', [[2, { personId: 'x'.repeat(101), openTaskId: null }]], []],
    ['ignores a state without the fields', [[2, { user: 'An' }]], []],
  ])('%s', (_name, states, expected) => {
    expect(peersOf(states, 1)).toEqual(expected);
  });

  it('drops fields it does not know', () => {
    expect(peersOf([[2, { personId: null, openTaskId: null, token: 'geheim' }]], 1)).toEqual([
      peer(2, null),
    ]);
  });
});

describe('presentPeople', () => {
  it.each<[string, Peer[], Array<[string | null, number]>]>([
    ['nobody else', [], []],
    [
      'one avatar per person, by name',
      [peer(2, 'pe-bert'), peer(3, 'pe-an')],
      [
        ['An Peeters', 1],
        ['Bert De Smet', 1],
      ],
    ],
    [
      'a person in two tabs is one avatar',
      [peer(2, 'pe-an'), peer(3, 'pe-an')],
      [['An Peeters', 2]],
    ],
    [
      'browsers without "Ik ben" are one unnamed avatar, last',
      [peer(2, null), peer(3, 'pe-x'), peer(4, 'pe-an')],
      [
        ['An Peeters', 1],
        [null, 2],
      ],
    ],
  ])('%s', (_name, peers, expected) => {
    expect(presentPeople(peers, people).map((p) => [p.person?.name ?? null, p.count])).toEqual(
      expected,
    );
  });
});

describe('viewersByTask', () => {
  it('lists, per open task, who has it open; a person twice on one task once', () => {
    const viewers = viewersByTask(
      [
        peer(2, 'pe-an', 'ta-1'),
        peer(3, 'pe-an', 'ta-1'),
        peer(4, null, 'ta-1'),
        peer(5, 'pe-bert', 'ta-2'),
        peer(6, 'pe-bert'),
      ],
      people,
    );
    expect([...viewers.entries()]).toEqual([
      ['ta-1', [an, null]],
      ['ta-2', [bert]],
    ]);
  });
});
