/** Every leaf a string: the shape a translation must have, whatever the Dutch words are. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * One namespace: Dutch is the source, English must have exactly its keys. A missing key is a
 * missing property and an extra one an excess property, so both fail the typecheck.
 */
export function defineMessages<N extends object>(messages: {
  nl: N;
  en: NoInfer<Widen<N>>;
}): { nl: N; en: Widen<N> } {
  return messages;
}
