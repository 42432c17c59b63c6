import type { RepairContext } from '../domain/repair';
import { storedPlansNeedRepair } from './repairCheck';

// The check on start off the main thread: reading every row of a 50,000-task plan (and its
// history) and checking it took the page's thread for over a second, and held back the board.

/** What the page asks and what it hears back. */
export type RepairCheckAnswer = { ok: true; needed: boolean } | { ok: false };

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<RepairContext>) => void) | null;
  postMessage(answer: RepairCheckAnswer): void;
};

scope.onmessage = (e) => {
  storedPlansNeedRepair(e.data).then(
    (needed) => scope.postMessage({ ok: true, needed }),
    () => scope.postMessage({ ok: false }),
  );
};
