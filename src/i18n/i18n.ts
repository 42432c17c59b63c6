import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
import type { LazyNamespaces } from './lazyNamespaces';
import { namespaces } from './namespaces';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'sprintbord.lang';

/** Any language code (stored, or i18next's own) to one of ours: English, else Dutch. */
export function languageOf(code: string | null | undefined): Language {
  return code === 'en' ? 'en' : 'nl';
}

function storedLanguage(): Language {
  try {
    return languageOf(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return 'nl';
  }
}

const nlResources: Record<string, object> = { translation: nl };
const enResources: Record<string, object> = { translation: en };
for (const [ns, messages] of Object.entries(namespaces)) {
  nlResources[ns] = messages.nl;
  enResources[ns] = messages.en;
}

void i18next.use(initReactI18next).init({
  resources: { nl: nlResources, en: enResources },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  ns: ['translation', ...Object.keys(namespaces)],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyHtmlLang(lang: string) {
  if (typeof document !== 'undefined')
    document.documentElement.lang = languageOf(lang) === 'en' ? 'en' : 'nl-BE';
}
applyHtmlLang(i18next.language);

export function setLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
  void i18next.changeLanguage(lang);
  applyHtmlLang(lang);
}

export { i18next };

/** Registers the words of a screen that loads on use (see lazyNamespaces.ts), once. */
export function addNamespace<K extends keyof LazyNamespaces>(ns: K, messages: LazyNamespaces[K]) {
  if (i18next.hasResourceBundle('nl', ns)) return;
  i18next.addResourceBundle('nl', ns, messages.nl);
  i18next.addResourceBundle('en', ns, messages.en);
}
