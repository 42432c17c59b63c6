import { useTranslation } from 'react-i18next';
import { languageOf, type Language } from './i18n';

/** The screen's language; re-renders the caller when the user switches it. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return languageOf(i18n.language);
}

/** The Intl locale of a language, for numbers and sizes: Belgian Dutch, British English. */
export function localeOf(lang: Language): 'nl-BE' | 'en-GB' {
  return lang === 'en' ? 'en-GB' : 'nl-BE';
}
