import { formatDateInput, parseDateInputIn, type DateFieldLang } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { CalendarButton } from './CalendarButton';
import { SavedField } from './SavedField';
import './date-field.css';

export interface DateFieldProps {
  label: string;
  /** The stored date, or null when there is none. */
  value: IsoDate | null;
  /** The screen's language decides the format (dd-mm-jjjj or mm/dd/yyyy), not the browser's. */
  lang: DateFieldLang;
  /** Writes the date (null: cleared); resolves to a message when the write was refused. */
  save: (date: IsoDate | null) => Promise<string | null>;
  /** May the field be emptied? Otherwise an empty field is refused with `emptyMessage`. */
  allowEmpty?: boolean;
  /** Translated by the caller, as every string of src/ui. */
  text: {
    /** The format to type, e.g. "dd-mm-jjjj". */
    hint: string;
    invalid: string;
    empty?: string;
    /** Name of the button that opens the calendar, e.g. "Kalender voor Vervaldatum". */
    pick: string;
    /** Shown while the calendar loads the first time, e.g. "Kalender laden…". */
    loading: string;
  };
  /** The day the calendar marks as today (the plan's today, which is not the clock's in the demo). */
  today?: IsoDate;
  className?: string;
  /** Passed to the field underneath (the settings page announces "bewaard", Escape reverts). */
  onSaved?: () => void;
  revertOnEscape?: boolean;
  fieldClassName?: string;
  hintClassName?: string;
}

/**
 * A date field that shows and reads dates in the screen's language whatever the browser's
 * locale (a native <input type="date"> follows the browser), with a keyboard-operable calendar
 * from react-day-picker beside it: the button opens it, arrows move through the days, Enter
 * picks one, Escape closes it and focus goes back to the button.
 */
export function DateField({
  label,
  value,
  lang,
  save,
  allowEmpty = true,
  text,
  today,
  className,
  onSaved,
  revertOnEscape,
  fieldClassName,
  hintClassName,
}: DateFieldProps) {
  const shown = value ? formatDateInput(value, lang) : '';

  const problem = (draft: string): string | null => {
    if (draft.trim() === '') return allowEmpty ? null : (text.empty ?? text.invalid);
    return parseDateInputIn(draft, lang) ? null : text.invalid;
  };

  return (
    <div className={`date-field${className ? ` ${className}` : ''}`}>
      <SavedField
        label={label}
        value={shown}
        hint={text.hint}
        hintClassName={hintClassName}
        placeholder={text.hint}
        onSaved={onSaved}
        revertOnEscape={revertOnEscape}
        className={fieldClassName}
        check={problem}
        save={async (draft) => {
          const trimmed = draft.trim();
          if (trimmed === '') return save(null);
          const date = parseDateInputIn(trimmed, lang);
          return date ? save(date) : text.invalid;
        }}
        after={
          <CalendarButton
            label={text.pick}
            loadingLabel={text.loading}
            value={value}
            lang={lang}
            today={today}
            onPick={(date) =>
              void save(date).then((failed) => {
                if (!failed) onSaved?.();
              })
            }
          />
        }
      />
    </div>
  );
}
