import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  activeFilterCount,
  blockedList,
  filterTasks,
  isFilterEmpty,
  matchesFilter,
  normalizeText,
  panelFilterCount,
  parseFilter,
  toggleValue,
  writeFilter,
  type FilterContext,
  type TaskFilter,
} from '../../src/domain/filter';
import type { Task } from '../../src/domain/types';
import { aPerson, aSprint, aTask, aTheme } from '../builders';

// Tuesday 20 May 2025: ISO week 21 runs Monday 19 – Sunday 25 May; sprint 4 runs 28 apr – 8 jun.
const CTX: FilterContext = {
  today: '2025-05-20',
  sprint: { start: '2025-04-28', end: '2025-06-08' },
};
const KNOWN = {
  themeIds: ['rollen', 'strategie'],
  actionIds: ['actie-1', 'actie-2'],
  personIds: ['pm', 'ba'],
};

const f = (fields: Partial<TaskFilter>): TaskFilter => ({ ...EMPTY_FILTER, ...fields });

describe('normalizeText', () => {
  it.each([
    ['Enquête', 'enquete'],
    ['AI-readiness-ENQUÊTE', 'ai-readiness-enquete'],
    ['Ça coûte één euro', 'ca coute een euro'],
    ['Ĳsselmeer naïef', 'ĳsselmeer naief'],
    ['', ''],
  ])('%s → %s', (input, out) => expect(normalizeText(input)).toBe(out));
});

describe('parseFilter', () => {
  it.each<[string, string, Partial<TaskFilter>]>([
    ['empty query', '', {}],
    ['only foreign keys', 'view=bord&sprint=4', {}],
    ['blocked toggle', 'geblokkeerd=1', { blocked: true }],
    ['blocked with junk value', 'geblokkeerd=banaan', {}],
    [
      'known labels, repeated keys',
      'label=rollen&label=strategie',
      { themes: ['rollen', 'strategie'] },
    ],
    ['labels comma-separated', 'label=rollen,strategie', { themes: ['rollen', 'strategie'] }],
    ['unknown label ignored', 'label=rollen&label=verwijderd', { themes: ['rollen'] }],
    ['duplicates collapse', 'label=rollen&label=rollen,rollen', { themes: ['rollen'] }],
    ['empty values ignored', 'label=&label=,,&wie=', {}],
    ['actions with none', 'actie=actie-2&actie=none&actie=x', { actions: ['actie-2', 'none'] }],
    ['assignees with none', 'wie=none&wie=pm&wie=iemand', { assignees: ['none', 'pm'] }],
    ['statuses', 'status=geblokkeerd&status=klaar&status=GEPLAND', { statuses: ['geblokkeerd'] }],
    ['priorities', 'prio=urgent&prio=laag&prio=hoog', { priorities: ['urgent', 'laag'] }],
    ['due', 'vervalt=te-laat&vervalt=ooit&vervalt=geen-datum', { due: ['te-laat', 'geen-datum'] }],
    ['carried', 'doorgeschoven=1', { carried: true }],
    ['search', 'q=enqu%C3%AAte', { q: 'enquête' }],
    ['html in search stays text', 'q=%3Cscript%3E', { q: '<script>' }],
    ['prototype-ish junk', 'label=__proto__&wie=constructor&status=toString', {}],
  ])('%s', (_name, query, expected) => {
    expect(parseFilter(new URLSearchParams(query), KNOWN)).toEqual(f(expected));
  });

  it('never throws on broken percent-encoding or huge input', () => {
    const huge = `q=${'a'.repeat(100_000)}&label=${'x,'.repeat(50_000)}`;
    const parsed = parseFilter(new URLSearchParams(huge), KNOWN);
    expect(parsed.q).toHaveLength(200);
    expect(parsed.themes).toEqual([]);
    expect(() => parseFilter(new URLSearchParams('q=%E0%A4%A&label=%'), KNOWN)).not.toThrow();
  });

  it('ignores every id when the plan knows none', () => {
    const parsed = parseFilter(new URLSearchParams('label=rollen&wie=pm&wie=none'), {
      themeIds: [],
      actionIds: [],
      personIds: [],
    });
    expect(parsed).toEqual(f({ assignees: ['none'] }));
  });
});

describe('writeFilter', () => {
  it.each<[string, string, Partial<TaskFilter>, string]>([
    [
      'empty filter clears filter keys only',
      'view=bord&sprint=4&label=rollen&q=x',
      {},
      'view=bord&sprint=4',
    ],
    ['blocked', 'view=bord', { blocked: true }, 'view=bord&geblokkeerd=1'],
    [
      'lists as repeated keys',
      '',
      { themes: ['rollen', 'strategie'], assignees: ['none'] },
      'label=rollen&label=strategie&wie=none',
    ],
    ['blank search is left out', 'q=oud', { q: '   ' }, ''],
    ['search is kept as typed', '', { q: 'enquête ' }, 'q=enqu%C3%AAte+'],
    [
      'everything',
      'sprint=4',
      {
        blocked: true,
        actions: ['actie-1'],
        statuses: ['gepland'],
        priorities: ['urgent'],
        due: ['deze-week'],
        carried: true,
      },
      'sprint=4&geblokkeerd=1&actie=actie-1&status=gepland&prio=urgent&vervalt=deze-week&doorgeschoven=1',
    ],
  ])('%s', (_name, before, filter, after) => {
    const params = new URLSearchParams(before);
    writeFilter(params, f(filter));
    expect(params.toString()).toBe(after);
  });

  it.each<Partial<TaskFilter>>([
    {},
    { blocked: true, q: 'DPIA' },
    { themes: ['rollen'], actions: ['none', 'actie-1'], assignees: ['pm', 'none'] },
    {
      statuses: ['afgerond', 'backlog'],
      priorities: ['laag'],
      due: ['te-laat', 'deze-sprint'],
      carried: true,
    },
  ])('round-trips %o', (filter) => {
    const params = new URLSearchParams('view=bord');
    writeFilter(params, f(filter));
    expect(parseFilter(params, KNOWN)).toEqual(f(filter));
    expect(params.get('view')).toBe('bord');
  });
});

describe('counting', () => {
  it.each<[Partial<TaskFilter>, number, number]>([
    [{}, 0, 0],
    [{ q: '   ' }, 0, 0],
    [{ q: 'dpia' }, 1, 0],
    [{ blocked: true }, 1, 0],
    [{ themes: ['a', 'b'], carried: true }, 3, 3],
    [{ blocked: true, statuses: ['gepland'], due: ['te-laat'], q: 'x' }, 4, 2],
  ])('%o → %i active, %i in the panel', (filter, active, panel) => {
    expect(activeFilterCount(f(filter))).toBe(active);
    expect(panelFilterCount(f(filter))).toBe(panel);
    expect(isFilterEmpty(f(filter))).toBe(active === 0);
  });

  it('keeps EMPTY_FILTER empty', () => {
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    expect(() => (EMPTY_FILTER.themes as string[]).push('x')).toThrow();
  });
});

describe('matchesFilter', () => {
  const task = (fields: Partial<Task>) => aTask({ status: 'gepland', ...fields });

  it.each<[string, Partial<Task>, Partial<TaskFilter>, boolean]>([
    ['empty filter keeps everything', {}, {}, true],
    ['blocked keeps blocked', { status: 'geblokkeerd' }, { blocked: true }, true],
    ['blocked drops others', { status: 'in-uitvoering' }, { blocked: true }, false],
    ['label OR: second matches', { themeId: 'rollen' }, { themes: ['strategie', 'rollen'] }, true],
    ['label miss', { themeId: 'rollen' }, { themes: ['strategie'] }, false],
    ['action', { actionId: 'actie-1' }, { actions: ['actie-1'] }, true],
    ['action none keeps tasks without action', { actionId: null }, { actions: ['none'] }, true],
    ['action none drops tasks with action', { actionId: 'actie-1' }, { actions: ['none'] }, false],
    [
      'assignee: one of several holders',
      { assigneeIds: ['ba', 'pm'] },
      { assignees: ['pm'] },
      true,
    ],
    ['assignee miss', { assigneeIds: ['ba'] }, { assignees: ['pm'] }, false],
    ['unassigned matches none', { assigneeIds: [] }, { assignees: ['none'] }, true],
    ['assigned does not match none', { assigneeIds: ['pm'] }, { assignees: ['none'] }, false],
    ['assignee OR with none', { assigneeIds: [] }, { assignees: ['pm', 'none'] }, true],
    ['status', { status: 'afgerond' }, { statuses: ['afgerond', 'gepland'] }, true],
    ['status miss', { status: 'backlog' }, { statuses: ['afgerond'] }, false],
    ['priority', { priority: 'urgent' }, { priorities: ['urgent'] }, true],
    ['priority miss', { priority: 'laag' }, { priorities: ['urgent', 'belangrijk'] }, false],
    ['late: due yesterday, open', { dueDate: '2025-05-19' }, { due: ['te-laat'] }, true],
    [
      'late: due yesterday but done',
      { dueDate: '2025-05-19', status: 'afgerond' },
      { due: ['te-laat'] },
      false,
    ],
    ['late: due today is not late', { dueDate: '2025-05-20' }, { due: ['te-laat'] }, false],
    ['this week: Monday', { dueDate: '2025-05-19' }, { due: ['deze-week'] }, true],
    ['this week: Sunday', { dueDate: '2025-05-25' }, { due: ['deze-week'] }, true],
    ['this week: next Monday', { dueDate: '2025-05-26' }, { due: ['deze-week'] }, false],
    ['this week: last Sunday', { dueDate: '2025-05-18' }, { due: ['deze-week'] }, false],
    ['this sprint: last day', { dueDate: '2025-06-08' }, { due: ['deze-sprint'] }, true],
    ['this sprint: first day', { dueDate: '2025-04-28' }, { due: ['deze-sprint'] }, true],
    ['this sprint: after it', { dueDate: '2025-06-09' }, { due: ['deze-sprint'] }, false],
    ['no date', { dueDate: null }, { due: ['geen-datum'] }, true],
    ['no date miss', { dueDate: '2025-06-08' }, { due: ['geen-datum'] }, false],
    ['no date is not late', { dueDate: null }, { due: ['te-laat', 'deze-week'] }, false],
    ['due OR', { dueDate: null }, { due: ['te-laat', 'geen-datum'] }, true],
    ['carried', { carryOverCount: 2 }, { carried: true }, true],
    ['not carried', { carryOverCount: 0 }, { carried: true }, false],
    [
      'AND: label hits, status misses',
      { themeId: 'rollen', status: 'gepland' },
      { themes: ['rollen'], statuses: ['afgerond'] },
      false,
    ],
    [
      'AND: all hit',
      { themeId: 'rollen', status: 'geblokkeerd', assigneeIds: ['pm'] },
      { blocked: true, themes: ['rollen'], assignees: ['pm'] },
      true,
    ],
  ])('%s', (_name, fields, filter, expected) => {
    expect(matchesFilter(task(fields), f(filter), CTX)).toBe(expected);
  });

  it('matches nothing for "deze sprint" when no sprint is shown', () => {
    expect(
      matchesFilter(task({ dueDate: '2025-05-20' }), f({ due: ['deze-sprint'] }), {
        ...CTX,
        sprint: null,
      }),
    ).toBe(false);
  });
});

describe('search', () => {
  const enquete = aTask({
    title: 'AI-readiness-enquête invullen',
    description: 'Vragenlijst van Digitaal Vlaanderen',
    notes: [{ id: 'n1', date: '2025-05-06', text: 'Overleg met de CAICO over de antwoorden' }],
    checklist: [{ id: 'c1', title: 'Antwoorden nakijken met DPO', done: false }],
    blockedReason: 'Wachten op het kabinet',
  });

  it.each<[string, boolean]>([
    ['enquete', true],
    ['ENQUÊTE', true],
    ['Enquête', true],
    ['  enquete  ', true],
    ['readiness', true],
    ['vlaanderen', true],
    ['caico', true],
    ['dpo', true],
    ['kabinet', true],
    ['enquete caico', true],
    ['enquete copilot', false],
    ['copilot', false],
    ['', true],
    ['   ', true],
    ['.*', false],
    ['(', false],
  ])('%j → %s', (q, expected) => {
    expect(matchesFilter(enquete, f({ q }), CTX)).toBe(expected);
  });

  it('finds accented text typed with accents when the task has none', () => {
    expect(matchesFilter(aTask({ title: 'Enquete versturen' }), f({ q: 'enquête' }), CTX)).toBe(
      true,
    );
  });
});

describe('filterTasks', () => {
  const tasks = [
    aTask({ id: 'a', status: 'geblokkeerd', themeId: 'rollen' }),
    aTask({ id: 'b', status: 'gepland', themeId: 'rollen' }),
    aTask({ id: 'c', status: 'geblokkeerd', themeId: 'strategie' }),
  ];

  it.each<[Partial<TaskFilter>, string[]]>([
    [{}, ['a', 'b', 'c']],
    [{ blocked: true }, ['a', 'c']],
    [{ blocked: true, themes: ['rollen'] }, ['a']],
    [{ themes: ['onbekend'] }, []],
  ])('%o → %o', (filter, ids) => {
    expect(filterTasks(tasks, f(filter), CTX).map((t) => t.id)).toEqual(ids);
  });

  it('returns a new array and leaves the input alone', () => {
    const out = filterTasks(tasks, EMPTY_FILTER, CTX);
    expect(out).not.toBe(tasks);
    expect(tasks.map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('toggleValue', () => {
  it.each<[string[], string, string[]]>([
    [[], 'a', ['a']],
    [['a', 'b'], 'a', ['b']],
    [['a'], 'b', ['a', 'b']],
  ])('%o ± %s → %o', (list, v, out) => expect(toggleValue(list, v)).toEqual(out));
});

describe('blockedList', () => {
  const sprints = [
    aSprint({ id: 's4', number: 4 }),
    aSprint({ id: 's5', number: 5, start: '2025-06-09', end: '2025-07-20' }),
  ];
  const people = [
    aPerson({ id: 'pm', name: 'Programmamanager' }),
    aPerson({ id: 'ba', name: 'Business-analist' }),
  ];
  const themes = [aTheme({ id: 'rollen', name: 'AI-rollen' })];
  const structuur = aTask({
    id: 'structuur',
    title: 'Samenstelling en rollen kernteam wijzigen waar nodig',
    themeId: 'rollen',
    status: 'geblokkeerd',
    sprintId: 's4',
    assigneeIds: ['pm'],
    blockedReason: '  Wachten op de beslissing over de nieuwe organisatiestructuur  ',
    blockedSince: '2025-05-12',
  });
  const tasks: Task[] = [
    aTask({ id: 'open', status: 'in-uitvoering', sprintId: 's4' }),
    aTask({
      id: 'register',
      title: 'AI-register aanvullen',
      status: 'geblokkeerd',
      sprintId: 's4',
      assigneeIds: ['ba', 'weg', 'pm'],
      blockedSince: '2025-05-19',
    }),
    structuur,
    aTask({
      id: 'rollen-later',
      title: 'Rolbeschrijvingen publiceren',
      status: 'geblokkeerd',
      sprintId: 's5',
      blockedBy: ['structuur', 'verwijderd'],
      blockedSince: '2025-06-16',
    }),
    aTask({
      id: 'backlog',
      title: 'Zonder datum',
      status: 'geblokkeerd',
      sprintId: null,
      blockedSince: null,
    }),
    aTask({
      id: 'backlog-2',
      title: 'Al lang',
      status: 'geblokkeerd',
      sprintId: null,
      blockedSince: '2025-03-01',
    }),
    aTask({
      id: 'onbekende-sprint',
      title: 'Sprint verdwenen',
      status: 'geblokkeerd',
      sprintId: 's99',
      blockedSince: '2025-05-12',
    }),
  ];
  const ctx = {
    today: '2025-05-20',
    sprints,
    people,
    themes,
    tasksById: new Map(tasks.map((t) => [t.id, t])),
  };

  it('lists only blocked tasks, longest blocked first, unknown duration last', () => {
    expect(blockedList(tasks, ctx).map((r) => [r.task.id, r.daysBlocked])).toEqual([
      ['backlog-2', 80],
      ['structuur', 8],
      ['onbekende-sprint', 8],
      ['register', 1],
      ['rollen-later', 0],
      ['backlog', null],
    ]);
  });

  it('gives reason, blocked-by titles, assignee names, theme and sprint', () => {
    const rows = blockedList(tasks, ctx);
    expect(rows.find((r) => r.task.id === 'structuur')).toMatchObject({
      reason: 'Wachten op de beslissing over de nieuwe organisatiestructuur',
      assignees: ['Programmamanager'],
      theme: { name: 'AI-rollen' },
      sprint: { number: 4 },
    });
    expect(rows.find((r) => r.task.id === 'rollen-later')).toMatchObject({
      blockedBy: ['Samenstelling en rollen kernteam wijzigen waar nodig'],
      sprint: { number: 5 },
      theme: null,
    });
    expect(rows.find((r) => r.task.id === 'register')!.assignees).toEqual([
      'Business-analist',
      'Programmamanager',
    ]);
    expect(rows.find((r) => r.task.id === 'backlog')!.sprint).toBeNull();
    expect(rows.find((r) => r.task.id === 'onbekende-sprint')!.sprint).toBeNull();
  });

  it('is empty when nothing is blocked', () => {
    expect(blockedList([aTask({ status: 'afgerond' })], ctx)).toEqual([]);
  });
});
