import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wipState, type WipColumn } from '../../domain/wip';
import './wip.css';

// The dialog's code loads on the first "WIP" click: it is not part of the first screen.
const WipLimitDialog = lazy(() =>
  import('./WipLimitDialog').then((m) => ({ default: m.WipLimitDialog })),
);

interface WipBadgeProps {
  planId: string;
  column: WipColumn;
  name: string;
  /** The column's tasks counted against the limit (see wipCount). */
  count: number;
  limit: number | null;
  /** False on a read-only board: the limit is shown, not set. */
  editable: boolean;
}

/**
 * A column header's count against its soft WIP limit: "7 / 5", and over the limit a warning in
 * words and a sign, not in colour alone; at the limit "Vol". The "WIP" button sets the limit.
 */
export function WipBadge({ planId, column, name, count, limit, editable }: WipBadgeProps) {
  const { t } = useTranslation('wip');
  const [open, setOpen] = useState(false);
  const state = wipState(count, limit);
  return (
    <span className={`wip wip-${state}`}>
      {limit === null ? (
        <span className="column-count" aria-hidden="true">
          {count}
        </span>
      ) : (
        <span className="column-count wip-count">
          <span aria-hidden="true">{t('count', { count, limit })}</span>
          <span className="visually-hidden">{t('countLabel', { count, limit })}</span>
        </span>
      )}
      {state === 'over' && (
        <span className="wip-flag">
          <span aria-hidden="true">⚠ </span>
          {t('over')}
        </span>
      )}
      {state === 'full' && <span className="wip-flag">{t('full')}</span>}
      {editable && (
        <button
          type="button"
          className="wip-edit"
          aria-haspopup="dialog"
          aria-label={t('editLabel', { name })}
          title={t('editLabel', { name })}
          onClick={() => setOpen(true)}
        >
          {t('edit')}
        </button>
      )}
      {open && (
        <Suspense fallback={<span role="status">{t('loading')}</span>}>
          <WipLimitDialog
            planId={planId}
            column={column}
            name={name}
            limit={limit}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </span>
  );
}
