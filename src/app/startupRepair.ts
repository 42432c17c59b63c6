import type { RepairCheckAnswer } from '../db/repairCheck.worker';
import type { RepairContext } from '../domain/repair';
import { i18next } from '../i18n/i18n';
import { repairNames } from '../i18n/repair';
import { now } from '../lib/clock';
import { useRepairNotice } from '../state/repairNotice';
import { runWrite } from './writes';

/**
 * Whether the stored plans need the repair, asked of a worker; null when no worker answers (no
 * Worker here, or it failed), and the repair then runs on this thread as it always did.
 */
function askWorker(context: RepairContext): Promise<boolean | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../db/repairCheck.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      resolve(null);
      return;
    }
    const answer = (needed: boolean | null) => {
      worker.terminate();
      resolve(needed);
    };
    worker.onmessage = (e: MessageEvent<RepairCheckAnswer>) =>
      answer(e.data.ok ? e.data.needed : null);
    worker.onerror = () => answer(null);
    worker.postMessage(context);
  });
}

/**
 * The check on start: whatever wrote the stored plans (an older version, a restore, another
 * tab), nothing in them may be invisible. The same repair as for a backup, in one transaction,
 * said once when it changed something.
 *
 * It runs after the first screen, no longer before it: reading and checking every row held the
 * board back by 0.6 s at 10,000 tasks and 3 s at 50,000 (this machine, under load), for a
 * repair that almost never finds anything. A view that meets a damaged row in the meantime
 * starts again once the repair is stored (`repairRound`).
 */
export async function checkStoredPlans(): Promise<void> {
  const names = repairNames(i18next.getFixedT(null, 'repair'));
  const needed = await askWorker({ now: now(), names });
  if (needed === false) return;
  const { repairStoredPlans } = await import('../db/repair');
  const repaired = await runWrite(() => repairStoredPlans(names));
  if (repaired.ok && repaired.value.length)
    useRepairNotice.getState().showStartRepairs(repaired.value);
}
