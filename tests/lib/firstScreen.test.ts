import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps whether the first screen was shown: a fresh copy per test.
async function freshModule() {
  vi.resetModules();
  return import('../../src/lib/firstScreen');
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('afterFirstScreen', () => {
  it('waits for the first screen, then runs the work once', async () => {
    const { afterFirstScreen, markFirstScreen } = await freshModule();
    const work = vi.fn();
    afterFirstScreen(work);
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).not.toHaveBeenCalled();
    markFirstScreen();
    markFirstScreen();
    await vi.advanceTimersByTimeAsync(5000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work after the latest moment when no view says its screen is shown', async () => {
    const { afterFirstScreen } = await freshModule();
    const work = vi.fn();
    afterFirstScreen(work, 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs work asked for after the first screen was shown without waiting for the latest moment', async () => {
    const { afterFirstScreen, markFirstScreen } = await freshModule();
    markFirstScreen();
    const work = vi.fn();
    afterFirstScreen(work, 3000);
    await vi.advanceTimersByTimeAsync(600);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
