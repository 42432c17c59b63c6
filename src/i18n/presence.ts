import { defineMessages } from './messages';

// Presence on a shared plan: who else has it open, and who has a task's dialog open.
export const presenceMessages = defineMessages({
  nl: {
    label: 'Nu ook in dit plan: {{names}}',
    unnamed_one: 'iemand zonder naam',
    unnamed_other: '{{count}} mensen zonder naam',
    viewing: 'Open bij {{names}}',
  },
  en: {
    label: 'Also in this plan now: {{names}}',
    unnamed_one: 'someone without a name',
    unnamed_other: '{{count}} people without a name',
    viewing: 'Open for {{names}}',
  },
});
