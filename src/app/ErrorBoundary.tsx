import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBackup } from '../db/backupFile';
import './ErrorBoundary.css';

/** What the user sees instead of a white page: their way out is a backup and a reload. */
function CrashScreen() {
  const { t } = useTranslation('storage');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <section className="crash" aria-labelledby="crash-title">
      <h2 id="crash-title">{t('boundary.title')}</h2>
      <p>{t('boundary.text')}</p>
      <div className="crash-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            downloadBackup().then(
              (file) => setOutcome({ ok: true, text: t('boundary.exported', { file }) }),
              () => setOutcome({ ok: false, text: t('boundary.exportFailed') }),
            );
          }}
        >
          {t('boundary.export')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('boundary.reload')}
        </button>
      </div>
      <div role="status">{outcome?.ok && <p>{outcome.text}</p>}</div>
      <div role="alert">
        {outcome && !outcome.ok && <p className="field-error">{outcome.text}</p>}
      </div>
    </section>
  );
}

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/** Catches a crash in the view below it; give it a `key` per view so another view starts clean. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever debugs it; the data itself is untouched by a render crash.
    console.error('Sprintbord view crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashScreen /> : this.props.children;
  }
}
