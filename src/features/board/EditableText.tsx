import { useEffect, useId, useRef, useState } from 'react';

interface EditableTextProps {
  label: string;
  /** The stored value; the field follows it whenever it changes. */
  value: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  hint?: string;
  /** Shown, instead of saving, when the browser cannot read what was typed (a date like 31-02). */
  invalidMessage?: string;
  className?: string;
  /** Stores the value; resolves to a message to show under the field, or null when it is fine. */
  onSave: (value: string) => Promise<string | null>;
}

/**
 * A text field that saves itself: on leaving it, on Enter (Ctrl+Enter in a multi-line field),
 * and when the dialog around it closes with an unsaved change, so nothing typed is lost.
 */
export function EditableText({
  label,
  value,
  multiline,
  type = 'text',
  hint,
  className,
  invalidMessage,
  onSave,
}: EditableTextProps) {
  const id = useId();
  const errorId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (value !== stored) {
    setStored(value);
    setDraft(value);
    setError(null);
  }

  // A date field holding 31-02 reports "" as its value: saving that would erase the stored date.
  const unreadable = useRef(false);
  const latest = useRef({ draft, value, onSave });
  // The last draft handed to onSave: closing right after a blur must not save it twice.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    latest.current = { draft, value, onSave };
  });
  useEffect(
    () => () => {
      const last = latest.current;
      if (unreadable.current) return;
      if (last.draft !== last.value && last.draft !== sent.current) void last.onSave(last.draft);
    },
    [],
  );

  const save = async () => {
    if (unreadable.current) {
      setError(invalidMessage ?? null);
      return;
    }
    if (draft === value) {
      setError(null);
      return;
    }
    sent.current = draft;
    setError(await onSave(draft));
  };

  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onBlur: () => void save(),
  };

  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => {
            unreadable.current = e.target.validity.badInput;
            setDraft(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void save();
            }
          }}
        />
      )}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
