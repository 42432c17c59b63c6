import type { ReportInput } from '../../src/domain/report';
import type { HistoryEntry, Plan, Task } from '../../src/domain/types';
import { aPerson, aSprint, aTask, aTheme } from '../builders';

/**
 * A hand-made sprint 4 (28 apr – 8 jun 2025) whose numbers are known, seen on 21 May 2025:
 *
 * | task | story                                               | counts as           |
 * |------|-----------------------------------------------------|---------------------|
 * | A    | in the sprint from the start, still planned          | planned, open       |
 * | B    | from the start, done on 5 May                        | planned, done       |
 * | C    | carried over twice, moved in on the planning day,    | planned, blocked,   |
 * |      | blocked since 12 May, waiting for A                  | carried over        |
 * | D    | created on 7 May, in progress                        | added, in progress  |
 * | E    | moved in from the backlog on 14 May, done on 16 May  | added, done         |
 * | F    | from the start, moved on to sprint 5 on 10 May       | planned, removed    |
 * | G    | moved in before the start, deleted on 20 May         | planned, removed    |
 * | H    | no history at all, done on 2 May (older data)        | planned, done       |
 */
export const TODAY = '2025-05-21';

export const plan: Plan = {
  id: 'plan-1',
  name: 'Jaarplan AI 2025',
  year: 2025,
  sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  createdAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-01T10:00:00.000Z',
};

export const sprint3 = aSprint({
  id: 'sprint-3',
  number: 3,
  start: '2025-03-17',
  end: '2025-04-27',
});
export const sprint4 = aSprint({ goal: 'DPIA Copilot en opleidingen' });
export const sprint5 = aSprint({
  id: 'sprint-5',
  number: 5,
  start: '2025-06-09',
  end: '2025-07-20',
});

export const strategie = aTheme({
  id: 'theme-1',
  label: 'strategie',
  name: 'Strategie en doelstellingen',
  order: 1,
});
export const rollen = aTheme({
  id: 'theme-2',
  label: 'rollen',
  name: 'AI-rollen, processen en verantwoordelijkheden',
  color: '#7a3e9d',
  order: 2,
});

export const pm = aPerson({ id: 'p-pm' });
export const hr = aPerson({ id: 'p-hr', name: 'HR', initials: 'HR', role: 'HR' });

const at = (day: string, hour = 10) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export const A = aTask({
  id: 'A',
  title: 'Opvolgen (opmaak van) MJP',
  themeId: 'theme-1',
  sprintId: 'sprint-4',
  assigneeIds: ['p-pm'],
  dueDate: '2025-06-08',
  priority: 'belangrijk',
  rank: 1,
  createdAt: at('2025-04-25'),
});
export const B = aTask({
  id: 'B',
  title: 'AI-readiness-enquête invullen',
  themeId: 'theme-1',
  sprintId: 'sprint-4',
  status: 'afgerond',
  assigneeIds: ['p-hr'],
  rank: 2,
  createdAt: at('2025-04-25'),
  completedAt: at('2025-05-05'),
});
export const C = aTask({
  id: 'C',
  title: 'Samenstelling en rollen kernteam wijzigen waar nodig',
  themeId: 'theme-1',
  sprintId: 'sprint-4',
  status: 'geblokkeerd',
  assigneeIds: ['p-pm'],
  blockedReason: 'Wachten op de beslissing over de nieuwe organisatiestructuur.',
  blockedSince: '2025-05-12',
  blockedBy: ['A', 'unknown-task'],
  carryOverCount: 2,
  rank: 3,
  createdAt: at('2025-03-10'),
});
export const D = aTask({
  id: 'D',
  title: 'Opleiding prompting – klassikale sessie',
  themeId: 'theme-2',
  sprintId: 'sprint-4',
  status: 'in-uitvoering',
  assigneeIds: ['p-pm', 'p-hr'],
  rank: 1,
  createdAt: at('2025-05-07'),
});
export const E = aTask({
  id: 'E',
  title: 'Presentatie AI-aanpak Groep Gent',
  themeId: 'theme-2',
  sprintId: 'sprint-4',
  status: 'afgerond',
  assigneeIds: ['ghost'],
  rank: 2,
  createdAt: at('2025-04-01'),
  completedAt: at('2025-05-16'),
});
export const H = aTask({
  id: 'H',
  title: 'Nieuwsbriefartikel AI',
  themeId: 'theme-2',
  sprintId: 'sprint-4',
  status: 'afgerond',
  rank: 3,
  createdAt: at('2025-04-01'),
  completedAt: at('2025-05-02', 12),
});

let n = 0;
const line = (
  taskId: string,
  when: string,
  field: HistoryEntry['field'],
  from: HistoryEntry['from'],
  to: HistoryEntry['to'],
): HistoryEntry => ({ id: `h${++n}`, planId: 'plan-1', taskId, at: when, field, from, to });

export const history: HistoryEntry[] = [
  line('A', at('2025-04-25'), 'created', null, 'gepland'),
  line('B', at('2025-04-25'), 'created', null, 'gepland'),
  line('B', at('2025-04-30'), 'status', 'gepland', 'in-uitvoering'),
  line('B', at('2025-05-05'), 'status', 'in-uitvoering', 'afgerond'),
  line('C', at('2025-03-10'), 'created', null, 'gepland'),
  line('C', at('2025-03-12'), 'status', 'gepland', 'in-uitvoering'),
  // Carried over at the close of sprint 3, on the morning of sprint 4's planning day.
  line('C', at('2025-04-28', 7), 'sprintId', 'sprint-3', 'sprint-4'),
  line('C', at('2025-05-12'), 'status', 'in-uitvoering', 'geblokkeerd'),
  line('D', at('2025-05-07'), 'created', null, 'gepland'),
  line('D', at('2025-05-08'), 'status', 'gepland', 'in-uitvoering'),
  line('E', at('2025-04-01'), 'created', null, 'backlog'),
  line('E', at('2025-05-14'), 'sprintId', null, 'sprint-4'),
  line('E', at('2025-05-14', 11), 'status', 'backlog', 'in-uitvoering'),
  line('E', at('2025-05-16'), 'status', 'in-uitvoering', 'afgerond'),
  line('F', at('2025-04-25'), 'created', null, 'gepland'),
  line('F', at('2025-05-10'), 'sprintId', 'sprint-4', 'sprint-5'),
  line('G', at('2025-04-20'), 'created', null, 'backlog'),
  line('G', at('2025-04-26'), 'sprintId', null, 'sprint-4'),
  line('G', at('2025-05-20'), 'deleted', 'gepland', null),
  // A task of another sprint: never part of this report.
  line('X', at('2025-04-25'), 'created', null, 'gepland'),
  line('X', at('2025-05-01'), 'sprintId', 'sprint-5', 'sprint-3'),
];

export const sprintTasks: Task[] = [A, B, C, D, E, H];

export function handMadeInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    plan,
    sprint: sprint4,
    themes: [rollen, strategie],
    actions: [],
    people: [pm, hr],
    sprints: [sprint3, sprint4, sprint5],
    // Shuffled on purpose: the report orders by theme and rank itself.
    tasks: [H, D, C, A, E, B],
    history: [...history].reverse(),
    today: TODAY,
    ...overrides,
  };
}
