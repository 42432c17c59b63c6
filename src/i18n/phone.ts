import { defineMessages } from './messages';

// The board on a phone (one column at a time) and "Verplaatsen naar…", which every screen has.
export const phoneMessages = defineMessages({
  nl: {
    column: 'Kolom',
    columnOption: '{{name}} ({{count}})',
    shown: 'Kolom {{name}}, {{at}} van {{total}}',
    swipeHint: 'Veeg opzij voor de volgende of vorige kolom.',
    moveTo: 'Verplaatsen naar…',
    moveTitle: '“{{title}}” verplaatsen',
    sprint: 'Sprint',
    backlog: 'Backlog (geen sprint)',
    target: 'Naar kolom',
    submit: 'Verplaatsen',
    cancel: 'Annuleren',
    nothing: 'De taak staat daar al: kies een andere kolom of sprint.',
    refused: 'Deze kolom kan de taak niet krijgen.',
    loading: 'Taken van die sprint laden…',
  },
  en: {
    column: 'Column',
    columnOption: '{{name}} ({{count}})',
    shown: 'Column {{name}}, {{at}} of {{total}}',
    swipeHint: 'Swipe sideways for the next or previous column.',
    moveTo: 'Move to…',
    moveTitle: 'Move “{{title}}”',
    sprint: 'Sprint',
    backlog: 'Backlog (no sprint)',
    target: 'To column',
    submit: 'Move',
    cancel: 'Cancel',
    nothing: 'The task is already there: choose another column or sprint.',
    refused: 'This column cannot take the task.',
    loading: 'Loading that sprint’s tasks…',
  },
});
