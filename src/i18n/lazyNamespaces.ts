import { dataMessages } from './data';
import { myTasksMessages } from './myTasks';
import { paletteMessages } from './palette';
import { planMessages } from './plan';
import { reportsMessages } from './reports';
import { roadmapMessages } from './roadmap';
import { settingsMessages } from './settings';

// The namespaces of the screens that load when first opened. The app never imports this file:
// each screen's entry module registers its own namespace with addMessages (i18n.ts), so the words
// travel in the screen's chunk. The types (i18next.d.ts) and the tests (parity, setup) read it whole.
export const lazyNamespaces = {
  data: dataMessages,
  myTasks: myTasksMessages,
  palette: paletteMessages,
  plan: planMessages,
  reports: reportsMessages,
  roadmap: roadmapMessages,
  settings: settingsMessages,
} satisfies Record<string, { nl: object; en: object }>;

export type LazyNamespaces = typeof lazyNamespaces;
