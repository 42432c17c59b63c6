import { useSyncPlan } from '../db/live';
import { isReadOnlyAccess } from '../domain/syncShare';
import { useSyncState } from '../state/sync';

/**
 * Whether the plan is read-only on this device: the one rule every screen asks (the db layer asks
 * the same in requirePlan). False while the sync settings are still loading.
 */
export function usePlanReadOnly(planId: string | null | undefined): boolean {
  const shared = useSyncPlan(planId ?? '');
  const live = useSyncState((s) => (planId ? s.plans[planId]?.readOnly : undefined));
  return isReadOnlyAccess(shared?.access, live);
}
