import { useEffect, useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import './storage.css';

const CHECK_EVERY_MS = 60 * 60 * 1000;
/**
 * The offline notice only informs, so it fades by itself, but not while someone points at it or
 * has focus in it. Faded, it keeps its place: the board below must not jump under the pointer.
 */
export const OFFLINE_NOTICE_MS = 8000;

function OfflineReady({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation('storage');
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const [faded, setFaded] = useState(false);
  const reading = held.pointer || held.focus;
  useEffect(() => {
    if (reading || faded) return;
    const timer = window.setTimeout(() => setFaded(true), OFFLINE_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [reading, faded]);
  return (
    <div
      className={`update-prompt-box offline-ready${faded ? ' offline-ready-faded' : ''}`}
      aria-hidden={faded || undefined}
      onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={() => setHeld((h) => ({ ...h, focus: false }))}
    >
      <p>{t('update.offlineReady')}</p>
      <button type="button" onClick={onDismiss}>
        {t('update.ok')}
      </button>
    </div>
  );
}

/**
 * Tells the user when a new version is waiting and installs it only on their word: a silent
 * reload could throw away what is being typed. Also says once that the app now works offline.
 * It sits in the header's flow, so neither message ever covers the board.
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

  // Where the user was before reaching for one of the buttons: putting a message away must not
  // lose their place (the focused button disappears with it).
  const returnTo = useRef<HTMLElement | null>(null);
  const putAway = (hide: () => void) => {
    const back = returnTo.current;
    returnTo.current = null;
    hide();
    if (back?.isConnected) back.focus({ preventScroll: true });
  };

  const reload = () => {
    chosen.current = true;
    if (takenOver) window.location.reload();
    else void updateServiceWorker(true);
  };

  return (
    // Always rendered, so screen readers announce the message when it appears.
    <div
      className="update-prompt"
      role="status"
      onFocus={(e) => {
        const from = e.relatedTarget;
        if (from instanceof HTMLElement && !e.currentTarget.contains(from)) returnTo.current = from;
      }}
    >
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
            onClick={() =>
              putAway(() => {
                setNeedRefresh(false);
                setTakenOver(false);
              })
            }
          >
            {t('update.later')}
          </button>
        </div>
      ) : offlineReady ? (
        <OfflineReady onDismiss={() => putAway(() => setOfflineReady(false))} />
      ) : null}
    </div>
  );
}
