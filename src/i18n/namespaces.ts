import { boardMessages } from './board';
import { closeMessages } from './close';
import { dialogMessages } from './dialog';
import { filtersMessages } from './filters';
import { phoneMessages } from './phone';
import { planningMessages } from './planning';
import { presenceMessages } from './presence';
import { repairMessages } from './repair';
import { storageMessages } from './storage';
import { syncMessages } from './sync';
import { wallMessages } from './wall';
import { wipMessages } from './wip';

// One namespace per feature, each in its own file with `nl` (source) and `en` beside it.
// These are the namespaces the board's first load needs; a view that loads lazily brings its own
// (lazyNamespaces.ts), so its words are not in the first-load budget either.
export const namespaces = {
  board: boardMessages,
  close: closeMessages,
  dialog: dialogMessages,
  filters: filtersMessages,
  phone: phoneMessages,
  planning: planningMessages,
  presence: presenceMessages,
  repair: repairMessages,
  storage: storageMessages,
  sync: syncMessages,
  wall: wallMessages,
  wip: wipMessages,
} satisfies Record<string, { nl: object; en: object }>;
