import { describe, expect, it } from 'vitest';
import { escapeHtml, reportToHtml } from '../../src/domain/export/html';
import { buildSprintReport } from '../../src/domain/report';
import { exportWords } from '../../src/i18n/exportWords';
import { aTask } from '../builders';
import { C, handMadeInput, sprintTasks } from './reportFixture';

describe('escapeHtml', () => {
  it.each([
    ['plain text', 'DPIA Copilot', 'DPIA Copilot'],
    ['a tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['ampersand first', 'R&D &lt;', 'R&amp;D &amp;lt;'],
    ['quotes', `"a" 'b'`, '&quot;a&quot; &#39;b&#39;'],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

const NL = exportWords('nl');

describe('reportToHtml', () => {
  const report = buildSprintReport(handMadeInput());
  const html = reportToHtml(report, NL);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('has the title and a heading per section', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Sprintrapport sprint 4');
    expect([...doc.querySelectorAll('h2')].map((x) => x.textContent)).toContain('Geblokkeerd');
  });

  it('puts the totals in a table with the same figures as the report', () => {
    const rows = [...doc.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows).toContainEqual(['Taken in de sprint', String(report.totals.total)]);
    expect(rows).toContainEqual(['Afgerond', String(report.totals.done)]);
  });

  it('lists the blocked tasks with their reason', () => {
    const item = [...doc.querySelectorAll('li')].find((li) =>
      li.querySelector('strong')?.textContent?.includes(C.title),
    );
    expect(item?.textContent).toContain(
      'Wachten op de beslissing over de nieuwe organisatiestructuur.',
    );
  });

  it('escapes task text: a title with markup stays text', () => {
    const evil = aTask({
      id: 'evil',
      sprintId: 'sprint-4',
      title: '<img src=x onerror=alert(1)> & co',
    });
    const out = reportToHtml(
      buildSprintReport(handMadeInput({ tasks: [...sprintTasks, evil] })),
      NL,
    );
    const parsed = new DOMParser().parseFromString(out, 'text/html');
    expect(parsed.querySelector('img')).toBeNull();
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });
});
