import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { FieldError } from './FieldError';

export interface AddTitleFormProps {
  /** The field's name; shown above it unless `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  placeholder?: string;
  /** Text of the submit button; without it Enter alone adds. */
  submitLabel?: string;
  submitClassName?: string;
  /** Refuses a title before anything is written: the message, or null when it is fine. */
  check?: (title: string) => string | null;
  /** Writes the title; resolves to a message when the write was refused. */
  onAdd: (title: string) => Promise<string | null>;
  /** Said in a polite live region after an add; without it nothing is said. */
  addedMessage?: (title: string) => string;
  /** Escape in the form. */
  onCancel?: () => void;
  /** Leaving the field while it is empty and shows no problem. */
  onLeaveEmpty?: () => void;
  /** A textarea that adds on Ctrl+Enter instead of a one-line field that adds on Enter. */
  multiline?: boolean;
  autoFocus?: boolean;
  className?: string;
  /** Wraps label, field and problem in a div of this class; without it they sit in the form. */
  fieldClassName?: string;
  statusClassName?: string;
  /** Accessible name of the form itself, when the page has several. */
  formLabel?: string;
  /** The one-line field, for a caller that puts focus back on it. */
  inputRef?: Ref<HTMLInputElement>;
  /** More buttons after the submit button (a "Sluiten"). */
  children?: ReactNode;
}

/**
 * A field that adds one title after another. It is emptied the moment a title is submitted, not
 * when the write is done: a fast typist's next keystrokes must start the next title, not extend
 * the one being written. A refused write shows its message here and, when the field is still
 * empty, gives the refused title back so it can be corrected.
 */
export function AddTitleForm({
  label,
  hideLabel = false,
  placeholder,
  submitLabel,
  submitClassName,
  check,
  onAdd,
  addedMessage,
  onCancel,
  onLeaveEmpty,
  multiline = false,
  autoFocus = false,
  className,
  fieldClassName,
  statusClassName,
  formLabel,
  inputRef,
  children,
}: AddTitleFormProps) {
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  // Writes still under way may resolve after the form has gone (the column's field closes on blur).
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const submit = () => {
    const title = draft;
    const problem = check?.(title) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    setDraft('');
    setError(null);
    setAdded('');
    void onAdd(title).then((failed) => {
      if (!mounted.current) return;
      if (failed) {
        setError(failed);
        setDraft((now) => (now === '' ? title : now));
      } else if (addedMessage) {
        setAdded(addedMessage(title.replace(/\s+/g, ' ').trim()));
      }
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  const field = {
    id: inputId,
    value: draft,
    placeholder,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      setError(null);
      setAdded('');
    },
    onBlur: () => {
      if (onLeaveEmpty && !draft.trim()) onLeaveEmpty();
    },
  };

  const labelled = (
    <>
      <label htmlFor={inputId} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...field}
          rows={2}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
      ) : (
        <input {...field} ref={inputRef} type="text" autoComplete="off" />
      )}
      <FieldError id={errorId} message={error} />
    </>
  );

  return (
    <form
      className={className}
      aria-label={formLabel}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {fieldClassName ? <div className={fieldClassName}>{labelled}</div> : labelled}
      {submitLabel && (
        <button type="submit" className={submitClassName}>
          {submitLabel}
        </button>
      )}
      {children}
      {addedMessage && (
        <p role="status" className={statusClassName}>
          {added}
        </p>
      )}
    </form>
  );
}
