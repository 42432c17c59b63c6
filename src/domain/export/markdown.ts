import { formatDateBE } from '../dates';
import type { SprintReport } from '../report';
import { fill, type ExportWords } from './vocabulary';

// Teams and Loop turn pasted Markdown into headings, tables and lists; they only need the text to
// be plain CommonMark/GFM with no raw HTML, and table cells without pipes or line breaks.

/** Text that Markdown would otherwise read as markup (emphasis, links, headings, HTML). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^([#+\-=>]|\d+[.)])(\s|$)/, (m) => `\\${m}`);
}

function table(head: string[], rows: Array<Array<string | number>>, numeric: boolean[]): string[] {
  const line = (cells: Array<string | number>) =>
    `| ${cells.map((c) => (typeof c === 'number' ? String(c) : escapeMarkdown(c) || ' ')).join(' | ')} |`;
  const rule = `|${numeric.map((n) => (n ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(head), rule, ...rows.map(line)];
}

/** The sprint report as a Markdown document in the language of `words`. */
export function reportToMarkdown(report: SprintReport, words: ExportWords): string {
  const W = words.text;
  const t = report.totals;
  const out: string[] = [];
  out.push(`# ${fill(W.title, { number: report.sprintNumber })}`, '');
  const meta: Array<[string, string]> = [
    [W.plan, report.planName],
    [W.period, words.range(report.start, report.end)],
  ];
  if (report.goal.trim()) meta.push([W.goal, report.goal]);
  meta.push([
    W.state,
    report.closed
      ? fill(W.stateClosed, { date: formatDateBE(report.asOf) })
      : fill(W.stateOpen, { date: formatDateBE(report.asOf) }),
  ]);
  // Two trailing spaces: a line break inside one paragraph, so the block stays together.
  out.push(meta.map(([k, v]) => `**${k}:** ${escapeMarkdown(v)}`).join('  \n'), '');

  out.push(`## ${W.totals}`, '');
  out.push(
    ...table(
      [W.measure, W.value],
      [
        [W.planned, t.planned],
        [W.added, t.added],
        ...(t.removed ? [[W.removed, t.removed] as [string, number]] : []),
        [W.total, t.total],
        [W.done, t.done],
        [W.completion, `${t.completion} %`],
        [W.inProgress, t.inProgress],
        [W.blocked, t.blocked],
        [W.carriedOver, t.carriedOver],
      ],
      [false, true],
    ),
    '',
  );

  out.push(`## ${W.perTheme}`, '');
  if (report.themes.length === 0) out.push(W.noTasks, '');
  else
    out.push(
      ...table(
        [W.label, W.theme, W.open, W.blocked, W.done, W.grandTotal],
        report.themes.map((r) => [r.label, r.name, r.open, r.blocked, r.done, r.total]),
        [false, false, true, true, true, true],
      ),
      '',
    );

  out.push(`## ${W.blockedTitle}`, '');
  if (report.blocked.length === 0) out.push(W.blockedNone, '');
  for (const b of report.blocked) {
    const days =
      b.daysBlocked === null
        ? ''
        : ` — ${fill(b.daysBlocked === 1 ? W.dayText : W.daysText, { days: b.daysBlocked })}`;
    out.push(`- **${escapeMarkdown(b.title)}** (${escapeMarkdown(b.themeLabel)})${days}`);
    out.push(`  - ${W.reason}: ${b.reason ? escapeMarkdown(b.reason) : W.noReason}`);
    if (b.blockedBy.length)
      out.push(`  - ${W.blockedBy}: ${b.blockedBy.map(escapeMarkdown).join('; ')}`);
  }
  if (report.blocked.length) out.push('');

  out.push(`## ${W.carriedTitle}`, '');
  if (report.carried.length === 0) out.push(W.carriedNone, '');
  for (const c of report.carried)
    out.push(
      `- ${escapeMarkdown(c.title)} (${escapeMarkdown(c.themeLabel)}, ${words.status[c.status]}) — ${fill(W.carriedText, { count: c.count })}`,
    );
  if (report.carried.length) out.push('');

  out.push(`## ${W.perPerson}`, '');
  if (report.people.length === 0) out.push(W.noTasks, '');
  else
    out.push(
      ...table(
        [W.person, W.assigned, W.done, W.open, W.blocked],
        report.people.map((p) => [p.name ?? W.unassigned, p.assigned, p.done, p.open, p.blocked]),
        [false, true, true, true, true],
      ),
      '',
    );

  if (report.burnUp.length) {
    // One line per week (and the last day) keeps the table short enough to read in a chat.
    const points = report.burnUp.filter((_, i, all) => i % 7 === 0 || i === all.length - 1);
    out.push(`## ${W.burnUp}`, '');
    out.push(
      ...table(
        [W.date, W.scope, W.done],
        points.map((p) => [formatDateBE(p.date), p.scope, p.done]),
        [false, true, true],
      ),
      '',
    );
  }

  out.push(`## ${W.tasks}`, '');
  if (report.tasks.length === 0) out.push(W.noTasks, '');
  else
    out.push(
      ...table(
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
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}
