// The moment the first screen shows its data, for work that must not compete with it: a read of
// every stored row queues in IndexedDB ahead of the board's own reads and holds them back.

let shown = false;
const waiting: Array<() => void> = [];

/** Called by a view once it shows what it read. Later calls do nothing. */
export function markFirstScreen(): void {
  if (shown) return;
  shown = true;
  for (const run of waiting.splice(0)) run();
}

const shownPlans = new Set<string>();
const waitingFor = new Map<string, Array<() => void>>();

/** Called by the board once it shows what it read of a plan; marks the first screen too. */
export function markPlanShown(planId: string): void {
  markFirstScreen();
  if (shownPlans.has(planId)) return;
  shownPlans.add(planId);
  for (const run of waitingFor.get(planId)?.splice(0) ?? []) run();
}

/**
 * Runs `work` once the board has shown the plan's data and the page is idle, or after
 * `latestMs`. A joined plan's rows beyond the first screen are written then (src/sync/engine.ts).
 */
export function afterPlanShown(planId: string, work: () => void, latestMs = 3000): void {
  whenIdle(work, latestMs, shownPlans.has(planId), (once) => {
    const list = waitingFor.get(planId) ?? [];
    list.push(once);
    waitingFor.set(planId, list);
  });
}

/**
 * Runs `work` once the first screen has shown its data and the page is idle, or after
 * `latestMs` when no view says so (a view that does not call `markFirstScreen`).
 */
export function afterFirstScreen(work: () => void, latestMs = 3000): void {
  whenIdle(work, latestMs, shown, (once) => waiting.push(once));
}

function whenIdle(
  work: () => void,
  latestMs: number,
  already: boolean,
  wait: (once: () => void) => void,
): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 500 });
    else setTimeout(work, 0);
  };
  const timer = setTimeout(once, latestMs);
  if (already) once();
  else wait(once);
}
