import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
// The picker's styles stay in the first load, so the cascade is the same as before the split.
import 'react-day-picker/style.css';
import type { DateFieldLang } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import './date-field.css';

// The calendar itself loads when one is first opened: react-day-picker is no part of the board's
// first screen. The service worker precaches its chunk, so it opens offline too.
const CalendarPanel = lazy(() =>
  import('./CalendarPanel').then((m) => ({ default: m.CalendarPanel })),
);

export interface CalendarButtonProps {
  /** Names the button and the calendar, e.g. "Kalender voor Vervaldatum" (translated by the caller). */
  label: string;
  /** Shown while the calendar loads the first time, e.g. "Kalender laden…" (translated by the caller). */
  loadingLabel: string;
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
export function CalendarButton({
  label,
  loadingLabel,
  value,
  lang,
  today,
  onPick,
}: CalendarButtonProps) {
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
          <Suspense
            fallback={
              <p role="status" className="date-field-loading">
                {loadingLabel}
              </p>
            }
          >
            <CalendarPanel
              value={value}
              lang={lang}
              today={today}
              onPick={(date) => {
                close();
                onPick(date);
              }}
            />
          </Suspense>
        </div>
      )}
    </>
  );
}
