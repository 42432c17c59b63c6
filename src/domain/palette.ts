import { normalizeText } from './filter';
import { GROUP_BYS, type GroupBy } from './group';
import type { Sprint, Task, Theme } from './types';

/**
 * The command palette (Ctrl+K): which commands there are and which of them a typed query finds.
 * The screen translates each command's label; the Dutch and English words it is also found by
 * live here, so "board" finds "Bord" in Dutch and "geblokkeerd" finds "Blocked only" in English.
 */

/** The views the palette opens; the same names as the URL's `view`. */
export const PALETTE_VIEWS = [
  'bord',
  'mijn-taken',
  'geblokkeerd',
  'jaarplan',
  'roadmap',
  'rapport',
  'instellingen',
  'gegevens',
] as const;
export type PaletteView = (typeof PALETTE_VIEWS)[number];

export type PaletteAction =
  | { kind: 'sprint'; number: number }
  | { kind: 'backlog' }
  | { kind: 'task'; taskId: string }
  | { kind: 'newTask'; themeId: string }
  | { kind: 'blocked' }
  | { kind: 'groupBy'; groupBy: GroupBy }
  | { kind: 'view'; view: PaletteView }
  | { kind: 'exportReport' }
  | { kind: 'backup' }
  | { kind: 'language' }
  | { kind: 'shortcuts' };

export interface PaletteCommand {
  /** Unique within one list: the option's id on screen. */
  key: string;
  action: PaletteAction;
  /** Extra words it is found by, in Dutch and English (the label is searched too). */
  words: readonly string[];
}

/** A command with the label the screen shows for it. */
export interface PaletteItem extends PaletteCommand {
  label: string;
}

const VIEW_WORDS: Record<PaletteView, readonly string[]> = {
  bord: ['bord', 'board', 'kanban'],
  'mijn-taken': ['mijn taken', 'my tasks', 'ik', 'me', 'mine'],
  geblokkeerd: ['alle geblokkeerde taken', 'all blocked tasks', 'overzicht', 'overview'],
  jaarplan: ['jaarplan', 'year plan', 'outline'],
  roadmap: ['roadmap', 'tijdlijn', 'timeline'],
  rapport: ['sprintrapport', 'sprint report', 'verslag'],
  instellingen: ['instellingen', 'settings', 'voorkeuren', 'preferences'],
  gegevens: ['gegevens', 'data', 'import', 'herstellen', 'restore'],
};

const GROUP_WORDS: Record<GroupBy, readonly string[]> = {
  label: ['labels', 'thema', 'theme'],
  status: ['status'],
  action: ['actie', 'action'],
  assignee: ['toegewezen', 'persoon', 'assignee', 'person', 'wie', 'who'],
  due: ['vervaldatum', 'deadline', 'due date'],
  phase: ['fase', 'phase'],
};

const GO = ['ga naar', 'open', 'go to', 'toon', 'show'];

export interface PaletteInput {
  sprints: readonly Sprint[];
  themes: readonly Theme[];
  /** Offer "Nieuwe taak in …": not on a plan opened read-only. */
  canAdd: boolean;
}

/** Every command for this plan, tasks excepted (those are searched apart: there may be 10,000). */
export function paletteCommands({ sprints, themes, canAdd }: PaletteInput): PaletteCommand[] {
  const out: PaletteCommand[] = [];
  for (const view of PALETTE_VIEWS)
    out.push({
      key: `view-${view}`,
      action: { kind: 'view', view },
      words: [...GO, ...VIEW_WORDS[view]],
    });
  for (const s of [...sprints].sort((a, b) => a.number - b.number))
    out.push({
      key: `sprint-${s.number}`,
      action: { kind: 'sprint', number: s.number },
      words: [...GO, 'sprint', s.name],
    });
  out.push({
    key: 'backlog',
    action: { kind: 'backlog' },
    words: [...GO, 'backlog', 'planning', 'sprint plannen', 'plan sprint'],
  });
  out.push({
    key: 'blocked',
    action: { kind: 'blocked' },
    words: ['alleen geblokkeerd', 'blocked only', 'filter', 'geblokkeerd', 'blocked'],
  });
  for (const g of GROUP_BYS)
    out.push({
      key: `group-${g}`,
      action: { kind: 'groupBy', groupBy: g },
      words: ['groeperen op', 'group by', 'kolommen', 'columns', ...GROUP_WORDS[g]],
    });
  if (canAdd)
    for (const theme of [...themes].sort((a, b) => a.order - b.order))
      out.push({
        key: `new-${theme.id}`,
        action: { kind: 'newTask', themeId: theme.id },
        words: ['nieuwe taak', 'new task', 'toevoegen', 'add', theme.label, theme.name],
      });
  out.push({
    key: 'export',
    action: { kind: 'exportReport' },
    words: ['rapport exporteren', 'export report', 'markdown', 'download', 'sprintrapport'],
  });
  out.push({
    key: 'backup',
    action: { kind: 'backup' },
    words: ['back-up maken', 'backup', 'make a backup', 'json', 'download', 'bewaren', 'save'],
  });
  out.push({
    key: 'language',
    action: { kind: 'language' },
    words: ['taal', 'language', 'english', 'engels', 'nederlands', 'dutch'],
  });
  out.push({
    key: 'shortcuts',
    action: { kind: 'shortcuts' },
    words: ['sneltoetsen', 'keyboard shortcuts', 'toetsen', 'keys', 'help', '?'],
  });
  return out;
}

/** The query as the words it must contain, each lower case and without accents. */
export function queryTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}

/**
 * How well a text answers the terms, lower is better; null when a term is missing. A label that
 * starts with the query beats one with a word that starts with it, which beats one merely holding
 * it; a hit only in the extra words comes last.
 */
export function matchScore(
  label: string,
  words: readonly string[],
  terms: readonly string[],
): number | null {
  if (terms.length === 0) return 0;
  const head = normalizeText(label);
  const all = `${head} ${words.map(normalizeText).join(' ')}`;
  if (!terms.every((term) => all.includes(term))) return null;
  const phrase = terms.join(' ');
  if (head.startsWith(phrase)) return 0;
  if (terms.every((term) => head.includes(term))) return wordStarts(head, terms[0] ?? '') ? 1 : 2;
  return 3;
}

function wordStarts(text: string, term: string): boolean {
  return text.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(term));
}

/** The commands that answer the query, best first; equals keep the list's order. */
export function rankCommands(items: readonly PaletteItem[], query: string): PaletteItem[] {
  const terms = queryTerms(query);
  const scored: { item: PaletteItem; score: number; i: number }[] = [];
  items.forEach((item, i) => {
    const score = matchScore(item.label, item.words, terms);
    if (score !== null) scored.push({ item, score, i });
  });
  return scored.sort((a, b) => a.score - b.score || a.i - b.i).map((s) => s.item);
}

/** Most task hits the palette lists: it stays quick on a plan of 10,000 tasks. */
export const TASK_HIT_LIMIT = 20;

/** A task's title prepared once for many searches. */
export interface TaskIndexEntry {
  id: string;
  title: string;
  text: string;
}

export function taskIndex(tasks: readonly Pick<Task, 'id' | 'title'>[]): TaskIndexEntry[] {
  return tasks.map((t) => ({ id: t.id, title: t.title, text: normalizeText(t.title) }));
}

/**
 * The tasks whose title holds every word of the query, titles that start with it first, at most
 * `limit`. An empty query finds none: the palette then lists its commands.
 */
export function findTasks(
  index: readonly TaskIndexEntry[],
  query: string,
  limit = TASK_HIT_LIMIT,
): TaskIndexEntry[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const phrase = terms.join(' ');
  const starts: TaskIndexEntry[] = [];
  const rest: TaskIndexEntry[] = [];
  for (const entry of index) {
    if (!terms.every((term) => entry.text.includes(term))) continue;
    if (entry.text.startsWith(phrase)) {
      starts.push(entry);
      // Enough titles that start with the query: nothing further down can beat them.
      if (starts.length >= limit) break;
    } else if (rest.length < limit) rest.push(entry);
  }
  return [...starts, ...rest].slice(0, limit);
}
