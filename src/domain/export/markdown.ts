import type { SprintReport } from '../report';
import { reportBlocks, type ReportBlock } from './document';
import type { ExportWords } from './vocabulary';

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

function block(b: ReportBlock): string[] {
  switch (b.kind) {
    case 'title':
      return [`# ${b.text}`];
    case 'meta':
      // Two trailing spaces: a line break inside one paragraph, so the block stays together.
      return [b.pairs.map(([k, v]) => `**${k}:** ${escapeMarkdown(v)}`).join('  \n')];
    case 'heading':
      return [`## ${b.text}`];
    case 'note':
      return [b.text];
    case 'table':
      return table(b.head, b.rows, b.numeric);
    case 'blocked':
      return b.items.flatMap((x) => [
        `- **${escapeMarkdown(x.title)}** (${escapeMarkdown(x.themeLabel)})${x.days === null ? '' : ` — ${x.days}`}`,
        `  - ${x.reasonLabel}: ${x.reason === null ? x.noReason : escapeMarkdown(x.reason)}`,
        ...(x.blockedBy.length
          ? [`  - ${x.blockedByLabel}: ${x.blockedBy.map(escapeMarkdown).join('; ')}`]
          : []),
      ]);
    case 'carried':
      return b.items.map(
        (c) =>
          `- ${escapeMarkdown(c.title)} (${escapeMarkdown(c.themeLabel)}, ${c.status}) — ${c.text}`,
      );
  }
}

/** The sprint report as a Markdown document in the language of `words`. */
export function reportToMarkdown(report: SprintReport, words: ExportWords): string {
  const lines = reportBlocks(report, words).flatMap((b) => [...block(b), '']);
  return `${lines.join('\n').trimEnd()}\n`;
}
