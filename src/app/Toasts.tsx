import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { undo } from './writes';
import { useToasts, type Toast } from '../state/toast';

const TIMEOUT_MS = 8000;

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useToasts((s) => s.dismiss);
  useEffect(() => {
    // Errors stay until read: a refused change must not vanish unseen.
    if (toast.tone === 'error') return;
    const timer = window.setTimeout(() => dismiss(toast.id), TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <li className={`toast toast-${toast.tone}`}>
      <span>{toast.message}</span>
      {toast.undo && (
        <button
          type="button"
          onClick={() => {
            dismiss(toast.id);
            void undo();
          }}
        >
          {t('undo.action')}
        </button>
      )}
      {toast.action && (
        <button
          type="button"
          onClick={() => {
            dismiss(toast.id);
            toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('undo.dismiss')}
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </li>
  );
}

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const errors = toasts.filter((x) => x.tone === 'error');
  const infos = toasts.filter((x) => x.tone !== 'error');
  return (
    <div className="toasts">
      <div role="alert">
        {errors.length > 0 && (
          <ul aria-label={t('undo.notifications')}>
            {errors.map((toast) => (
              <ToastItem key={toast.id} toast={toast} />
            ))}
          </ul>
        )}
      </div>
      <div role="status" aria-live="polite">
        {infos.length > 0 && (
          <ul aria-label={t('undo.notifications')}>
            {infos.map((toast) => (
              <ToastItem key={toast.id} toast={toast} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
