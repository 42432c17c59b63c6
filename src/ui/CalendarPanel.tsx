import { DayPicker } from 'react-day-picker';
import { enUS } from 'react-day-picker/locale/en-US';
import { nl } from 'react-day-picker/locale/nl';
import { fromIsoDate, toIsoDate, type DateFieldLang } from '../domain/dates';
import type { IsoDate } from '../domain/types';

export interface CalendarPanelProps {
  value: IsoDate | null;
  lang: DateFieldLang;
  today?: IsoDate;
  onPick: (date: IsoDate) => void;
}

/**
 * The month grid inside CalendarButton's panel. A module of its own so that react-day-picker
 * (and its date library) load when a calendar is first opened, not with the board.
 */
export function CalendarPanel({ value, lang, today, onPick }: CalendarPanelProps) {
  const selected = value ? fromIsoDate(value) : undefined;
  return (
    <DayPicker
      mode="single"
      locale={lang === 'en' ? enUS : nl}
      weekStartsOn={lang === 'en' ? 0 : 1}
      selected={selected}
      defaultMonth={selected ?? (today ? fromIsoDate(today) : undefined)}
      today={today ? fromIsoDate(today) : undefined}
      autoFocus
      onSelect={(day) => {
        if (day) onPick(toIsoDate(day));
      }}
    />
  );
}
