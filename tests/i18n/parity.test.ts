import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { myTasksMessages } from '../../src/i18n/myTasks';
import { namespaces } from '../../src/i18n/namespaces';
import { nl } from '../../src/i18n/nl';
import { paletteMessages } from '../../src/i18n/palette';

// The types already demand the same keys; this also catches what types cannot see: an empty
// translation, or an English text that drops or renames a {{placeholder}} of the Dutch.
const all: Array<[string, object, object]> = [
  ['translation', nl, en],
  // The lazily registered namespaces (lazyNamespaces.ts) too.
  ...Object.entries({ ...namespaces, myTasks: myTasksMessages, palette: paletteMessages }).map(
    ([ns, m]): [string, object, object] => [ns, m.nl, m.en],
  ),
];

function leaves(o: object, prefix = ''): Array<[string, string]> {
  return Object.entries(o).flatMap(([k, v]): Array<[string, string]> =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v as object, `${prefix}${k}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('Dutch and English messages', () => {
  it.each(all)('%s: English has exactly the keys of Dutch', (_ns, nlMessages, enMessages) => {
    const keys = (o: object) =>
      leaves(o)
        .map(([k]) => k)
        .sort();
    expect(keys(enMessages)).toEqual(keys(nlMessages));
  });

  it.each(all)('%s: no message is empty in either language', (_ns, nlMessages, enMessages) => {
    const empty = [...leaves(nlMessages), ...leaves(enMessages)].filter(([, v]) => !v.trim());
    expect(empty).toEqual([]);
  });

  it.each(all)(
    '%s: English uses the same {{placeholders}} as Dutch',
    (_ns, nlMessages, enMessages) => {
      const english = new Map(leaves(enMessages));
      const differing = leaves(nlMessages)
        .filter(([k, v]) => {
          const other = english.get(k);
          return other !== undefined && placeholders(other).join() !== placeholders(v).join();
        })
        .map(([k]) => k);
      expect(differing).toEqual([]);
    },
  );
});
