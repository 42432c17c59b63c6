import type { SyncSettings } from '../../domain/syncConfig';
import { db } from '../schema';
import { write } from '../write';

/**
 * Shares a plan through a sync server. Another server (or another plan there) is another
 * document: what was kept of the old one is dropped. `open` makes it the plan on screen, as a
 * join link does for a plan this device may not have yet.
 */
export async function connectPlan(settings: SyncSettings, open = false): Promise<void> {
  await write([db.syncPlans, db.syncUpdates, db.outbox, db.meta], async () => {
    const { planId, serverUrl, token } = settings;
    const old = await db.syncPlans.get(planId);
    const sameServer = old?.serverUrl === serverUrl;
    if (!sameServer) {
      await db.syncUpdates.where('planId').equals(planId).delete();
      await db.outbox.where('planId').equals(planId).delete();
    }
    await db.syncPlans.put({ planId, serverUrl, token, joined: sameServer && old.joined });
    if (open) await db.meta.put({ key: 'activePlanId', value: planId });
  });
}

/** Stops sharing a plan: the plan stays on this device as it is now. */
export async function disconnectPlan(planId: string): Promise<void> {
  await write([db.syncPlans, db.syncUpdates, db.outbox], async () => {
    await db.syncPlans.delete(planId);
    await db.syncUpdates.where('planId').equals(planId).delete();
    await db.outbox.where('planId').equals(planId).delete();
  });
}
