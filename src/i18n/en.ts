import type { Messages } from './nl';

export const en: Messages = {
  app: {
    title: 'Sprintbord',
    tagline: 'Sprint and roadmap board of the AI core team',
    loading: 'Loading year plan…',
    noPlan: 'There is no year plan yet.',
    language: 'Language',
    mainNav: 'Main navigation',
  },
  plan: {
    label: 'Year plan',
    switch: 'Choose year plan',
    sprints: 'Sprints',
    newEmpty: 'Start an empty year plan',
    resetDemo: 'Restore demo year plan',
    emptyName: 'New year plan {{year}}',
  },
  sprint: {
    name: 'Sprint {{number}}',
    option: 'Sprint {{number}} · {{range}}',
    current: 'current sprint',
    backlog: 'Backlog',
    week: 'week {{week}}',
  },
  status: {
    backlog: 'Backlog',
    gepland: 'Planned',
    'in-uitvoering': 'In progress',
    geblokkeerd: 'Blocked',
    afgerond: 'Done',
  },
  priority: {
    urgent: 'Urgent',
    belangrijk: 'Important',
    normaal: 'Medium',
    laag: 'Low',
  },
  board: {
    tasksCount_one: '{{count}} task',
    tasksCount_other: '{{count}} tasks',
    columnLabel_one: '{{name}}, {{count}} task',
    columnLabel_other: '{{name}}, {{count}} tasks',
    empty: 'No tasks',
    due: 'Due {{date}}',
  },
  errors: {
    'title-empty': 'Enter a title.',
    'title-too-long': 'The title is too long (500 characters at most).',
    'date-invalid': 'That date does not exist.',
    'due-before-start': 'The due date is before the start date.',
    'sprint-length': 'A sprint lasts at least 1 and at most 26 weeks.',
    'year-invalid': 'Enter a valid year.',
    'not-found': 'This item no longer exists.',
    'theme-has-tasks': 'This label still has tasks: first choose where they go.',
    'note-empty': 'A note cannot be empty.',
    quota:
      "This browser's storage is full: your change was not saved. Make a backup and remove old year plans.",
    'write-failed': 'Your change could not be saved. Try again or make a backup.',
  },
};
