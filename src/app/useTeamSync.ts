import { useEffect } from 'react';
import { i18next } from '../i18n/i18n';
import { repairNames } from '../i18n/repair';
import { useSyncPlans } from '../db/live';
import { parseJoinLink } from '../domain/syncConfig';
import type { SyncHandle } from '../sync/engine';
import { connectSync } from './writes';

/**
 * Runs team sync for every plan that has a sync server, and reads a join link
 * (`#/join?server=…&plan=…&token=…`) once. The engine is loaded only when a plan is shared: a
 * device that shares nothing downloads no sync code and makes no request.
 */
export function useTeamSync(): void {
  const plans = useSyncPlans();

  useEffect(() => {
    const readJoinLink = () => {
      const join = parseJoinLink(window.location.hash);
      if (!join) return;
      // The token must not stay in the address bar or the history.
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      void connectSync(join, true);
    };
    readJoinLink();
    // A link pasted into a tab that is already open only changes the hash.
    window.addEventListener('hashchange', readJoinLink);
    return () => window.removeEventListener('hashchange', readJoinLink);
  }, []);

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
