import type { SprintReport } from '../report';
import { reportBlocks, type ReportBlock } from './document';
import type { ExportWords } from './vocabulary';

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

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'title':
      return h(1, b.text);
    case 'meta':
      return `<p>${b.pairs.map(([k, v]) => `<strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}`).join('<br>')}</p>`;
    case 'heading':
      return h(2, b.text);
    case 'note':
      return p(b.text);
    case 'table':
      return table(b.head, b.rows, b.numeric);
    case 'blocked':
      return [
        '<ul>',
        ...b.items.map((x) => {
          const details = [
            `<li>${escapeHtml(x.reasonLabel)}: ${escapeHtml(x.reason ?? x.noReason)}</li>`,
            ...(x.blockedBy.length
              ? [`<li>${escapeHtml(x.blockedByLabel)}: ${escapeHtml(x.blockedBy.join('; '))}</li>`]
              : []),
          ];
          const days = x.days === null ? '' : ` — ${x.days}`;
          return `<li><strong>${escapeHtml(x.title)}</strong> (${escapeHtml(x.themeLabel)})${escapeHtml(days)}<ul>${details.join('')}</ul></li>`;
        }),
        '</ul>',
      ].join('\n');
    case 'carried':
      return `<ul>${b.items
        .map(
          (c) => `<li>${escapeHtml(`${c.title} (${c.themeLabel}, ${c.status}) — ${c.text}`)}</li>`,
        )
        .join('')}</ul>`;
  }
}

/** The sprint report as an HTML fragment in the language of `words`, for Teams and Outlook. */
export function reportToHtml(report: SprintReport, words: ExportWords): string {
  return reportBlocks(report, words).map(block).join('\n');
}
