import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { checkChipColor } from '../../domain/colors';
import { checkTitle } from '../../domain/tasks';
import { runWrite } from '../../app/writes';
import { Dialog } from '../../ui/Dialog';

// The building blocks of the settings page: every field saves on its own (Enter or leaving the
// field), refuses bad input with a Dutch message next to it, and leaves the stored value alone.

/** A refused value: the message shown beside the field. */
export type Problem = string | null;

/** Saying "bewaard" out loud: one polite live region for the whole page. */
const AnnounceContext = createContext<(message: string) => void>(() => {});

export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated "Bewaard." be read again.
    setMessage('');
    window.setTimeout(() => setMessage(text), 30);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p role="status" className="settings-status">
        {message}
      </p>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

/**
 * Runs a command and turns a refusal into the Dutch message of its error code. A full or broken
 * disk also gets the toast with the backup way out, because that is bigger than one field.
 */
export function useRun(): (work: () => Promise<unknown>) => Promise<Problem> {
  const { t } = useTranslation();
  return useCallback(
    async (work) => {
      const result = await runWrite(work, { inline: true });
      return result.ok ? null : t(`errors.${result.code}`);
    },
    [t],
  );
}

/** The shared checks, in Dutch. */
export function useChecks() {
  const { t, i18n } = useTranslation('settings');
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-BE';
  return {
    name: (value: string): Problem => {
      const checked = checkTitle(value);
      if (checked.ok) return null;
      return checked.problem === 'empty' ? t('problems.nameEmpty') : t('problems.tooLong');
    },
    title: (value: string): Problem => {
      const checked = checkTitle(value);
      if (checked.ok) return null;
      return checked.problem === 'empty' ? t('problems.titleEmpty') : t('problems.tooLong');
    },
    color: (value: string): Problem => {
      const problem = checkChipColor(value);
      if (!problem) return null;
      if (problem.problem === 'invalid') return t('problems.color.invalid');
      return t('problems.color.tooLight', { ratio: problem.ratio.toLocaleString(locale) });
    },
  };
}

export function FieldError({ id, message }: { id: string; message: Problem }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="field-error">
      {message}
    </p>
  );
}

interface SavedFieldProps {
  label: string;
  /** The stored value; the field follows it when it changes elsewhere (another tab, undo). */
  value: string;
  /** Refuses a draft before anything is written. */
  check?: (draft: string) => Problem;
  /** Writes the draft; resolves to a message when the write was refused. */
  save: (draft: string) => Promise<Problem>;
  type?: 'text' | 'number';
  multiline?: boolean;
  /** Label for assistive technology only (inside a table whose header says it). */
  hideLabel?: boolean;
  hint?: string;
  placeholder?: string;
  min?: number;
  max?: number;
  className?: string;
  autoComplete?: string;
}

/** A text field that saves when it is left or Enter is pressed; Escape brings back the stored value. */
export function SavedField({
  label,
  value,
  check,
  save,
  type = 'text',
  multiline = false,
  hideLabel = false,
  hint,
  placeholder,
  min,
  max,
  className,
  autoComplete = 'off',
}: SavedFieldProps) {
  const { t } = useTranslation('settings');
  const announce = useAnnounce();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<Problem>(null);
  const errorId = useId();
  const hintId = useId();
  const busy = useRef(false);

  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);

  const commit = async () => {
    if (busy.current) return;
    if (draft === value) {
      setError(null);
      return;
    }
    const problem = check?.(draft) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    busy.current = true;
    const failed = await save(draft);
    busy.current = false;
    setError(failed);
    if (!failed) announce(t('saved', { what: label }));
  };

  const describedBy =
    [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onBlur: () => void commit(),
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
  } as const;

  return (
    <div className={`field settings-field${className ? ` ${className}` : ''}`}>
      <label>
        <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
        {multiline ? (
          <textarea
            {...common}
            rows={2}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setDraft(value);
                setError(null);
              }
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void commit();
            }}
          />
        ) : (
          <input
            {...common}
            type={type}
            min={min}
            max={max}
            step={type === 'number' ? 1 : undefined}
            placeholder={placeholder}
            autoComplete={autoComplete}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void commit();
              }
              if (e.key === 'Escape') {
                e.stopPropagation();
                setDraft(value);
                setError(null);
              }
            }}
          />
        )}
      </label>
      {hint && (
        <p id={hintId} className="settings-hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
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

/** Gives focus back to what opened a dialog, or to a fallback when that is gone. */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const restore = useCallback((fallback?: HTMLElement | null) => {
    const target = opener.current?.isConnected ? opener.current : fallback;
    // After the dialog is gone from the page.
    window.setTimeout(() => target?.focus(), 0);
  }, []);
  return { remember, restore };
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  canConfirm = true,
  danger = true,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  onClose: () => void;
  canConfirm?: boolean;
  danger?: boolean;
}) {
  const { t } = useTranslation('settings');
  return (
    <Dialog open title={title} closeLabel={t('close')} onClose={onClose}>
      <div className="settings-dialog">
        {children}
        <div className="dialog-actions">
          {canConfirm && (
            <button
              type="button"
              className={danger ? 'primary danger-primary' : 'primary'}
              onClick={() => void onConfirm()}
            >
              {confirmLabel}
            </button>
          )}
          <button type="button" autoFocus onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/** Up and down buttons that move an item one place in its list; focus stays on the moved item. */
export function OrderButtons({
  name,
  first,
  last,
  onMove,
}: {
  name: string;
  first: boolean;
  last: boolean;
  onMove: (direction: -1 | 1) => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <span className="settings-order">
      <button
        type="button"
        data-move="up"
        disabled={first}
        aria-label={t('moveUpLabel', { name })}
        onClick={() => onMove(-1)}
      >
        ↑ {t('moveUp')}
      </button>
      <button
        type="button"
        data-move="down"
        disabled={last}
        aria-label={t('moveDownLabel', { name })}
        onClick={() => onMove(1)}
      >
        ↓ {t('moveDown')}
      </button>
    </span>
  );
}

/**
 * After a move the list is drawn anew; this puts focus back on the moved item's button in the
 * same direction, or on the other one when the item reached the end of the list. It waits for the
 * stored list to change, so the buttons it looks at are the new ones.
 */
export function useMoveFocus(list: unknown) {
  const [pending, setPending] = useState<{ id: string; direction: -1 | 1; before: unknown } | null>(
    null,
  );
  const current = useRef(list);
  useEffect(() => {
    current.current = list;
  }, [list]);
  useEffect(() => {
    if (!pending || list === pending.before) return;
    const item = document.querySelector<HTMLElement>(`[data-order-item="${pending.id}"]`);
    setPending(null);
    if (!item) return;
    const want = item.querySelector<HTMLButtonElement>(
      `button[data-move="${pending.direction === -1 ? 'up' : 'down'}"]`,
    );
    const other = item.querySelector<HTMLButtonElement>(
      `button[data-move="${pending.direction === -1 ? 'down' : 'up'}"]`,
    );
    (want && !want.disabled ? want : other)?.focus();
  }, [pending, list]);
  return useCallback(async (id: string, direction: -1 | 1, work: () => Promise<unknown>) => {
    const before = current.current;
    await work();
    setPending({ id, direction, before });
  }, []);
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

/** The colour picker of an "add" form: checked as it changes, refused colours explained beside it. */
export function NewColorField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: Problem | undefined;
  onChange: (color: string) => void;
}) {
  return (
    <div className="field settings-field settings-color">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="color"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={id} message={error ?? null} />
    </div>
  );
}

/** The end of an "add" form: the button, a problem with the form as a whole, and what was added. */
export function AddFormFooter({
  button,
  errorId,
  error,
  added,
}: {
  button: string;
  errorId?: string;
  error?: Problem | undefined;
  added: string;
}) {
  return (
    <>
      <button type="submit" className="primary">
        {button}
      </button>
      {errorId !== undefined && <FieldError id={errorId} message={error ?? null} />}
      <p role="status" className="settings-added">
        {added}
      </p>
    </>
  );
}
