import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FieldError } from './FieldError';

export interface SavedFieldProps {
  label: string;
  /** The stored value; the field follows it when it changes (another tab, undo), unless the user has typed. */
  value: string;
  /** Refuses a draft before anything is written: the message, or null when it is fine. */
  check?: (draft: string) => string | null;
  /** Writes the draft; resolves to a message when the write was refused. */
  save: (draft: string) => Promise<string | null>;
  /** After a write that went through (settings says "bewaard" out loud). */
  onSaved?: () => void;
  type?: 'text' | 'number' | 'date';
  multiline?: boolean;
  /** Label for assistive technology only (inside a table whose header says it). */
  hideLabel?: boolean;
  hint?: string;
  hintClassName?: string;
  /** Shown, instead of saving, when the browser cannot read what was typed (a date like 31-02). */
  invalidMessage?: string;
  /** Escape puts the stored value back. Off inside a dialog, where Escape closes the dialog. */
  revertOnEscape?: boolean;
  placeholder?: string;
  min?: number;
  max?: number;
  className?: string;
  autoComplete?: string;
  /** Shown right after the input, on its line (a date field's calendar button). */
  after?: ReactNode;
}

/**
 * A field that saves itself: on leaving it, on Enter (Ctrl+Enter in a multi-line field), and
 * when it goes away with an unsaved change (a dialog closing), so nothing typed is lost. A
 * refused draft is said beside the field and the stored value stays as it was.
 */
export function SavedField({
  label,
  value,
  check,
  save,
  onSaved,
  type = 'text',
  multiline = false,
  hideLabel = false,
  hint,
  hintClassName = 'field-hint',
  invalidMessage,
  revertOnEscape = false,
  placeholder,
  min,
  max,
  className,
  autoComplete = 'off',
  after,
}: SavedFieldProps) {
  const id = useId();
  const errorId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // The last draft handed to save and not refused: no longer the user's typing but a write,
  // which a later write from elsewhere may overtake.
  const [handedOver, setHandedOver] = useState<string | null>(null);
  if (value !== stored) {
    setStored(value);
    // A change from elsewhere (a teammate, another tab, undo) replaces the field only while it
    // holds no typing of its own: what the user is writing is theirs until they save or revert.
    // A draft already saved follows too, or a teammate's save landing right after ours (the
    // live query may skip our own value) would leave this field showing what is not stored.
    if (draft === stored || draft === handedOver) {
      setDraft(value);
      setError(null);
    }
  }

  // A date field holding 31-02 reports "" as its value: saving that would erase the stored date.
  const unreadable = useRef(false);
  // The last draft handed to save: leaving right after a blur must not save it twice.
  const sent = useRef<string | null>(null);
  // Enter and then leaving the field must not write the same draft twice at once.
  const busy = useRef(false);
  const latest = useRef({ draft, value, check, save });
  useEffect(() => {
    latest.current = { draft, value, check, save };
  });
  useEffect(
    () => () => {
      const last = latest.current;
      if (unreadable.current || last.draft === last.value || last.draft === sent.current) return;
      if (last.check?.(last.draft)) return;
      void last.save(last.draft);
    },
    [],
  );

  const commit = async () => {
    if (busy.current) return;
    if (unreadable.current && invalidMessage) {
      setError(invalidMessage);
      return;
    }
    if (draft === value) {
      setError(null);
      return;
    }
    const problem = check?.(draft) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    // Kept after a refusal too: going away must not send a refused draft once more.
    sent.current = draft;
    busy.current = true;
    setHandedOver(draft);
    const failed = await save(draft);
    busy.current = false;
    if (failed) setHandedOver(null);
    setError(failed);
    if (!failed) onSaved?.();
  };

  const revert = () => {
    setDraft(value);
    setError(null);
  };

  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onBlur: () => void commit(),
  } as const;

  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void commit();
            } else if (e.key === 'Escape' && revertOnEscape) {
              e.stopPropagation();
              revert();
            }
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
          onChange={(e) => {
            unreadable.current = e.target.validity.badInput;
            setDraft(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            } else if (e.key === 'Escape' && revertOnEscape) {
              e.stopPropagation();
              revert();
            }
          }}
        />
      )}
      {after}
      {hint && (
        <span id={hintId} className={hintClassName}>
          {hint}
        </span>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
