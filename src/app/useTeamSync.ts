import { useEffect } from 'react';
import { i18next } from '../i18n/i18n';
import { repairNames } from '../i18n/repair';
import { useSyncPlans } from '../db/live';
import { afterPlanShown } from '../lib/firstScreen';
import type { SyncHandle } from '../sync/engine';

/**
 * Runs team sync for every plan that has a sync server (an invite link is read by JoinPrompt).
 * The engine is loaded only when a plan is shared: a device that shares nothing downloads no
 * sync code and makes no request.
 */
export function useTeamSync(): void {
  const plans = useSyncPlans();

  const key = (plans ?? []).map((p) => `${p.planId}|${p.serverUrl}|${p.token}`).join(',');
  useEffect(() => {
    if (!plans?.length) return;
    let cancelled = false;
    const handles: SyncHandle[] = [];
    void import('../sync/engine').then(async ({ startSync }) => {
      for (const config of plans) {
        if (cancelled) return;
        const handle = await startSync(config, {
          names: repairNames(i18next.getFixedT(null, 'repair')),
          shownSprint: () => new URLSearchParams(window.location.search).get('sprint'),
          whenShown: afterPlanShown,
        });
        if (cancelled) handle.stop();
        else handles.push(handle);
      }
    });
    return () => {
      cancelled = true;
      handles.forEach((h) => h.stop());
    };
    // Restart only when a server or token changes, not when the stored settings are touched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
