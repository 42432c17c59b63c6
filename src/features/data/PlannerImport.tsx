import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { repairNames } from '../../i18n/repair';
import { useRepairNotice } from '../../state/repairNotice';
import { importPlanner } from '../../db/commands/plannerImport';
import { usePlanTasks, type PlanBundle } from '../../db/live';
import { runWrite } from '../../app/writes';
import {
  DEFAULT_BUCKET_STATUS,
  missingNames,
  parsePlanner,
  type PlannerImport as PlannerPreview,
} from '../../domain/import/planner';
import { nameKey } from '../../domain/import/plannerCells';
import { STATUSES, type Status } from '../../domain/types';
import { useToasts } from '../../state/toast';
import { readXlsx } from './readXlsx';

type Problem = 'not-xlsx' | 'too-big' | 'no-header' | 'failed';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; problem: Problem }
  | { kind: 'preview'; matrix: unknown[][] };

/** Rows with remarks shown in the preview; the rest is counted, a long table helps nobody. */
const SHOWN_PROBLEM_ROWS = 100;

function Preview({
  bundle,
  preview,
  bucketMap,
  onBucket,
}: {
  bundle: PlanBundle;
  preview: PlannerPreview;
  bucketMap: Record<string, Status>;
  onBucket: (bucket: string, status: Status) => void;
}) {
  const { t } = useTranslation('data');
  const { t: tc } = useTranslation();
  const tasks = usePlanTasks(bundle.plan.id);
  const known = useMemo(
    () => new Set((tasks ?? []).map((x) => x.plannerId).filter((x) => x !== null)),
    [tasks],
  );
  const importable = preview.rows.flatMap((r) => (r.task ? [r.task] : []));
  const updates = importable.filter((x) => x.plannerId !== null && known.has(x.plannerId)).length;
  const wantedLabels = preview.counts.withoutLabel
    ? [...preview.labels, t('import.unlabeled')]
    : preview.labels;
  const newLabels = missingNames(
    wantedLabels,
    bundle.themes.map((th) => [th.label, th.name]),
  );
  const newPeople = missingNames(
    preview.people,
    bundle.people.map((p) => [p.name]),
  );
  const perBucket = new Map<string, number>();
  for (const x of importable)
    perBucket.set(nameKey(x.bucket), (perBucket.get(nameKey(x.bucket)) ?? 0) + 1);
  const withProblems = preview.rows.filter((r) => r.problems.length > 0);
  const list = (names: string[]) => (names.length ? names.join(', ') : t('import.none'));

  return (
    <>
      <dl className="data-counts data-counts-wide">
        <div>
          <dt>{t('import.planName')}</dt>
          <dd>{preview.planName ?? t('import.unnamed')}</dd>
        </div>
        <div>
          <dt>{t('import.target')}</dt>
          <dd>{bundle.plan.name}</dd>
        </div>
        <div>
          <dt>{t('import.rows')}</dt>
          <dd>{preview.counts.rows}</dd>
        </div>
        <div>
          <dt>{t('import.newTasks')}</dt>
          <dd>{importable.length - updates}</dd>
        </div>
        <div>
          <dt>{t('import.updatedTasks')}</dt>
          <dd>{updates}</dd>
        </div>
        <div>
          <dt>{t('import.skipped')}</dt>
          <dd>{preview.counts.skipped}</dd>
        </div>
        <div>
          <dt>{t('import.inSprint')}</dt>
          <dd>{preview.counts.inSprint}</dd>
        </div>
        <div>
          <dt>{t('import.backlog')}</dt>
          <dd>{preview.counts.backlog}</dd>
        </div>
        <div>
          <dt>{t('import.perStatus')}</dt>
          <dd>
            {STATUSES.map((s) =>
              t('import.statusCount', {
                status: tc(`status.${s}`),
                count: preview.counts.byStatus[s],
              }),
            ).join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('import.newLabels')}</dt>
          <dd>{list(newLabels)}</dd>
        </div>
        <div>
          <dt>{t('import.newPeople')}</dt>
          <dd>{list(newPeople)}</dd>
        </div>
      </dl>

      {preview.unknownBuckets.length > 0 && (
        <fieldset className="data-buckets">
          <legend>{t('import.buckets')}</legend>
          <p>{t('import.bucketsHint')}</p>
          {preview.unknownBuckets.map((bucket) => (
            <label className="field" key={bucket}>
              <span>
                {t('import.bucketLabel', { bucket, count: perBucket.get(nameKey(bucket)) ?? 0 })}
              </span>
              <select
                value={bucketMap[bucket] ?? DEFAULT_BUCKET_STATUS}
                onChange={(e) => onBucket(bucket, e.target.value as Status)}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {tc(`status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}

      <h5>{t('import.problems')}</h5>
      {withProblems.length === 0 ? (
        <p>{t('import.noProblems')}</p>
      ) : (
        <div
          className="data-table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('import.problems')}
        >
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('import.colRow')}</th>
                <th scope="col">{t('import.colTask')}</th>
                <th scope="col">{t('import.colProblems')}</th>
              </tr>
            </thead>
            <tbody>
              {withProblems.slice(0, SHOWN_PROBLEM_ROWS).map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.task?.title ?? t('import.untitled')}</td>
                  <td>{r.problems.map((p) => t(`import.code.${p}`)).join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {withProblems.length > SHOWN_PROBLEM_ROWS && (
        <p>{t('import.problemsMore', { count: withProblems.length - SHOWN_PROBLEM_ROWS })}</p>
      )}
    </>
  );
}

export function PlannerImport({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation('data');
  const { t: tr } = useTranslation('repair');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [bucketMap, setBucketMap] = useState<Record<string, Status>>({});
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const errorId = useId();

  const matrix = stage.kind === 'preview' ? stage.matrix : null;
  const parsed = useMemo(
    () => (matrix ? parsePlanner(matrix, { sprints: bundle.sprints, bucketMap }) : null),
    [matrix, bundle.sprints, bucketMap],
  );
  const refusal: Problem | null =
    stage.kind === 'refused' ? stage.problem : parsed && !parsed.ok ? parsed.problem : null;
  const preview = parsed?.ok ? parsed : null;
  const importable = preview ? preview.counts.tasks : 0;

  const hasPreview = preview !== null;
  useEffect(() => {
    // When a preview first appears, not on every bucket choice.
    if (hasPreview) previewRef.current?.focus();
  }, [matrix, hasPreview]);

  const reset = () => {
    setStage({ kind: 'idle' });
    setBucketMap({});
    setInputKey((k) => k + 1);
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStage({ kind: 'reading' });
    setBucketMap({});
    try {
      const read = await readXlsx(file);
      setStage(
        read.ok
          ? { kind: 'preview', matrix: read.matrix }
          : { kind: 'refused', problem: read.problem },
      );
    } catch {
      setStage({ kind: 'refused', problem: 'failed' });
    }
  };

  return (
    <section className="data-section" aria-labelledby="data-import">
      <h3 id="data-import">{t('import.heading')}</h3>
      <p>{t('import.text', { plan: bundle.plan.name })}</p>
      <label className="field">
        <span>{t('import.file')}</span>
        <input
          key={inputKey}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={refusal ? errorId : undefined}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      <div role="status">{stage.kind === 'reading' && <p>{t('import.reading')}</p>}</div>
      <div role="alert" id={errorId}>
        {refusal && <p className="data-error">{t(`import.problem.${refusal}`)}</p>}
      </div>
      {preview && (
        <div className="data-confirm">
          <h4 ref={previewRef} tabIndex={-1}>
            {t('import.preview')}
          </h4>
          <Preview
            bundle={bundle}
            preview={preview}
            bucketMap={bucketMap}
            onBucket={(bucket, status) => setBucketMap((m) => ({ ...m, [bucket]: status }))}
          />
          <div className="data-actions">
            <button
              type="button"
              className="primary"
              disabled={busy || importable === 0}
              onClick={async () => {
                setBusy(true);
                const imported = await runWrite(() =>
                  importPlanner(bundle.plan.id, preview.rows, {
                    unlabeledName: t('import.unlabeled'),
                    names: repairNames(tr),
                  }),
                );
                setBusy(false);
                if (!imported.ok) return;
                const result = imported.value;
                useToasts.getState().show(
                  t('import.done', {
                    created: result.created,
                    updated: result.updated,
                    themes: result.themesCreated,
                    people: result.peopleCreated,
                  }),
                );
                // Planner knows no blocking reason: what the repair added is said, not hidden.
                if (result.repairs.length) useRepairNotice.getState().show(result.repairs);
                reset();
              }}
            >
              {t('import.submit', { count: importable })}
            </button>
            <button type="button" onClick={reset}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
