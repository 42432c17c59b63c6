import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/FieldError';
import { SavedField, type SavedFieldProps } from '../../ui/SavedField';
import { useAnnounce } from './announce';
import { useChecks, type Problem } from './run';

// The settings page's fields that save themselves, each saying "bewaard" once it is stored.

/** The shared auto-saving field, dressed for the settings page: Escape puts the stored value back. */
export function SettingsField({ className, ...props }: Omit<SavedFieldProps, 'onSaved'>) {
  const { t } = useTranslation('settings');
  const announce = useAnnounce();
  return (
    <SavedField
      {...props}
      className={`settings-field${className ? ` ${className}` : ''}`}
      hintClassName="settings-hint"
      revertOnEscape
      onSaved={() => announce(t('saved', { what: props.label }))}
    />
  );
}

/**
 * A colour picker that saves each choice at once. A colour too light for the white label text is
 * refused and said why; the chip keeps its stored colour meanwhile.
 */
export function SavedColor({
  label,
  value,
  save,
}: {
  label: string;
  value: string;
  save: (color: string) => Promise<Problem>;
}) {
  const { t } = useTranslation('settings');
  const checks = useChecks();
  const announce = useAnnounce();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<Problem>(null);
  const errorId = useId();

  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);

  return (
    <div className="field settings-field settings-color">
      <label>
        <span>{label}</span>
        <input
          type="color"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={async (e) => {
            const next = e.target.value;
            setDraft(next);
            if (next.toLowerCase() === value.toLowerCase()) return setError(null);
            const problem = checks.color(next);
            if (problem) return setError(problem);
            const failed = await save(next);
            setError(failed);
            if (!failed) announce(t('saved', { what: label }));
          }}
        />
      </label>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** A choice that is saved as soon as it is made. */
export function SavedSelect({
  label,
  value,
  options,
  save,
}: {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  save: (value: string) => Promise<Problem>;
}) {
  const { t } = useTranslation('settings');
  const announce = useAnnounce();
  const [error, setError] = useState<Problem>(null);
  const errorId = useId();
  return (
    <div className="field settings-field">
      <label>
        <span>{label}</span>
        <select
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={async (e) => {
            const failed = await save(e.target.value);
            setError(failed);
            if (!failed) announce(t('saved', { what: label }));
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
