import { blankTask } from '../src/domain/tasks';
import type { Action, HistoryEntry, Person, Plan, Sprint, Task, Theme } from '../src/domain/types';

const NOW = '2025-05-01T08:00:00.000Z';

export function aPlan(fields: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  };
}

export function aHistoryEntry(fields: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: 'history-1',
    planId: 'plan-1',
    taskId: 'task-1',
    at: NOW,
    field: 'status',
    from: null,
    to: null,
    ...fields,
  };
}

export function aTask(fields: Partial<Task> = {}): Task {
  return blankTask(
    {
      id: fields.id ?? 'task-1',
      planId: 'plan-1',
      themeId: 'theme-1',
      title: 'Een taak',
      now: NOW,
    },
    fields,
  );
}

export function aTheme(fields: Partial<Theme> = {}): Theme {
  return {
    id: 'theme-1',
    planId: 'plan-1',
    label: 'strategie',
    name: 'Strategie en doelstellingen',
    color: '#1f5fa8',
    order: 1,
    updatedAt: NOW,
    ...fields,
  };
}

export function aSprint(fields: Partial<Sprint> = {}): Sprint {
  return {
    id: 'sprint-4',
    planId: 'plan-1',
    number: 4,
    name: '',
    start: '2025-04-28',
    end: '2025-06-08',
    lengthWeeks: null,
    goal: '',
    closedAt: null,
    snapshot: null,
    ...fields,
  };
}

export function aPerson(fields: Partial<Person> = {}): Person {
  return {
    id: 'person-1',
    planId: 'plan-1',
    name: 'Programmamanager',
    initials: 'PM',
    color: '#2f4f6f',
    role: 'Programmamanager',
    ...fields,
  };
}

export function anAction(fields: Partial<Action> = {}): Action {
  return {
    id: 'action-1',
    planId: 'plan-1',
    themeId: 'theme-1',
    title: 'Een actie',
    description: '',
    order: 1,
    ownerId: null,
    targetSprintId: null,
    phase: null,
    updatedAt: NOW,
    ...fields,
  };
}

/** The words the repair writes into data, as the Dutch screen gives them. */
export const REPAIR_NAMES = {
  unlabeledTheme: 'Zonder label',
  untitled: 'Zonder titel',
  missingReason: 'Reden ontbrak (aangevuld bij het herstellen van de gegevens)',
};
