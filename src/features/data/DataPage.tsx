import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportAll } from '../../db/commands/backup';
import type { PlanBundle } from '../../db/live';
import { runWrite } from '../../app/writes';
import { usePlanReadOnly } from '../../app/usePlanAccess';
import { makeBackup } from '../../domain/backup';
import { now, today } from '../../lib/clock';
import { downloadBlob } from '../../lib/download';
import { useToasts } from '../../state/toast';
import { PlannerImport } from './PlannerImport';
import { RestoreBackup } from './RestoreBackup';
import './data.css';
import { addMessages } from '../../i18n/i18n';
import { dataMessages } from '../../i18n/data';

addMessages('data', dataMessages);

function backupFileName(day: string): string {
  return `sprintbord-backup-${day}.json`;
}

function MakeBackup() {
  const { t } = useTranslation('data');
  const [busy, setBusy] = useState(false);
  return (
    <section className="data-section" aria-labelledby="data-backup">
      <h3 id="data-backup">{t('backup.heading')}</h3>
      <p>{t('backup.text')}</p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const read = await runWrite(() => exportAll());
          setBusy(false);
          if (!read.ok) return;
          const rows = read.value;
          const file = backupFileName(today());
          const json = JSON.stringify(makeBackup(rows, now()));
          downloadBlob(new Blob([json], { type: 'application/json' }), file);
          useToasts.getState().show(t('backup.done', { file }));
        }}
      >
        {t('backup.button')}
      </button>
    </section>
  );
}

/**
 * "Gegevens": backup, restore and the Planner import, for the whole database. Without any plan
 * (all deleted) the page still opens, because restoring a backup is the way back.
 */
export function DataPage({ bundle }: { bundle: PlanBundle | null }) {
  const { t } = useTranslation('data');
  // Importing writes into the open plan, which a read-only link may not change.
  const readOnly = usePlanReadOnly(bundle?.plan.id);
  return (
    <div className="data-page">
      <h2 className="data-title">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <MakeBackup />
      <RestoreBackup />
      {bundle && !readOnly && <PlannerImport bundle={bundle} />}
    </div>
  );
}
