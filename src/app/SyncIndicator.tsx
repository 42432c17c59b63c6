import { useTranslation } from 'react-i18next';
import { useSyncState } from '../state/sync';

/** The header's word on team sync for the plan on screen; nothing when it is not shared. */
export function SyncIndicator({ planId }: { planId: string | null }) {
  const { t } = useTranslation('sync');
  const status = useSyncState((s) => (planId ? s.plans[planId]?.status : undefined));
  if (!status) return null;
  return (
    <p role="status" className={`sync-indicator sync-${status}`}>
      {t(`indicator.${status}`)}
    </p>
  );
}
