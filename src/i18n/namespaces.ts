import { boardMessages } from './board';
import { closeMessages } from './close';
import { dialogMessages } from './dialog';
import { dataMessages } from './data';
import { filtersMessages } from './filters';
import { planMessages } from './plan';
import { planningMessages } from './planning';
import { presenceMessages } from './presence';
import { roadmapMessages } from './roadmap';
import { reportsMessages } from './reports';
import { repairMessages } from './repair';
import { settingsMessages } from './settings';
import { storageMessages } from './storage';
import { syncMessages } from './sync';
import { wipMessages } from './wip';

// One namespace per feature, each in its own file with `nl` (source) and `en` beside it.
// Register a new feature's messages here.
export const namespaces = {
  board: boardMessages,
  close: closeMessages,
  dialog: dialogMessages,
  data: dataMessages,
  filters: filtersMessages,
  plan: planMessages,
  planning: planningMessages,
  presence: presenceMessages,
  roadmap: roadmapMessages,
  reports: reportsMessages,
  repair: repairMessages,
  settings: settingsMessages,
  storage: storageMessages,
  sync: syncMessages,
  wip: wipMessages,
} satisfies Record<string, { nl: object; en: object }>;
