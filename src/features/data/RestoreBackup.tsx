import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreBackup } from '../../db/commands/backup';
import { forgetUndo, runWrite } from '../../app/writes';
import {
  BACKUP_TABLES,
  parseBackup,
  type Backup,
  type BackupProblem,
  type BackupSummary,
} from '../../domain/backup';
import { toIsoDate } from '../../domain/dates';
import { formatShort } from '../../i18n/dates';
import type { Language } from '../../i18n/i18n';
import { repairPlan, type Repair } from '../../domain/repair';
import { sharingStops, type SharingStop } from '../../domain/syncReplace';
import { usePlans, useSyncPlans } from '../../db/live';
import { repairNames, repairSentence } from '../../i18n/repair';
import { now } from '../../lib/clock';
import { useToasts } from '../../state/toast';
import { useLang } from '../../i18n/useLang';

/**
 * A backup of 10,000 tasks with their history is about 8 MB; anything far beyond that is not
 * ours, and reading it whole into memory would freeze the tab.
 */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;

type Stage =
  | { kind: 'idle' }
  | { kind: 'refused'; problem: BackupProblem | 'unreadable' | 'too-big' }
  | { kind: 'confirm'; backup: Backup; summary: BackupSummary; repairs: Repair[] };

function exportDay(at: string, lang: Language): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : formatShort(toIsoDate(d), lang);
}

export function RestoreBackup() {
  const { t } = useTranslation('data');
  const { t: tr } = useTranslation('repair');
  const lang = useLang();
  const shared = useSyncPlans();
  const plans = usePlans();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const errorId = useId();

  useEffect(() => {
    // The question appears below the file field: take the reader there.
    if (stage.kind === 'confirm') confirmRef.current?.focus();
  }, [stage.kind]);

  // A restore stops sharing every shared plan on this device (src/domain/syncReplace.ts); the
  // same decision the restore takes, shown before the user says yes.
  const stops =
    stage.kind === 'confirm'
      ? sharingStops({
          shared: (shared ?? []).map((s) => s.planId),
          replaced: 'all',
          before: plans ?? [],
          after: stage.backup.data.plans,
        })
      : [];
  const namesOf = (list: readonly SharingStop[]) =>
    list
      .map((s) =>
        s.name === null ? t('restore.unnamedPlan') : t('restore.planName', { name: s.name }),
      )
      .join(', ');

  const reset = () => {
    setStage({ kind: 'idle' });
    setInputKey((k) => k + 1);
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    // Refused by its size alone, before a byte of it is read.
    if (file.size > MAX_BACKUP_BYTES) {
      setStage({ kind: 'refused', problem: 'too-big' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStage({ kind: 'refused', problem: 'unreadable' });
      return;
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setStage({ kind: 'refused', problem: parsed.problem });
      return;
    }
    // The same repair the restore applies, run here so the user reads it before saying yes.
    const { repairs } = repairPlan(parsed.backup.data, { now: now(), names: repairNames(tr) });
    setStage({ kind: 'confirm', backup: parsed.backup, summary: parsed.summary, repairs });
  };

  return (
    <section className="data-section" aria-labelledby="data-restore">
      <h3 id="data-restore">{t('restore.heading')}</h3>
      <p>{t('restore.text')}</p>
      <label className="field">
        <span>{t('restore.file')}</span>
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          aria-describedby={stage.kind === 'refused' ? errorId : undefined}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      <div role="alert" id={errorId}>
        {stage.kind === 'refused' && (
          <p className="data-error">
            {t(`restore.problem.${stage.problem}`)} {t('restore.unchanged')}
          </p>
        )}
      </div>
      {stage.kind === 'confirm' && (
        <div className="data-confirm">
          <h4>{t('restore.holds')}</h4>
          <p>{t('restore.exportedAt', { date: exportDay(stage.backup.exportedAt, lang) })}</p>
          {stage.summary.plans.length ? (
            <ul>
              {stage.summary.plans.map((p, i) => (
                <li key={i}>{t('restore.plan', { name: p.name, year: p.year, count: p.tasks })}</li>
              ))}
            </ul>
          ) : (
            <p>{t('restore.noPlans')}</p>
          )}
          <dl className="data-counts">
            {BACKUP_TABLES.map((table) => (
              <div key={table}>
                <dt>{t(`restore.counts.${table}`)}</dt>
                <dd>{stage.summary.counts[table]}</dd>
              </div>
            ))}
          </dl>
          {stage.repairs.length > 0 && (
            <>
              <h4>{t('restore.repairs.heading', { count: stage.repairs.length })}</h4>
              <p>{t('restore.repairs.text')}</p>
              <ul
                className="data-repairs"
                aria-label={t('restore.repairs.heading', { count: stage.repairs.length })}
              >
                {stage.repairs.map((r, i) => (
                  <li key={i}>{repairSentence(tr, r)}</li>
                ))}
              </ul>
            </>
          )}
          <h4 ref={confirmRef} tabIndex={-1}>
            {t('restore.confirm')}
          </h4>
          <p>{t('restore.warning')}</p>
          {stops.length > 0 && <p>{t('restore.sharedWarning', { names: namesOf(stops) })}</p>}
          <div className="data-actions">
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                const done = await runWrite(() => restoreBackup(stage.backup, repairNames(tr)));
                setBusy(false);
                if (!done.ok) return;
                // Undo steps point at rows that no longer exist.
                forgetUndo();
                useToasts.getState().show(t('restore.done', { count: stage.summary.counts.tasks }));
                const stopped = done.value.sharingStopped;
                if (stopped.length) {
                  useToasts
                    .getState()
                    .show(t('restore.sharingStopped', { names: namesOf(stopped) }));
                }
                reset();
              }}
            >
              {t('restore.replace')}
            </button>
            <button
              type="button"
              onClick={() => {
                useToasts.getState().show(t('restore.cancelled'));
                reset();
              }}
            >
              {t('restore.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
