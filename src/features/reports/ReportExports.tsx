import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportToCsv } from '../../domain/export/csv';
import { reportToHtml } from '../../domain/export/html';
import { reportToMarkdown } from '../../domain/export/markdown';
import { reportFileName } from '../../domain/export/vocabulary';
import { reportToXlsx, XLSX_MIME } from '../../domain/export/xlsx';
import type { SprintReport } from '../../domain/report';
import { exportWords } from '../../i18n/exportWords';
import { copyRich, copyText } from '../../lib/clipboard';
import { downloadBlob } from '../../lib/download';
import { useLang } from '../../i18n/useLang';

interface Message {
  text: string;
  tone: 'info' | 'error';
}

/** The ways the report leaves the app: clipboard, .md, .xlsx, .csv and the browser's print/PDF. */
export function ReportExports({ report }: { report: SprintReport }) {
  const { t } = useTranslation('reports');
  const lang = useLang();
  // The files speak the language of the screen they were made from.
  const words = useMemo(() => exportWords(lang), [lang]);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const save = (content: BlobPart, type: string, ext: string) => {
    const file = reportFileName(report, ext, words);
    downloadBlob(new Blob([content], { type }), file);
    setMessage({ text: t('actions.downloaded', { file }), tone: 'info' });
  };

  const copy = async () => {
    const ok = await copyText(reportToMarkdown(report, words));
    setMessage(
      ok
        ? { text: t('actions.copied'), tone: 'info' }
        : { text: t('actions.copyFailed'), tone: 'error' },
    );
  };

  const copyForTeams = async () => {
    const ok = await copyRich(reportToHtml(report, words), reportToMarkdown(report, words));
    setMessage(
      ok
        ? { text: t('actions.copiedRich'), tone: 'info' }
        : { text: t('actions.copyFailed'), tone: 'error' },
    );
  };

  // Not `disabled` while busy: a disabled button would throw the keyboard focus back to the page.
  const excel = async () => {
    setBusy(true);
    setMessage({ text: t('actions.making'), tone: 'info' });
    try {
      save(await reportToXlsx(report, words), XLSX_MIME, 'xlsx');
    } catch {
      setMessage({ text: t('actions.xlsxFailed'), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-toolbar" role="group" aria-label={t('actions.title')}>
      <div className="report-buttons">
        <button type="button" className="primary" onClick={() => void copyForTeams()}>
          {t('actions.copyRich')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('actions.copyMarkdown')}
        </button>
        <button
          type="button"
          onClick={() => save(reportToMarkdown(report, words), 'text/markdown;charset=utf-8', 'md')}
        >
          {t('actions.downloadMarkdown')}
        </button>
        <button type="button" onClick={() => !busy && void excel()} aria-disabled={busy}>
          {t('actions.downloadXlsx')}
        </button>
        <button
          type="button"
          onClick={() => save(reportToCsv(report, words), 'text/csv;charset=utf-8', 'csv')}
        >
          {t('actions.downloadCsv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
      </div>
      <p
        role="status"
        className={`report-message${message?.tone === 'error' ? ' report-message-error' : ''}`}
      >
        {message?.text ?? ''}
      </p>
    </div>
  );
}
