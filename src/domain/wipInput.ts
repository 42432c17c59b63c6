// What the user types as a WIP limit (the column header's dialog, Instellingen): only on screens
// that load later, so it stays out of the board's first download.
import { WIP_LIMIT_MAX } from './wip';

export type WipLimitProblem = 'not-whole' | 'too-small' | 'too-big';

export type ParsedWipLimit =
  { ok: true; limit: number | null } | { ok: false; problem: WipLimitProblem };

/** What the user typed in a limit field: empty is "no limit", otherwise a whole number 1–999. */
export function parseWipLimit(text: string): ParsedWipLimit {
  const clean = text.trim();
  if (clean === '') return { ok: true, limit: null };
  if (!/^[+-]?\d+$/.test(clean)) return { ok: false, problem: 'not-whole' };
  const value = Number(clean);
  if (value < 1) return { ok: false, problem: 'too-small' };
  if (value > WIP_LIMIT_MAX) return { ok: false, problem: 'too-big' };
  return { ok: true, limit: value };
}
