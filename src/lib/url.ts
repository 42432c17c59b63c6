import { useSyncExternalStore } from 'react';

// The URL query holds what a user may share or bookmark: the view, the sprint, the filters.
const EVENT = 'sprintbord:url';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(EVENT, callback);
  };
}

const getSearch = () => window.location.search;

export function useSearch(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  return new URLSearchParams(search);
}

/** Changes the query; `push` adds a history entry (back/forward), otherwise it replaces. */
export function navigate(update: (params: URLSearchParams) => void, push = true): void {
  const params = new URLSearchParams(window.location.search);
  update(params);
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(EVENT));
}

export type View =
  | 'bord'
  | 'mijn-taken'
  | 'geblokkeerd'
  | 'jaarplan'
  | 'roadmap'
  | 'rapport'
  | 'instellingen'
  | 'gegevens';
export const VIEWS: readonly View[] = [
  'bord',
  'mijn-taken',
  'geblokkeerd',
  'jaarplan',
  'roadmap',
  'rapport',
  'instellingen',
  'gegevens',
];

export function useView(): View {
  const v = useSearch().get('view');
  return (VIEWS as readonly string[]).includes(v ?? '') ? (v as View) : 'bord';
}
