import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBackup } from '../../db/backupFile';
import { repairSentence } from '../../i18n/repair';
import { useRepairNotice } from '../../state/repairNotice';
import { useToasts } from '../../state/toast';
import './data.css';

/** A notice of thousands of lines would bury the board; the first ones tell the story. */
export const NOTICE_MAX_LINES = 20;

/**
 * Says once what the check on start had to repair, with "Back-up maken" beside it: the user sees
 * that data was changed and can keep a copy of how it is now.
 */
export function RepairNotice() {
  const { t } = useTranslation('repair');
  const repairs = useRepairNotice((s) => s.repairs);
  const dismiss = useRepairNotice((s) => s.dismiss);
  const headingId = useId();
  if (repairs.length === 0) return null;
  const shown = repairs.slice(0, NOTICE_MAX_LINES);
  const more = repairs.length - shown.length;
  return (
    <section className="repair-notice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notice.heading')}</h2>
      <p>{t('notice.text')}</p>
      <ul>
        {shown.map((r, i) => (
          <li key={i}>{repairSentence(t, r)}</li>
        ))}
        {more > 0 && <li>{t('notice.more', { count: more })}</li>}
      </ul>
      <div className="data-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            downloadBackup().then(
              (file) => useToasts.getState().show(t('toast.backupDone', { ns: 'storage', file })),
              () =>
                useToasts
                  .getState()
                  .show(t('toast.backupFailed', { ns: 'storage' }), { tone: 'error' }),
            );
          }}
        >
          {t('notice.backup')}
        </button>
        <button type="button" onClick={dismiss}>
          {t('notice.close')}
        </button>
      </div>
    </section>
  );
}
