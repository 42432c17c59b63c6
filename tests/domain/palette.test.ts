import { describe, expect, it } from 'vitest';
import {
  findTasks,
  matchScore,
  paletteCommands,
  queryTerms,
  rankCommands,
  taskIndex,
  TASK_HIT_LIMIT,
  type PaletteItem,
} from '../../src/domain/palette';
import { aSprint, aTask, aTheme } from '../builders';

const SPRINTS = [aSprint({ id: 's5', number: 5 }), aSprint({ id: 's4', number: 4 })];
const THEMES = [
  aTheme({ id: 'strategie', label: 'strategie', order: 2 }),
  aTheme({ id: 'rollen', label: 'AI-rollen', name: 'AI-rollen en processen', order: 1 }),
];

const keys = (list: { key: string }[]) => list.map((c) => c.key);

describe('paletteCommands', () => {
  it('lists every view, the sprints in number order, the backlog, the filter, groupings, new task per theme in theme order, export, backup, language and shortcuts', () => {
    const list = keys(paletteCommands({ sprints: SPRINTS, themes: THEMES, canAdd: true }));
    expect(list).toEqual([
      'view-bord',
      'view-mijn-taken',
      'view-geblokkeerd',
      'view-jaarplan',
      'view-roadmap',
      'view-rapport',
      'view-instellingen',
      'view-gegevens',
      'sprint-4',
      'sprint-5',
      'backlog',
      'blocked',
      'group-label',
      'group-status',
      'group-action',
      'group-assignee',
      'group-due',
      'group-phase',
      'new-rollen',
      'new-strategie',
      'export',
      'backup',
      'language',
      'shortcuts',
    ]);
  });

  it('offers no "Nieuwe taak" on a plan that cannot be changed', () => {
    const list = keys(paletteCommands({ sprints: SPRINTS, themes: THEMES, canAdd: false }));
    expect(list.filter((k) => k.startsWith('new-'))).toEqual([]);
  });
});

describe('queryTerms', () => {
  it.each([
    ['  Sprint   4 ', ['sprint', '4']],
    ['Enquête', ['enquete']],
    ['', []],
  ])('%j → %j', (q, terms) => expect(queryTerms(q)).toEqual(terms));
});

describe('matchScore', () => {
  it.each([
    // label, extra words, query, score
    ['Sprint 4', [], 'sprint 4', 0],
    ['Sprint 4', [], 'spr', 0],
    ['Alleen geblokkeerd', [], 'geblok', 1],
    ['Ga naar Bord', [], 'ord', 2],
    ['Board', ['bord'], 'bord', 3],
    ['Bord', ['board'], 'BOARD', 3],
    ['Enquête opstellen', [], 'enquete', 0],
    ['Enquete opstellen', [], 'ENQUÊTE', 0],
    ['Sprint 4', [], 'sprint 5', null],
    ['Bord', [], 'roadmap', null],
    ['Bord', [], '', 0],
  ] as const)('%s %j, query %j → %s', (label, words, query, score) =>
    expect(matchScore(label, words, queryTerms(query))).toBe(score),
  );
});

describe('rankCommands', () => {
  const item = (key: string, label: string, words: string[] = []): PaletteItem => ({
    key,
    label,
    words,
    action: { kind: 'backup' },
  });
  const items = [
    item('a', 'Ga naar Roadmap'),
    item('b', 'Alleen geblokkeerd', ['blocked only']),
    item('c', 'Blokken tonen'),
    item('d', 'Geblokkeerd overzicht'),
  ];
  it.each([
    ['', ['a', 'b', 'c', 'd']],
    ['geblok', ['d', 'b']],
    ['blocked', ['b']],
    ['blo', ['c', 'b', 'd']],
    ['xyz', []],
  ])('query %j → %j', (query, expected) =>
    expect(keys(rankCommands(items, query))).toEqual(expected),
  );

  it('finds a view by its word in the other language', () => {
    const commands = paletteCommands({ sprints: [], themes: [], canAdd: true }).map((c) => ({
      ...c,
      label: c.key,
    }));
    expect(keys(rankCommands(commands, 'year plan'))).toEqual(['view-jaarplan']);
    expect(keys(rankCommands(commands, 'instellingen'))).toEqual(['view-instellingen']);
    expect(keys(rankCommands(commands, 'english'))).toEqual(['language']);
  });
});

describe('findTasks', () => {
  const index = taskIndex([
    aTask({ id: '1', title: 'Opstellen van een DPIA' }),
    aTask({ id: '2', title: 'DPIA M365 Copilot' }),
    aTask({ id: '3', title: 'Enquête AI-readiness' }),
    aTask({ id: '4', title: 'Werking kernteam' }),
  ]);
  it.each([
    ['dpia', ['2', '1']],
    ['DPIA opstellen', ['1']],
    ['enquete', ['3']],
    ['ÉNQUÊTE ai', ['3']],
    ['', []],
    ['   ', []],
    ['zzz', []],
  ])('query %j → %j', (query, expected) =>
    expect(findTasks(index, query).map((e) => e.id)).toEqual(expected),
  );

  it(`lists at most ${TASK_HIT_LIMIT} of 10,000 matching tasks, and finds the one a full title names`, () => {
    const many = taskIndex(
      Array.from({ length: 10_000 }, (_, i) => aTask({ id: `t${i}`, title: `Taak nummer ${i}` })),
    );
    const hits = findTasks(many, 'nummer');
    expect(hits).toHaveLength(TASK_HIT_LIMIT);
    expect(findTasks(many, 'taak nummer 9999').map((e) => e.id)).toEqual(['t9999']);
  });
});
