import type { nl } from './nl';
import type { LazyNamespaces } from './lazyNamespaces';
import type { namespaces } from './namespaces';

type Namespaces = typeof namespaces & LazyNamespaces;

// Typed resources: a key that does not exist in the Dutch source fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl } & { [K in keyof Namespaces]: Namespaces[K]['nl'] } & {
      [K in keyof LazyNamespaces]: LazyNamespaces[K]['nl'];
    };
  }
}
