import { useTranslation } from 'react-i18next';
import { useSyncPlan } from '../db/live';
import { syncHeadlineOf } from '../domain/syncShare';
import { useSyncState, type PlanSyncState } from '../state/sync';
import { usePlanReadOnly } from './usePlanAccess';

/** A shared plan whose engine has not reported yet (it loads lazily) is connecting. */
const STARTING: PlanSyncState = {
  status: 'connecting',
  pending: 0,
  rejected: [],
  unsent: 0,
  readOnly: false,
};

/**
 * The header's words on team sync for the plan on screen; nothing when it is not shared. Words,
 * not a coloured dot, and a polite status, so a screen reader hears a change without being cut off.
 */
export function SyncIndicator({ planId }: { planId: string | null }) {
  const { t } = useTranslation('sync');
  const shared = useSyncPlan(planId ?? '');
  const live = useSyncState((s) => (planId ? s.plans[planId] : undefined));
  const readOnly = usePlanReadOnly(planId);
  const state = live ?? (shared ? STARTING : undefined);
  if (!state) return null;
  const headline = syncHeadlineOf(state);
  const words =
    headline.key === 'offline'
      ? headline.count > 0
        ? t('indicator.offlineWaiting', { count: headline.count })
        : t('indicator.offline')
      : headline.key === 'sending'
        ? t('indicator.sending', { count: headline.count })
        : t(`indicator.${headline.key}`);
  return (
    <div role="status" aria-label={t('heading')} className={`sync-indicator sync-${headline.key}`}>
      {/* A badge in words, in the status, so a screen reader hears it with the sync state. */}
      {readOnly && <p className="readonly-badge">{t('indicator.readOnly')}</p>}
      <p>{words}</p>
      {state.rejected.length > 0 && <p>{t('rejected', { count: state.rejected.length })}</p>}
    </div>
  );
}
