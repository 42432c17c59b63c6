// Reading the cells of a Planner export: text, dates (as Planner writes them and as Excel saves
// them again), lists and the checklist. The sheet's layout is read in planner.ts.
import { isIsoDate } from '../dates';
import { MAX_TITLE_LENGTH } from '../tasks';
import type { IsoDate } from '../types';

/** A name compared the way people mean it: case, outer and double spaces do not count. */
export function nameKey(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');
}

/** What a spreadsheet cell says as text; exceljs gives rich text, formulas and links as objects. */
export function cellText(value: unknown): string {
  const plain = cellValue(value);
  if (plain === null) return '';
  if (plain instanceof Date) return Number.isNaN(plain.getTime()) ? '' : plain.toISOString();
  return String(plain);
}

export function cellValue(value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((part: { text?: unknown }) => String(part?.text ?? '')).join('');
    if ('result' in v) return cellValue(v.result);
    if ('text' in v) return cellValue(v.text);
  }
  return null;
}

export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;

export function utcIso(ms: number): IsoDate | null {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString().slice(0, 10);
  return isIsoDate(iso) ? iso : null;
}

/**
 * A date cell: Planner writes MM/DD/YYYY text; a workbook saved again by Excel holds real dates
 * (exceljs gives them as Date at UTC midnight) or serial numbers. Dashes or dots mean a Dutch
 * day-first date. Returns null for an empty cell and 'bad' for anything else.
 */
export function parsePlannerDate(value: unknown): IsoDate | null | 'bad' {
  const v = cellValue(value);
  if (v === null) return null;
  if (v instanceof Date) return utcIso(v.getTime()) ?? 'bad';
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 2_958_465) return 'bad';
    return utcIso(EXCEL_EPOCH_MS + Math.floor(v) * DAY_MS) ?? 'bad';
  }
  if (typeof v !== 'string') return 'bad';
  const text = v.trim();
  if (text === '') return null;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  let iso: string | null = null;
  if (m) iso = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  else if ((m = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(text)))
    iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(text)) iso = text.slice(0, 10);
  return iso !== null && isIsoDate(iso) ? iso : 'bad';
}

export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(';')) {
    const clean = part.replace(/\s+/g, ' ').trim();
    if (clean && !seen.has(nameKey(clean))) {
      seen.add(nameKey(clean));
      out.push(clean);
    }
  }
  return out;
}

export const DONE_MARK = /^\s*(\[[xX]\]|✓|✔|☑)\s*/;

/**
 * Planner exports the checklist as names plus a count like "3/6", not which items are ticked;
 * the first ones are taken as done unless the names carry their own tick marks.
 */
export function plannerChecklist(
  itemsCell: string,
  doneCell: string,
): { items: Array<{ title: string; done: boolean }>; countMismatch: boolean } {
  const names = itemsCell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const marked = names.some((n) => DONE_MARK.test(n));
  const count = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(doneCell);
  const doneCount = count ? Number(count[1]) : 0;
  const total = count ? Number(count[2]) : names.length;
  const items = names.map((name, i) => ({
    title: name.replace(DONE_MARK, '').slice(0, MAX_TITLE_LENGTH),
    done: marked ? DONE_MARK.test(name) : i < doneCount,
  }));
  return { items, countMismatch: count !== null && total !== names.length };
}
