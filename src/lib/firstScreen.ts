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

/**
 * Runs `work` once the first screen has shown its data and the page is idle, or after
 * `latestMs` when no view says so (a view that does not call `markFirstScreen`).
 */
export function afterFirstScreen(work: () => void, latestMs = 3000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 500 });
    else setTimeout(work, 0);
  };
  const timer = setTimeout(once, latestMs);
  if (shown) once();
  else waiting.push(once);
}
