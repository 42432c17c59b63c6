import type { SyncSettings } from '../../domain/syncConfig';
import type { TokenKind } from '../../domain/syncShare';
import { db } from '../schema';
import { write } from '../write';

/**
 * Shares a plan through a sync server. Another server (or another plan there) is another
 * document: what was kept of the old one is dropped. `open` makes it the plan on screen, as a
 * join link does for a plan this device may not have yet.
 */
export async function connectPlan(
  settings: SyncSettings & { editToken?: string; readToken?: string; access?: TokenKind },
  open = false,
): Promise<void> {
  await write([db.syncPlans, db.syncUpdates, db.outbox, db.meta], async () => {
    const { planId, serverUrl, token } = settings;
    const old = await db.syncPlans.get(planId);
    const sameServer = old?.serverUrl === serverUrl;
    if (!sameServer) {
      await db.syncUpdates.where('planId').equals(planId).delete();
      await db.outbox.where('planId').equals(planId).delete();
    }
    // Invite tokens known from before stay on the same server (joining again with a read link
    // must not forget the edit link this device shared); another server's are of no use.
    const editToken = settings.editToken ?? (sameServer ? old.editToken : undefined);
    const readToken = settings.readToken ?? (sameServer ? old.readToken : undefined);
    // Stored so a read-only plan is read-only at once after a reload and offline; a link of
    // unknown kind keeps what this server said before (the engine stores each new answer).
    const access = settings.access ?? (sameServer ? old.access : undefined);
    await db.syncPlans.put({
      planId,
      serverUrl,
      token,
      joined: sameServer && old.joined,
      ...(editToken ? { editToken } : {}),
      ...(readToken ? { readToken } : {}),
      ...(access ? { access } : {}),
      // Opening the link again while the plan's rows are still being stored changes nothing to that.
      ...(sameServer && old.partial ? { partial: true } : {}),
    });
    if (open) await db.meta.put({ key: 'activePlanId', value: planId });
  });
}

/** Stops sharing a plan: the plan stays on this device as it is now. */
export async function disconnectPlan(planId: string): Promise<void> {
  await write([db.syncPlans, db.syncUpdates, db.outbox], () => dropSync([planId]));
}

/**
 * Drops the sync settings, unsent changes and stored document of plans, inside the caller's
 * `write` (which must include db.syncUpdates). Called before a plan's rows are removed or
 * replaced on this device: once the settings are gone the outbox records none of it.
 */
export async function dropSync(planIds: readonly string[]): Promise<void> {
  if (!planIds.length) return;
  await db.syncPlans.bulkDelete([...planIds]);
  await db.syncUpdates.where('planId').anyOf(planIds).delete();
  await db.outbox.where('planId').anyOf(planIds).delete();
}

/**
 * Keeps the token that replaced one on the server. The old edit token no longer opens the plan,
 * so a device that connected with it connects with the new one.
 */
export async function replacePlanToken(
  planId: string,
  kind: TokenKind,
  oldToken: string,
  token: string,
): Promise<void> {
  await write([db.syncPlans], async () => {
    const config = await db.syncPlans.get(planId);
    if (!config) return;
    if (kind === 'read') {
      await db.syncPlans.put({ ...config, readToken: token });
      return;
    }
    await db.syncPlans.put({
      ...config,
      editToken: token,
      token: config.token === oldToken ? token : config.token,
    });
  });
}
