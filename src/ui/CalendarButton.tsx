import { useEffect, useId, useRef, useState } from 'react';
import { DayPicker } from 'react-day-picker';
import { enUS } from 'react-day-picker/locale/en-US';
import { nl } from 'react-day-picker/locale/nl';
import 'react-day-picker/style.css';
import { fromIsoDate, toIsoDate, type DateFieldLang } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import './date-field.css';

export interface CalendarButtonProps {
  /** Names the button and the calendar, e.g. "Kalender voor Vervaldatum" (translated by the caller). */
  label: string;
  /** The date the calendar opens on and marks as chosen; null: none yet. */
  value: IsoDate | null;
  lang: DateFieldLang;
  /** The day the calendar marks as today (the plan's today, which is not the clock's in the demo). */
  today?: IsoDate;
  onPick: (date: IsoDate) => void;
}

/**
 * The calendar beside a date field, from react-day-picker: the button opens it on the chosen day,
 * arrows move through the days, Enter picks one, Escape closes it without picking; either way
 * focus goes back to the button. Place it inside an element with class `date-field`, which the
 * calendar is positioned against.
 */
export function CalendarButton({ label, value, lang, today, onPick }: CalendarButtonProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
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
    <>
      <button
        type="button"
        ref={buttonRef}
        className="date-field-button"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
        </svg>
      </button>
      {open && (
        <div
          id={panelId}
          ref={panelRef}
          className="date-field-panel"
          role="group"
          aria-label={label}
          onKeyDown={(e) => {
            // Escape closes the calendar only, not the dialog the field may sit in.
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
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
              close();
              onPick(toIsoDate(day));
            }}
          />
        </div>
      )}
    </>
  );
}
