import { formatDateBE } from '../dates';
import type { SprintReport } from '../report';
import { fill, type ExportWords } from './vocabulary';

// Teams chats and Outlook mails take pasted HTML as headings, tables and lists; Markdown they
// show as text with pipes. Plain inline styles only: both strip classes and style sheets.

const AMP = /&/g;
const LT = /</g;
const GT = />/g;
const QUOT = /"/g;
const APOS = /'/g;

/** Task text is the user's: every character that HTML would read as markup is escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(AMP, '&amp;')
    .replace(LT, '&lt;')
    .replace(GT, '&gt;')
    .replace(QUOT, '&quot;')
    .replace(APOS, '&#39;');
}

const CELL = 'border:1px solid #b8c0cc;padding:4px 8px;text-align:left;vertical-align:top';
const NUM = 'border:1px solid #b8c0cc;padding:4px 8px;text-align:right';

function table(head: string[], rows: Array<Array<string | number>>, numeric: boolean[]): string {
  const cell = (tag: 'th' | 'td', c: string | number, i: number) =>
    `<${tag} style="${numeric[i] ? NUM : CELL}">${escapeHtml(String(c))}</${tag}>`;
  return [
    '<table style="border-collapse:collapse">',
    `<thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('');
}

const h = (level: 1 | 2, text: string) => `<h${level}>${escapeHtml(text)}</h${level}>`;
const p = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** The sprint report as an HTML fragment in the language of `words`, for Teams and Outlook. */
export function reportToHtml(report: SprintReport, words: ExportWords): string {
  const W = words.text;
  const t = report.totals;
  const out: string[] = [];
  out.push(h(1, fill(W.title, { number: report.sprintNumber })));
  const meta: Array<[string, string]> = [
    [W.plan, report.planName],
    [W.period, words.range(report.start, report.end)],
  ];
  if (report.goal.trim()) meta.push([W.goal, report.goal]);
  meta.push([
    W.state,
    fill(report.closed ? W.stateClosed : W.stateOpen, { date: formatDateBE(report.asOf) }),
  ]);
  out.push(
    `<p>${meta.map(([k, v]) => `<strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}`).join('<br>')}</p>`,
  );

  out.push(h(2, W.totals));
  out.push(
    table(
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
  );

  out.push(h(2, W.perTheme));
  out.push(
    report.themes.length === 0
      ? p(W.noTasks)
      : table(
          [W.label, W.theme, W.open, W.blocked, W.done, W.grandTotal],
          report.themes.map((r) => [r.label, r.name, r.open, r.blocked, r.done, r.total]),
          [false, false, true, true, true, true],
        ),
  );

  out.push(h(2, W.blockedTitle));
  if (report.blocked.length === 0) out.push(p(W.blockedNone));
  else {
    out.push('<ul>');
    for (const b of report.blocked) {
      const days =
        b.daysBlocked === null
          ? ''
          : ` — ${fill(b.daysBlocked === 1 ? W.dayText : W.daysText, { days: b.daysBlocked })}`;
      const details = [
        `<li>${escapeHtml(W.reason)}: ${escapeHtml(b.reason || W.noReason)}</li>`,
        ...(b.blockedBy.length
          ? [`<li>${escapeHtml(W.blockedBy)}: ${escapeHtml(b.blockedBy.join('; '))}</li>`]
          : []),
      ];
      out.push(
        `<li><strong>${escapeHtml(b.title)}</strong> (${escapeHtml(b.themeLabel)})${escapeHtml(days)}<ul>${details.join('')}</ul></li>`,
      );
    }
    out.push('</ul>');
  }

  out.push(h(2, W.carriedTitle));
  if (report.carried.length === 0) out.push(p(W.carriedNone));
  else
    out.push(
      `<ul>${report.carried
        .map(
          (c) =>
            `<li>${escapeHtml(`${c.title} (${c.themeLabel}, ${words.status[c.status]}) — ${fill(W.carriedText, { count: c.count })}`)}</li>`,
        )
        .join('')}</ul>`,
    );

  out.push(h(2, W.perPerson));
  out.push(
    report.people.length === 0
      ? p(W.noTasks)
      : table(
          [W.person, W.assigned, W.done, W.open, W.blocked],
          report.people.map((x) => [x.name ?? W.unassigned, x.assigned, x.done, x.open, x.blocked]),
          [false, true, true, true, true],
        ),
  );

  if (report.burnUp.length) {
    // One line per week (and the last day), as in the Markdown: short enough for a chat.
    const points = report.burnUp.filter((_, i, all) => i % 7 === 0 || i === all.length - 1);
    out.push(h(2, W.burnUp));
    out.push(
      table(
        [W.date, W.scope, W.done],
        points.map((x) => [formatDateBE(x.date), x.scope, x.done]),
        [false, true, true],
      ),
    );
  }

  out.push(h(2, W.tasks));
  out.push(
    report.tasks.length === 0
      ? p(W.noTasks)
      : table(
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
  return out.join('\n');
}
