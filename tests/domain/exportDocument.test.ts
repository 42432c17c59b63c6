import { describe, expect, it } from 'vitest';
import { reportBlocks } from '../../src/domain/export/document';
import { buildSprintReport } from '../../src/domain/report';
import { exportWords } from '../../src/i18n/exportWords';
import { handMadeInput } from './reportFixture';

const report = buildSprintReport(handMadeInput());
const NL = exportWords('nl');
const headings = (r = report) =>
  reportBlocks(r, NL).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

describe('reportBlocks: the sections of the report, once for Markdown and HTML', () => {
  it('puts the sections in the report’s order', () => {
    expect(headings()).toEqual([
      'Totalen',
      'Per thema',
      'Geblokkeerd',
      'Doorgeschoven',
      'WIP-limieten overschreden',
      'Per persoon',
      'Verloop (burn-up)',
      'Taken',
    ]);
  });

  it.each<[string, Partial<typeof report>, string, string]>([
    ['no themes', { themes: [] }, 'Per thema', 'Deze sprint heeft geen taken.'],
    ['nothing blocked', { blocked: [] }, 'Geblokkeerd', 'Geen geblokkeerde taken.'],
    ['nothing carried over', { carried: [] }, 'Doorgeschoven', 'Geen doorgeschoven taken.'],
    ['nobody', { people: [] }, 'Per persoon', 'Deze sprint heeft geen taken.'],
    [
      'no WIP limits',
      { wip: { limited: 0, over: [] } },
      'WIP-limieten overschreden',
      'Geen kolom met een WIP-limiet.',
    ],
    [
      'no column over its WIP limit',
      { wip: { limited: 2, over: [] } },
      'WIP-limieten overschreden',
      'Geen kolom kwam boven zijn WIP-limiet.',
    ],
    ['no tasks', { tasks: [] }, 'Taken', 'Deze sprint heeft geen taken.'],
  ])('with %s the section says so in words', (_case, change, heading, note) => {
    const blocks = reportBlocks({ ...report, ...change }, NL);
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
    expect(blocks[at + 1]).toEqual({ kind: 'note', text: note });
  });

  it('lists the columns over their WIP limit with the days over, status and theme alike', () => {
    const blocks = reportBlocks(
      {
        ...report,
        wip: {
          limited: 2,
          over: [
            { kind: 'status', key: 'in-uitvoering', name: '', limit: 2, days: 3, peak: 4 },
            { kind: 'theme', key: 'th-1', name: 'Betrouwbare AI', limit: 1, days: 1, peak: 2 },
          ],
        },
      },
      NL,
    );
    const at = blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === 'WIP-limieten overschreden',
    );
    expect(blocks[at + 1]).toEqual({
      kind: 'table',
      head: ['Kolom', 'Soort', 'Limiet', 'Dagen boven limiet', 'Hoogste aantal'],
      rows: [
        ['In uitvoering', 'Status', 2, 3, 4],
        ['Betrouwbare AI', 'Label', 1, 1, 2],
      ],
      numeric: [false, false, true, true, true],
    });
  });

  it('leaves out the burn-up section when there are no days', () => {
    expect(headings({ ...report, burnUp: [] })).not.toContain('Verloop (burn-up)');
  });

  it('writes the sprint goal in the meta lines only when there is one', () => {
    const labels = (goal: string) =>
      reportBlocks({ ...report, goal }, NL).flatMap((b) =>
        b.kind === 'meta' ? b.pairs.map(([k]) => k) : [],
      );
    expect(labels('Een doel')).toEqual(['Jaarplan', 'Periode', 'Sprintdoel', 'Stand']);
    expect(labels('  ')).toEqual(['Jaarplan', 'Periode', 'Stand']);
  });
});
