import { defineMessages } from './messages';

// Soft WIP limits: the board's column header, its limit dialog, the drop notice and Instellingen.
export const wipMessages = defineMessages({
  nl: {
    count: '{{count}} / {{limit}}',
    countLabel: '{{count}} taken, limiet {{limit}}',
    over: 'Boven limiet',
    full: 'Vol',
    edit: 'WIP',
    editLabel: 'WIP-limiet instellen voor {{name}}',
    dialogTitle: 'WIP-limiet voor {{name}}',
    field: 'WIP-limiet',
    hint: 'Een geheel getal; leeg = geen limiet. De limiet is zacht: een kaart mag er toch in.',
    save: 'Bewaren',
    cancel: 'Annuleren',
    close: 'Sluiten',
    loading: 'WIP-limiet laden…',
    dropOver: 'Kolom {{name}} zit boven de WIP-limiet ({{count}} / {{limit}})',
    problems: {
      'not-whole': 'Geef een geheel getal, bijvoorbeeld 5, of laat het veld leeg.',
      'too-small': 'Een WIP-limiet is minstens 1. Laat het veld leeg voor geen limiet.',
      'too-big': 'Een WIP-limiet is hoogstens 999.',
    },
    settings: {
      heading: 'WIP-limieten',
      intro:
        'Zachte limiet per kolom van het bord, zoals in Jira. Telt de taken van de sprint, ongeacht de filters.',
      statuses: 'Per status (bord gegroepeerd op Status)',
      themes: 'Per label (bord gegroepeerd op Labels)',
      noThemes: 'Dit jaarplan heeft nog geen labels.',
    },
  },
  en: {
    count: '{{count}} / {{limit}}',
    countLabel: '{{count}} tasks, limit {{limit}}',
    over: 'Over limit',
    full: 'Full',
    edit: 'WIP',
    editLabel: 'Set WIP limit for {{name}}',
    dialogTitle: 'WIP limit for {{name}}',
    field: 'WIP limit',
    hint: 'A whole number; empty = no limit. The limit is soft: a card may still go in.',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    loading: 'Loading WIP limit…',
    dropOver: 'Column {{name}} is over its WIP limit ({{count}} / {{limit}})',
    problems: {
      'not-whole': 'Enter a whole number, for example 5, or leave the field empty.',
      'too-small': 'A WIP limit is at least 1. Leave the field empty for no limit.',
      'too-big': 'A WIP limit is at most 999.',
    },
    settings: {
      heading: 'WIP limits',
      intro:
        'Soft limit per board column, as in Jira. Counts the sprint’s tasks, whatever the filters.',
      statuses: 'Per status (board grouped by Status)',
      themes: 'Per label (board grouped by Labels)',
      noThemes: 'This year plan has no labels yet.',
    },
  },
});
