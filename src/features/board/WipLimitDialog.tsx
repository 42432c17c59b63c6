import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isStatus } from '../../domain/types';
import type { WipColumn } from '../../domain/wip';
import { parseWipLimit } from '../../domain/wipInput';
import { updateTheme } from '../../db/commands/catalogue';
import { setStatusWipLimit } from '../../db/commands/plans';
import { runWrite } from '../../app/writes';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { useReturnFocus } from '../../ui/useReturnFocus';

/** Stores a column's limit (null: none) on the plan (a status) or on the theme. */
export function saveWipLimit(planId: string, column: WipColumn, limit: number | null) {
  return runWrite(
    () =>
      column.groupBy === 'status' && isStatus(column.key)
        ? setStatusWipLimit(planId, column.key, limit).then(() => undefined)
        : updateTheme(column.key, { wipLimit: limit }),
    { inline: true },
  );
}

/**
 * The small dialog behind a column header's "WIP" button: one number field. A bad number is
 * said beside the field and nothing is stored; empty removes the limit.
 */
export function WipLimitDialog({
  planId,
  column,
  name,
  limit,
  onClose,
}: {
  planId: string;
  column: WipColumn;
  name: string;
  limit: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('wip');
  const { t: tc } = useTranslation();
  useReturnFocus();
  const [draft, setDraft] = useState(limit === null ? '' : String(limit));
  const [error, setError] = useState<string | null>(null);
  const ids = { field: useId(), hint: useId(), error: useId() };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseWipLimit(draft);
    if (!parsed.ok) return setError(t(`problems.${parsed.problem}`));
    const result = await saveWipLimit(planId, column, parsed.limit);
    if (!result.ok) return setError(tc(`errors.${result.code}`));
    onClose();
  };

  return (
    <Dialog open title={t('dialogTitle', { name })} closeLabel={t('close')} onClose={onClose}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={ids.field}>{t('field')}</label>
          <input
            id={ids.field}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            data-autofocus
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={[ids.hint, error ? ids.error : null].filter(Boolean).join(' ')}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(null);
            }}
          />
          <span id={ids.hint} className="field-hint">
            {t('hint')}
          </span>
          <FieldError id={ids.error} message={error} />
        </div>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
