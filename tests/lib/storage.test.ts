import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  askPersistenceOnce,
  estimateStorage,
  formatMegabytes,
  inMegabytes,
  isPersisted,
} from '../../src/lib/storage';

const original = Object.getOwnPropertyDescriptor(navigator, 'storage');

function fakeStorage(overrides: Partial<StorageManager>) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: overrides });
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  if (original) Object.defineProperty(navigator, 'storage', original);
  else delete (navigator as { storage?: unknown }).storage;
});

describe('persistent storage', () => {
  it('asks once on the first start and only reads the answer afterwards', async () => {
    const persist = vi.fn(async () => false);
    fakeStorage({ persisted: async () => false, persist });
    expect(await askPersistenceOnce()).toBe(false);
    expect(await askPersistenceOnce()).toBe(false);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when the browser already keeps the data', async () => {
    const persist = vi.fn(async () => true);
    fakeStorage({ persisted: async () => true, persist });
    expect(await askPersistenceOnce()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('says "unknown" (null) instead of failing where the Storage API is missing or throws', async () => {
    fakeStorage({});
    expect(await isPersisted()).toBeNull();
    expect(await askPersistenceOnce()).toBeNull();
    expect(await estimateStorage()).toBeNull();
    fakeStorage({
      persisted: async () => {
        throw new Error('SecurityError');
      },
      estimate: async () => {
        throw new Error('SecurityError');
      },
    });
    expect(await isPersisted()).toBeNull();
    expect(await estimateStorage()).toBeNull();
  });
});

describe('space in megabytes', () => {
  it.each([
    [
      { usage: 0, quota: 0 },
      { used: 0, available: 0, quota: 0 },
    ],
    [
      { usage: 5 * 1024 * 1024, quota: 100 * 1024 * 1024 },
      { used: 5, available: 95, quota: 100 },
    ],
    // A browser may report more use than quota (rounding, padding): never a negative free space.
    [
      { usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 },
      { used: 3, available: 0, quota: 2 },
    ],
  ])('%j → %j', (estimate, expected) => {
    expect(inMegabytes(estimate)).toEqual(expected);
  });

  it.each([
    [0, 'nl-BE', '0,0'],
    [1.25, 'nl-BE', '1,3'],
    [12.5, 'nl-BE', '13'],
    [2048.4, 'nl-BE', '2.048'],
    [1.25, 'en-GB', '1.3'],
  ])('%d MB in %s reads %s', (value, locale, text) => {
    expect(formatMegabytes(value, locale)).toBe(text);
  });
});
