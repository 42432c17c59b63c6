import { FieldError } from '../../ui/FieldError';
import type { Problem } from './run';

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
