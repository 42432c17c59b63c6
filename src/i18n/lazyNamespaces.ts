import type { myTasksMessages } from './myTasks';
import type { paletteMessages } from './palette';

/**
 * Namespaces of screens that load on use (the command palette, "Mijn taken"): their chunk
 * registers them with `addNamespace` when it loads, so their words stay out of the first load.
 * Only their types are imported here.
 */
export interface LazyNamespaces {
  myTasks: typeof myTasksMessages;
  palette: typeof paletteMessages;
}
