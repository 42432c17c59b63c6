import { formatDateBE } from '../dates';
import type { SprintReport } from '../report';
import { isStatus } from '../types';
import { fill, type ExportWords } from './vocabulary';

// What the sprint report says, in which order, once: the Markdown and the Teams/Outlook HTML are
// two renderings of these blocks, so a section added here shows up in both.

export type ReportCell = string | number;

export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; pairs: Array<[label: string, value: string]> }
  | { kind: 'heading'; text: string }
  /** A sentence of the app's own words (no user text). */
  | { kind: 'note'; text: string }
  | { kind: 'table'; head: string[]; rows: ReportCell[][]; numeric: boolean[] }
  | { kind: 'blocked'; items: BlockedEntry[] }
  | { kind: 'carried'; items: CarriedEntry[] };

export interface BlockedEntry {
  title: string;
  themeLabel: string;
  /** "8 dagen geblokkeerd", or null when the start of the block is unknown. */
  days: string | null;
  reasonLabel: string;
  /** The user's reason, or null: then `noReason` (app words) stands there. */
  reason: string | null;
  noReason: string;
  blockedByLabel: string;
  blockedBy: string[];
}

export interface CarriedEntry {
  title: string;
  themeLabel: string;
  status: string;
  /** "2× doorgeschoven". */
  text: string;
}

/** The WIP limit section's head and rows (column, kind, limit, days over, peak). */
export function wipTable(
  report: SprintReport,
  words: ExportWords,
): { head: string[]; rows: ReportCell[][] } {
  const W = words.text;
  return {
    head: [W.wipColumn, W.wipKind, W.wipLimit, W.wipDays, W.wipPeak],
    rows: report.wip.over.map((r) => [
      r.kind === 'status' && isStatus(r.key) ? words.status[r.key] : r.name,
      r.kind === 'status' ? W.wipStatus : W.wipTheme,
      r.limit,
      r.days,
      r.peak,
    ]),
  };
}

/** The one line said instead of the table when there is nothing to list, or null. */
export function wipNote(report: SprintReport, words: ExportWords): string | null {
  if (report.wip.limited === 0) return words.text.wipNone;
  return report.wip.over.length === 0 ? words.text.wipNever : null;
}

/** The sprint report as a sequence of blocks in the language of `words`. */
export function reportBlocks(report: SprintReport, words: ExportWords): ReportBlock[] {
  const W = words.text;
  const t = report.totals;
  const out: ReportBlock[] = [];
  const tableOr = (head: string[], rows: ReportCell[][], numeric: boolean[]): ReportBlock =>
    rows.length === 0 ? { kind: 'note', text: W.noTasks } : { kind: 'table', head, rows, numeric };

  out.push({ kind: 'title', text: fill(W.title, { number: report.sprintNumber }) });
  const pairs: Array<[string, string]> = [
    [W.plan, report.planName],
    [W.period, words.range(report.start, report.end)],
  ];
  if (report.goal.trim()) pairs.push([W.goal, report.goal]);
  pairs.push([
    W.state,
    fill(report.closed ? W.stateClosed : W.stateOpen, { date: formatDateBE(report.asOf) }),
  ]);
  out.push({ kind: 'meta', pairs });

  out.push({ kind: 'heading', text: W.totals });
  out.push({
    kind: 'table',
    head: [W.measure, W.value],
    rows: [
      [W.planned, t.planned],
      [W.added, t.added],
      ...(t.removed ? [[W.removed, t.removed]] : []),
      [W.total, t.total],
      [W.done, t.done],
      [W.completion, `${t.completion} %`],
      [W.inProgress, t.inProgress],
      [W.blocked, t.blocked],
      [W.carriedOver, t.carriedOver],
    ],
    numeric: [false, true],
  });

  out.push({ kind: 'heading', text: W.perTheme });
  out.push(
    tableOr(
      [W.label, W.theme, W.open, W.blocked, W.done, W.grandTotal],
      report.themes.map((r) => [r.label, r.name, r.open, r.blocked, r.done, r.total]),
      [false, false, true, true, true, true],
    ),
  );

  out.push({ kind: 'heading', text: W.blockedTitle });
  out.push(
    report.blocked.length === 0
      ? { kind: 'note', text: W.blockedNone }
      : {
          kind: 'blocked',
          items: report.blocked.map((b) => ({
            title: b.title,
            themeLabel: b.themeLabel,
            days:
              b.daysBlocked === null
                ? null
                : fill(b.daysBlocked === 1 ? W.dayText : W.daysText, { days: b.daysBlocked }),
            reasonLabel: W.reason,
            reason: b.reason || null,
            noReason: W.noReason,
            blockedByLabel: W.blockedBy,
            blockedBy: b.blockedBy,
          })),
        },
  );

  out.push({ kind: 'heading', text: W.carriedTitle });
  out.push(
    report.carried.length === 0
      ? { kind: 'note', text: W.carriedNone }
      : {
          kind: 'carried',
          items: report.carried.map((c) => ({
            title: c.title,
            themeLabel: c.themeLabel,
            status: words.status[c.status],
            text: fill(W.carriedText, { count: c.count }),
          })),
        },
  );

  out.push({ kind: 'heading', text: W.wipTitle });
  const wipLine = wipNote(report, words);
  out.push(
    wipLine !== null
      ? { kind: 'note', text: wipLine }
      : { kind: 'table', ...wipTable(report, words), numeric: [false, false, true, true, true] },
  );

  out.push({ kind: 'heading', text: W.perPerson });
  out.push(
    tableOr(
      [W.person, W.assigned, W.done, W.open, W.blocked],
      report.people.map((p) => [p.name ?? W.unassigned, p.assigned, p.done, p.open, p.blocked]),
      [false, true, true, true, true],
    ),
  );

  if (report.burnUp.length) {
    // One line per week (and the last day) keeps the table short enough to read in a chat.
    const points = report.burnUp.filter((_, i, all) => i % 7 === 0 || i === all.length - 1);
    out.push({ kind: 'heading', text: W.burnUp });
    out.push({
      kind: 'table',
      head: [W.date, W.scope, W.done],
      rows: points.map((p) => [formatDateBE(p.date), p.scope, p.done]),
      numeric: [false, true, true],
    });
  }

  out.push({ kind: 'heading', text: W.tasks });
  out.push(
    tableOr(
      [W.task, W.label, W.status, W.assignees, W.due, W.priority],
      report.tasks.map((x) => [
        x.title,
        x.themeLabel,
        words.status[x.status],
        x.assignees.join(', '),
        x.dueDate ? formatDateBE(x.dueDate) : '',
        words.priority[x.priority],
      ]),
      [false, false, false, false, false, false],
    ),
  );
  return out;
}
