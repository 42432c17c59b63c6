import type { Plan } from './types';

// What happens to team sync when this device replaces plans wholesale instead of editing them:
// a restored backup (every plan) and the demo reset (the demo plan).
//
// The rule: such a replacement is about this device only, so it stops sharing every shared plan
// it replaces, and it sends the team nothing. The sync settings, unsent changes and stored
// document of those plans are dropped before any row is touched, so the outbox records none of
// the clears and puts (as when a shared plan is deleted on this device).
//
// Why not send the restored rows to the team instead: a backup is an old copy. Sent, it would
// overwrite every teammate's newer edit and, through the deletes of rows it lacks, remove for
// good (tombstones win) the tasks they added since. A Planner or Linear user restoring their own
// file expects their own device back as it was, not the team's board rolled back. Stopping the
// sharing keeps both true: this device shows the backup, the team's plan is as it was, and no
// Y.Doc is left linked to rows that differ from it. Connecting again (join link or Team-sync)
// is a first connection: rows the team never had are added, the rest comes back as the team has it.

export interface SharingStop {
  planId: string;
  /** The plan's name, as restored when it stays on this device; null when it was never here. */
  name: string | null;
  /** The plan is still on this device (as the replacement has it). */
  kept: boolean;
}

export interface SharingStopInput {
  /** Plan ids shared on this device (its sync settings). */
  shared: readonly string[];
  /** The plans being replaced: 'all' for a restore. */
  replaced: readonly string[] | 'all';
  /** This device's plans before the replacement. */
  before: ReadonlyArray<Pick<Plan, 'id' | 'name'>>;
  /** The plans written by the replacement. */
  after: ReadonlyArray<Pick<Plan, 'id' | 'name'>>;
}

/** The shared plans whose sharing stops on this device, in the order of their sync settings. */
export function sharingStops(input: SharingStopInput): SharingStop[] {
  const { shared, replaced, before, after } = input;
  const replacedIds = replaced === 'all' ? null : new Set(replaced);
  const beforeById = new Map(before.map((p) => [p.id, p]));
  const afterById = new Map(after.map((p) => [p.id, p]));
  return shared
    .filter((planId) => replacedIds === null || replacedIds.has(planId))
    .map((planId) => {
      const kept = afterById.get(planId);
      return {
        planId,
        name: (kept ?? beforeById.get(planId))?.name ?? null,
        kept: kept !== undefined,
      };
    });
}
