import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextFreeColor } from '../../domain/colors';
import type { Task, Theme } from '../../domain/types';
import { createTheme, deleteTheme, moveTheme, updateTheme } from '../../db/commands/catalogue';
import type { PlanBundle } from '../../db/live';
import { useToasts } from '../../state/toast';
import { Chip } from '../../ui/Chip';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FieldError } from '../../ui/FieldError';
import { SavedColor, SettingsField } from './SavedControls';
import { AddFormFooter, NewColorField } from './addForm';
import { OrderButtons, useMoveFocus } from './ordering';
import { useChecks, useRun, type Problem } from './run';

export function ThemesSection({
  bundle,
  tasks,
  headingId,
}: {
  bundle: PlanBundle;
  tasks: readonly Task[];
  headingId: string;
}) {
  const { t } = useTranslation('settings');
  const checks = useChecks();
  const run = useRun();
  const moveFocus = useMoveFocus(bundle.themes);
  const [deleting, setDeleting] = useState<Theme | null>(null);
  const countOf = (id: string) => tasks.filter((x) => x.themeId === id).length;
  const addRef = useId();

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('themes.heading')}</h3>
      <p className="settings-intro">{t('themes.intro')}</p>
      {bundle.themes.length === 0 ? (
        <p>{t('themes.empty')}</p>
      ) : (
        <ol className="settings-list" aria-label={t('themes.listLabel')}>
          {bundle.themes.map((theme, i) => (
            <li key={theme.id} data-order-item={theme.id} className="settings-item">
              <fieldset>
                <legend>
                  <span aria-hidden="true">
                    <Chip label={theme.label} color={theme.color} />
                  </span>{' '}
                  <span className="settings-legend-name">{theme.name}</span>{' '}
                  <span className="settings-count">
                    ({t('themes.count', { count: countOf(theme.id) })})
                  </span>
                </legend>
                <div className="settings-row">
                  <SettingsField
                    label={t('themes.name')}
                    value={theme.name}
                    className="settings-wide"
                    check={checks.name}
                    save={(v) => run(() => updateTheme(theme.id, { name: v }))}
                  />
                  <SettingsField
                    label={t('themes.label')}
                    value={theme.label}
                    check={checks.name}
                    save={(v) => run(() => updateTheme(theme.id, { label: v }))}
                  />
                  <SavedColor
                    label={t('themes.color')}
                    value={theme.color}
                    save={(color) => run(() => updateTheme(theme.id, { color }))}
                  />
                </div>
                <div className="settings-buttons">
                  <OrderButtons
                    name={theme.name}
                    first={i === 0}
                    last={i === bundle.themes.length - 1}
                    onMove={(direction) =>
                      void moveFocus(theme.id, direction, () =>
                        run(() => moveTheme(theme.id, direction)),
                      )
                    }
                  />
                  <button
                    type="button"
                    className="settings-danger"
                    aria-label={t('themes.deleteLabel', { name: theme.name })}
                    onClick={() => setDeleting(theme)}
                  >
                    {t('delete')}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <AddTheme planId={bundle.plan.id} used={bundle.themes.map((x) => x.color)} formId={addRef} />
      {deleting && (
        <DeleteTheme
          theme={deleting}
          others={bundle.themes.filter((x) => x.id !== deleting.id)}
          taskCount={countOf(deleting.id)}
          actionCount={bundle.actions.filter((a) => a.themeId === deleting.id).length}
          fallbackFocus={() =>
            document.getElementById(addRef)?.querySelector<HTMLInputElement>('input')
          }
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

function DeleteTheme({
  theme,
  others,
  taskCount,
  actionCount,
  fallbackFocus,
  onClose,
}: {
  theme: Theme;
  others: readonly Theme[];
  taskCount: number;
  actionCount: number;
  fallbackFocus: () => HTMLElement | null | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('settings');
  const run = useRun();
  const [moveTo, setMoveTo] = useState('');
  const [error, setError] = useState<Problem>(null);
  const errorId = useId();
  const mustMove = taskCount > 0 || actionCount > 0;
  const stuck = mustMove && others.length === 0;

  return (
    <ConfirmDialog
      title={t('themes.confirm.title', { name: theme.name })}
      confirmLabel={mustMove ? t('themes.confirm.moveAndDelete') : t('themes.confirm.confirm')}
      canConfirm={!stuck}
      cancelLabel={t('cancel')}
      closeLabel={t('close')}
      className="settings-dialog"
      fallbackFocus={fallbackFocus}
      onClose={onClose}
      onConfirm={async () => {
        if (mustMove && !moveTo) return setError(t('themes.confirm.chooseFirst'));
        const failed = await run(() => deleteTheme(theme.id, mustMove ? moveTo : null));
        if (failed) return setError(failed);
        useToasts.getState().show(t('themes.deleted', { name: theme.name }));
        onClose();
      }}
    >
      {!mustMove && <p>{t('themes.confirm.empty')}</p>}
      {mustMove && (
        <p>
          {t('themes.confirm.moving', {
            name: theme.name,
            tasks: t('themes.count', { count: taskCount }),
            actions: t('themes.confirm.actions', { count: actionCount }),
          })}
        </p>
      )}
      {stuck && <p role="alert">{t('themes.confirm.noOther')}</p>}
      {mustMove && !stuck && (
        <div className="field settings-field">
          <label>
            <span>{t('themes.confirm.moveTo')}</span>
            <select
              value={moveTo}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => {
                setMoveTo(e.target.value);
                setError(null);
              }}
            >
              <option value="">{t('themes.confirm.choose')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <FieldError id={errorId} message={error} />
    </ConfirmDialog>
  );
}

function AddTheme({
  planId,
  used,
  formId,
}: {
  planId: string;
  used: readonly string[];
  formId: string;
}) {
  const { t } = useTranslation('settings');
  const checks = useChecks();
  const run = useRun();
  const [name, setName] = useState('');
  const [label, setLabel] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ name?: string; color?: string; form?: string }>({});
  const [added, setAdded] = useState('');
  const ids = { name: useId(), color: useId(), form: useId(), hint: useId() };
  const shown = color ?? nextFreeColor(used);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = { name: checks.name(name) ?? undefined, color: checks.color(shown) ?? undefined };
    setErrors(next);
    if (next.name || next.color) return;
    const clean = name.replace(/\s+/g, ' ').trim();
    const typed = { name, label, color };
    // Emptied before the write, so that a name typed while it runs starts the next label.
    setName('');
    setLabel('');
    setColor(null);
    setAdded('');
    document.getElementById(`${ids.name}-input`)?.focus();
    const failed = await run(() =>
      createTheme({
        planId,
        name: clean,
        label: typed.label.trim() || clean.toLowerCase(),
        color: shown,
      }),
    );
    if (failed) {
      setErrors({ form: failed });
      setName((now) => now || typed.name);
      setLabel((now) => now || typed.label);
      setColor((now) => now ?? typed.color);
      return;
    }
    setAdded(t('themes.added', { name: clean }));
  };

  return (
    <form id={formId} className="settings-add" noValidate onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('themes.add')}</legend>
        <div className="settings-row">
          <div className="field settings-field settings-wide">
            <label htmlFor={`${ids.name}-input`}>{t('themes.name')}</label>
            <input
              id={`${ids.name}-input`}
              type="text"
              autoComplete="off"
              value={name}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? ids.name : undefined}
              onChange={(e) => {
                setName(e.target.value);
                setErrors({});
                setAdded('');
              }}
            />
            <FieldError id={ids.name} message={errors.name ?? null} />
          </div>
          <div className="field settings-field">
            <label htmlFor={`${ids.hint}-input`}>{t('themes.label')}</label>
            <input
              id={`${ids.hint}-input`}
              type="text"
              autoComplete="off"
              value={label}
              aria-describedby={ids.hint}
              onChange={(e) => setLabel(e.target.value)}
            />
            <p id={ids.hint} className="settings-hint">
              {t('themes.labelHint')}
            </p>
          </div>
          <NewColorField
            id={ids.color}
            label={t('themes.color')}
            value={shown}
            error={errors.color}
            onChange={(value) => {
              setColor(value);
              setErrors((prev) => ({ ...prev, color: checks.color(value) ?? undefined }));
            }}
          />
        </div>
        <AddFormFooter
          button={t('themes.addButton')}
          errorId={ids.form}
          error={errors.form}
          added={added}
        />
      </fieldset>
    </form>
  );
}
