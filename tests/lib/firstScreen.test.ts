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

describe('afterPlanShown', () => {
  it("waits for the board to show that plan: another plan's board does not count", async () => {
    const { afterPlanShown, markPlanShown } = await freshModule();
    const work = vi.fn();
    afterPlanShown('plan-joined', work);
    markPlanShown('plan-demo');
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).not.toHaveBeenCalled();
    markPlanShown('plan-joined');
    await vi.advanceTimersByTimeAsync(600);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at once (when idle) for a plan already shown, and marks the first screen', async () => {
    const { afterPlanShown, afterFirstScreen, markPlanShown } = await freshModule();
    markPlanShown('plan-1');
    const work = vi.fn();
    const first = vi.fn();
    afterPlanShown('plan-1', work, 3000);
    afterFirstScreen(first, 3000);
    await vi.advanceTimersByTimeAsync(600);
    expect(work).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('runs the work after the latest moment when the board never shows the plan', async () => {
    const { afterPlanShown } = await freshModule();
    const work = vi.fn();
    afterPlanShown('plan-1', work, 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
