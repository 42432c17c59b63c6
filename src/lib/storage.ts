// A thin adapter over the Storage API (navigator.storage): the only code that touches it, so
// browsers without it, and tests, see plain values instead of missing methods.

const ASKED_KEY = 'sprintbord.persistAsked';

/** null when the browser does not say. */
export type Persistence = boolean | null;

export interface StorageEstimate {
  usage: number;
  quota: number;
}

function api(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

export async function isPersisted(): Promise<Persistence> {
  const storage = api();
  if (!storage || typeof storage.persisted !== 'function') return null;
  try {
    return await storage.persisted();
  } catch {
    return null;
  }
}

/** Asks the browser to keep the data even when the disk runs low; returns the answer. */
export async function requestPersistence(): Promise<Persistence> {
  const storage = api();
  if (!storage || typeof storage.persist !== 'function') return null;
  try {
    return await storage.persist();
  } catch {
    return null;
  }
}

function wasAsked(): boolean {
  try {
    return globalThis.localStorage?.getItem(ASKED_KEY) === '1';
  } catch {
    return false;
  }
}

function markAsked(): void {
  try {
    globalThis.localStorage?.setItem(ASKED_KEY, '1');
  } catch {
    // Without localStorage the question comes back on the next start, which does no harm.
  }
}

/**
 * On the first start, asks once for persistent storage. Later starts only read the answer:
 * some browsers show the user a question, and asking on every start would nag.
 */
export async function askPersistenceOnce(): Promise<Persistence> {
  const current = await isPersisted();
  if (current === true || wasAsked()) return current;
  markAsked();
  return requestPersistence();
}

export async function estimateStorage(): Promise<StorageEstimate | null> {
  const storage = api();
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return null;
    return { usage, quota };
  } catch {
    return null;
  }
}

const MB = 1024 * 1024;

/** Used and still available space in megabytes (MiB, as browsers count), never below zero. */
export function inMegabytes(estimate: StorageEstimate): {
  used: number;
  available: number;
  quota: number;
} {
  return {
    used: estimate.usage / MB,
    available: Math.max(0, estimate.quota - estimate.usage) / MB,
    quota: estimate.quota / MB,
  };
}

/** "12,3" in Dutch, "12.3" in English; small amounts keep a decimal so they do not read as 0. */
export function formatMegabytes(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: value < 10 ? 1 : 0,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
