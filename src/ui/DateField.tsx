import { useEffect, useId, useRef, useState } from 'react';
import { DayPicker } from 'react-day-picker';
import { enUS } from 'react-day-picker/locale/en-US';
import { nl } from 'react-day-picker/locale/nl';
import 'react-day-picker/style.css';
import {
  formatDateInput,
  fromIsoDate,
  parseDateInputIn,
  toIsoDate,
  type DateFieldLang,
} from '../domain/dates';
import type { IsoDate } from '../domain/types';
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
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const shown = value ? formatDateInput(value, lang) : '';

  const problem = (draft: string): string | null => {
    if (draft.trim() === '') return allowEmpty ? null : (text.empty ?? text.invalid);
    return parseDateInputIn(draft, lang) ? null : text.invalid;
  };

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  // A click outside the open calendar closes it, as any popup does.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const selected = value ? fromIsoDate(value) : undefined;
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
          <button
            type="button"
            ref={buttonRef}
            className="date-field-button"
            aria-label={text.pick}
            title={text.pick}
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => setOpen((o) => !o)}
          >
            <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
              <rect
                x="1.5"
                y="3"
                width="13"
                height="11.5"
                rx="1.5"
                fill="none"
                stroke="currentColor"
              />
              <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
            </svg>
          </button>
        }
      />
      {open && (
        <div
          id={panelId}
          ref={panelRef}
          className="date-field-panel"
          role="group"
          aria-label={text.pick}
          onKeyDown={(e) => {
            // Escape closes the calendar only, not the dialog the field may sit in.
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close(true);
            }
          }}
        >
          <DayPicker
            mode="single"
            locale={lang === 'en' ? enUS : nl}
            weekStartsOn={lang === 'en' ? 0 : 1}
            selected={selected}
            defaultMonth={selected ?? (today ? fromIsoDate(today) : undefined)}
            today={today ? fromIsoDate(today) : undefined}
            autoFocus
            onSelect={(day) => {
              if (!day) return;
              close(true);
              void save(toIsoDate(day)).then((failed) => {
                if (!failed) onSaved?.();
              });
            }}
          />
        </div>
      )}
    </div>
  );
}
