import type { ExportWords } from '../domain/export/vocabulary';
import { formatRange } from './dates';
import { en } from './en';
import type { Language } from './i18n';
import { nl } from './nl';
import { reportsMessages } from './reports';

/** The words of the exported files in `lang`: a report exported in English has English headings. */
export function exportWords(lang: Language): ExportWords {
  const common = lang === 'en' ? en : nl;
  return {
    text: reportsMessages[lang].export,
    status: common.status,
    priority: common.priority,
    range: (start, end) => formatRange(start, end, lang),
  };
}
