import { useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import './storage.css';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Tells the user when a new version is waiting and installs it only on their word: a silent
 * reload could throw away what is being typed. Also says once that the app now works offline.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('storage');
  // Set in the tab where the user chose to reload; other tabs are only told.
  const chosen = useRef(false);
  const [takenOver, setTakenOver] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // A board left open for days should still hear about new versions.
      window.setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    },
    // The new version took over (from this tab or another): reload only where the user asked.
    onNeedReload() {
      if (chosen.current) window.location.reload();
      else setTakenOver(true);
    },
  });

  const reload = () => {
    chosen.current = true;
    if (takenOver) window.location.reload();
    else void updateServiceWorker(true);
  };

  return (
    // Always rendered, so screen readers announce the message when it appears.
    <div className="update-prompt" role="status">
      {needRefresh || takenOver ? (
        <div className="update-prompt-box">
          <p>
            <strong>{t('update.available')}</strong>
            {t('update.hint')}
          </p>
          <button type="button" className="update-reload" onClick={reload}>
            {t('update.reload')}
          </button>
          <button
            type="button"
            onClick={() => {
              setNeedRefresh(false);
              setTakenOver(false);
            }}
          >
            {t('update.later')}
          </button>
        </div>
      ) : offlineReady ? (
        <div className="update-prompt-box">
          <p>{t('update.offlineReady')}</p>
          <button type="button" onClick={() => setOfflineReady(false)}>
            {t('update.ok')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
