import { toIsoDate } from '../domain/dates';
import type { IsoDate, IsoDateTime } from '../domain/types';

// The only place the app reads the clock; tests replace it.
let source: () => Date = () => new Date();

export function setClock(next: (() => Date) | null): void {
  source = next ?? (() => new Date());
}

export function now(): IsoDateTime {
  return source().toISOString();
}

export function today(): IsoDate {
  return toIsoDate(source());
}
