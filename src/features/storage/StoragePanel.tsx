import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  estimateStorage,
  formatMegabytes,
  inMegabytes,
  isPersisted,
  requestPersistence,
  type Persistence,
  type StorageEstimate,
} from '../../lib/storage';
import './storage.css';
import { useLang, localeOf } from '../../i18n/useLang';

type Measured<T> = { state: 'loading' } | { state: 'done'; value: T };

/** Settings: whether the browser keeps the data for good, and how much room it takes. */
export function StoragePanel() {
  const { t } = useTranslation('storage');
  const headingId = useId();
  const [persisted, setPersisted] = useState<Measured<Persistence>>({ state: 'loading' });
  const [estimate, setEstimate] = useState<Measured<StorageEstimate | null>>({ state: 'loading' });
  const locale = localeOf(useLang());

  const measure = useCallback(async () => {
    const [p, e] = await Promise.all([isPersisted(), estimateStorage()]);
    setPersisted({ state: 'done', value: p });
    setEstimate({ state: 'done', value: e });
  }, []);

  useEffect(() => {
    void measure();
  }, [measure]);

  const persistence = persisted.state === 'done' ? persisted.value : undefined;
  const mb = estimate.state === 'done' && estimate.value ? inMegabytes(estimate.value) : null;

  return (
    <section className="storage-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.heading')}</h2>
      <p>{t('panel.intro')}</p>
      {persisted.state === 'loading' ? (
        <p role="status">{t('panel.measuring')}</p>
      ) : (
        <>
          <p className={`storage-persist storage-persist-${String(persistence)}`}>
            {persistence === true
              ? t('panel.granted')
              : persistence === false
                ? t('panel.denied')
                : t('panel.unknown')}
          </p>
          {persistence === false && (
            <>
              <p>{t('panel.deniedHint')}</p>
              <button
                type="button"
                onClick={async () => {
                  const answer = await requestPersistence();
                  setPersisted({ state: 'done', value: answer });
                }}
              >
                {t('panel.ask')}
              </button>
            </>
          )}
        </>
      )}
      {estimate.state === 'done' &&
        (mb ? (
          <div className="storage-usage">
            <p>{t('panel.usage', { used: formatMegabytes(mb.used, locale) })}</p>
            <p>
              {t('panel.available', {
                available: formatMegabytes(mb.available, locale),
                quota: formatMegabytes(mb.quota, locale),
              })}
            </p>
          </div>
        ) : (
          <p>{t('panel.noEstimate')}</p>
        ))}
      <button type="button" onClick={() => void measure()}>
        {t('panel.refresh')}
      </button>
    </section>
  );
}
