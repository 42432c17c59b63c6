import { fromIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import { i18next, type Language } from './i18n';

const MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

// The month's word and the order of day, month and year come from the messages, so the domain
// stays free of language and a new language needs no code.
function parts(value: IsoDate, lang: Language) {
  const d = fromIsoDate(value);
  const t = i18next.getFixedT(lang);
  return {
    day: String(d.getDate()),
    month: t(`date.months.${MONTHS[d.getMonth()] ?? '1'}`),
    year: String(d.getFullYear()),
  };
}

/** A day in words: "8 jun 2025", "Jun 8, 2025". */
export function formatShort(value: IsoDate, lang: Language): string {
  return i18next.getFixedT(lang)('date.short', parts(value, lang));
}

/** "28 apr – 8 jun 2025"; the start's year is written only when the range crosses a year. */
export function formatRange(start: IsoDate, end: IsoDate, lang: Language): string {
  const s = parts(start, lang);
  const e = parts(end, lang);
  return i18next.getFixedT(lang)(s.year === e.year ? 'date.range' : 'date.rangeAcrossYears', {
    startDay: s.day,
    startMonth: s.month,
    startYear: s.year,
    endDay: e.day,
    endMonth: e.month,
    endYear: e.year,
  });
}
