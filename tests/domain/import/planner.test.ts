import { describe, expect, it } from 'vitest';
import {
  bucketStatus,
  missingNames,
  parsePlanner,
  type PlannerImport,
} from '../../../src/domain/import/planner';
import {
  cellText,
  parsePlannerDate,
  plannerChecklist,
} from '../../../src/domain/import/plannerCells';

const EN = [
  'Task ID',
  'Task Name',
  'Bucket Name',
  'Progress',
  'Priority',
  'Assigned To',
  'Created By',
  'Created Date',
  'Start Date',
  'Due Date',
  'Late',
  'Completed Date',
  'Completed By',
  'Description',
  'Completed Checklist Items',
  'Checklist Items',
  'Labels',
];
const NL = [
  'Taak-id',
  'Taaknaam',
  'Bucketnaam',
  'Voortgang',
  'Prioriteit',
  'Toegewezen aan',
  'Gemaakt door',
  'Aanmaakdatum',
  'Begindatum',
  'Vervaldatum',
  'Te laat',
  'Voltooiingsdatum',
  'Voltooid door',
  'Beschrijving',
  'Voltooide controlelijstitems',
  'Controlelijstitems',
  'Labels',
];

type Cells = Partial<Record<(typeof EN)[number], unknown>>;

/** A sheet laid out like Planner's export: plan lines, an empty row, headers on row 5. */
function sheet(rows: Cells[], headers = EN, top: unknown[][] = PLAN_LINES): unknown[][] {
  return [...top, headers, ...rows.map((r) => EN.map((h) => r[h] ?? null))];
}
const PLAN_LINES: unknown[][] = [
  ['Plan name', 'Innovation Planning'],
  ['Plan ID', 'c7wPohnu'],
  ['Date of export', '05/14/2021'],
  [],
];

const SPRINTS = [
  { id: 's3', start: '2025-03-17', end: '2025-04-27' },
  { id: 's4', start: '2025-04-28', end: '2025-06-08' },
];

function parse(matrix: unknown[][], bucketMap = {}): PlannerImport {
  const result = parsePlanner(matrix, { sprints: SPRINTS, bucketMap });
  if (!result.ok) throw new Error(result.problem);
  return result;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('parsePlannerDate', () => {
  it.each<[string, unknown, string | null]>([
    ['empty cell', null, null],
    ['undefined', undefined, null],
    ['blank text', '  ', null],
    ['MM/DD/YYYY', '05/10/2021', '2021-05-10'],
    ['M/D/YYYY', '5/1/2021', '2021-05-01'],
    ['impossible US date', '02/30/2021', 'bad'],
    ['month 13', '13/01/2021', 'bad'],
    ['Dutch day-first with dashes', '20-05-2025', '2025-05-20'],
    ['Dutch day-first with dots', '8.6.2025', '2025-06-08'],
    ['ISO', '2025-05-20', '2025-05-20'],
    ['ISO with time', '2025-05-20T10:00:00Z', '2025-05-20'],
    ['Excel Date cell', utc(2025, 5, 20), '2025-05-20'],
    ['Excel date-time cell', new Date(Date.UTC(2025, 4, 20, 15, 30)), '2025-05-20'],
    ['invalid Date', new Date('nope'), 'bad'],
    ['Excel serial', 45797, '2025-05-20'],
    ['Excel serial with time', 44326.75, '2021-05-10'],
    ['negative serial', -3, 'bad'],
    ['rich text', { richText: [{ text: '05/20' }, { text: '/2025' }] }, '2025-05-20'],
    ['formula result', { formula: 'TODAY()', result: 45797 }, '2025-05-20'],
    ['free text', 'volgende week', 'bad'],
    ['boolean', true, 'bad'],
  ])('%s', (_name, value, expected) => expect(parsePlannerDate(value)).toBe(expected));
});

describe('cellText', () => {
  it.each<[unknown, string]>([
    [null, ''],
    ['tekst', 'tekst'],
    [3, '3'],
    [{ richText: [{ text: 'a' }, { text: 'b' }] }, 'ab'],
    [{ text: 'link', hyperlink: 'https://example.org' }, 'link'],
    [{ error: '#N/A' }, ''],
  ])('%j → %s', (value, text) => expect(cellText(value)).toBe(text));
});

describe('bucketStatus', () => {
  it.each([
    ['Backlog', 'backlog'],
    ['Gepland', 'gepland'],
    ['Planned', 'gepland'],
    ['To do', 'gepland'],
    ['In uitvoering', 'in-uitvoering'],
    ['in  progress ', 'in-uitvoering'],
    ['Doing', 'in-uitvoering'],
    ['Geblokkeerd', 'geblokkeerd'],
    ['Blocked', 'geblokkeerd'],
    ['Afgerond', 'afgerond'],
    ['Done', 'afgerond'],
    ['Curriculum', null],
  ])('%s → %s', (name, status) => expect(bucketStatus(name)).toBe(status));
});

describe('plannerChecklist', () => {
  it.each<[string, string, boolean[], boolean]>([
    ['a;b;c;d;e;f', '3/6', [true, true, true, false, false, false], false],
    ['a;b', '0/2', [false, false], false],
    ['a;b', '2/2', [true, true], false],
    ['a;b', '', [false, false], false],
    ['', '', [], false],
    ['[x] a;b;✓ c', '1/3', [true, false, true], false],
    ['a;b;c', '1/4', [true, false, false], true],
  ])('%s with %s', (items, count, done, mismatch) => {
    const result = plannerChecklist(items, count);
    expect(result.items.map((i) => i.done)).toEqual(done);
    expect(result.countMismatch).toBe(mismatch);
  });

  it('strips tick marks from the names', () => {
    expect(plannerChecklist('[x] Scope;  Risico ', '').items.map((i) => i.title)).toEqual([
      'Scope',
      'Risico',
    ]);
  });
});

describe('parsePlanner', () => {
  const base: Cells = {
    'Task ID': 'T1',
    'Task Name': 'Opstellen DPIA',
    'Bucket Name': 'Gepland',
    Progress: 'Not started',
    Priority: 'Medium',
  };

  it('reads an English export: header row, plan name, fields', () => {
    const result = parse(
      sheet([
        {
          ...base,
          'Assigned To': 'An Peeters;Jan Jansen',
          'Created Date': '04/29/2025',
          'Start Date': '05/02/2025',
          'Due Date': '05/20/2025',
          Description: 'Eerste\nversie',
          'Completed Checklist Items': '1/2',
          'Checklist Items': 'Scope;Risico',
          Labels: 'betrouwbare AI',
        },
      ]),
    );
    expect(result.planName).toBe('Innovation Planning');
    expect(result.rows).toEqual([
      {
        row: 6,
        problems: [],
        task: {
          plannerId: 'T1',
          title: 'Opstellen DPIA',
          description: 'Eerste\nversie',
          bucket: 'Gepland',
          status: 'gepland',
          priority: 'normaal',
          sprintId: 's4',
          dueDate: '2025-05-20',
          startDate: '2025-05-02',
          createdDate: '2025-04-29',
          completedDate: null,
          label: 'betrouwbare AI',
          assignees: ['An Peeters', 'Jan Jansen'],
          checklist: [
            { title: 'Scope', done: true },
            { title: 'Risico', done: false },
          ],
        },
      },
    ]);
    expect(result.labels).toEqual(['betrouwbare AI']);
    expect(result.people).toEqual(['An Peeters', 'Jan Jansen']);
    expect(result.counts).toMatchObject({ rows: 1, tasks: 1, skipped: 0, inSprint: 1, backlog: 0 });
  });

  it('reads a Dutch export with real Excel dates and serial numbers', () => {
    const result = parse(
      sheet(
        [
          {
            ...base,
            'Bucket Name': 'In uitvoering',
            Progress: 'Wordt uitgevoerd',
            Priority: 'Belangrijk',
            'Due Date': utc(2025, 4, 1),
            'Start Date': 45717,
            'Assigned To': 'An Peeters',
          },
          {
            ...base,
            'Task ID': 'T2',
            'Task Name': 'Klaar',
            Progress: 'Voltooid',
            Priority: 'Laag',
            'Completed Date': utc(2025, 5, 2),
          },
        ],
        NL,
        [['Plannaam', 'AI-kernteam'], [], []],
      ),
    );
    expect(result.planName).toBe('AI-kernteam');
    const [first, second] = result.rows.map((r) => r.task!);
    expect(first).toMatchObject({
      status: 'in-uitvoering',
      priority: 'belangrijk',
      dueDate: '2025-04-01',
      startDate: '2025-03-01',
      sprintId: 's3',
    });
    expect(second).toMatchObject({
      status: 'afgerond',
      priority: 'laag',
      completedDate: '2025-05-02',
    });
  });

  it('finds headers on the first row when the plan lines are missing', () => {
    const result = parse(sheet([base], EN, []));
    expect(result.planName).toBeNull();
    expect(result.rows[0]!.row).toBe(2);
  });

  it.each<[string, unknown[][]]>([
    ['an empty sheet', []],
    [
      'a sheet of something else',
      [
        ['Naam', 'Adres'],
        ['An', 'Gent'],
      ],
    ],
    ['only a task name column', [['Task Name'], ['x']]],
  ])('refuses %s', (_name, matrix) => {
    expect(parsePlanner(matrix, { sprints: [] })).toEqual({ ok: false, problem: 'no-header' });
  });

  it.each<[string, string, string, string]>([
    ['Not started', 'Gepland', 'gepland', 'stays planned'],
    ['In progress', 'Gepland', 'in-uitvoering', 'started moves out of planned'],
    ['In progress', 'Backlog', 'in-uitvoering', 'started moves out of the backlog'],
    ['In progress', 'Geblokkeerd', 'geblokkeerd', 'blocked stays blocked'],
    ['Completed', 'Geblokkeerd', 'afgerond', 'completed wins'],
    ['Completed', 'Curriculum', 'afgerond', 'completed wins over unknown buckets'],
    ['Not started', 'Done', 'afgerond', 'the Done bucket'],
    ['Not started', '', 'gepland', 'no bucket'],
  ])('progress %s in bucket %s → %s (%s)', (progress, bucket, status) => {
    const result = parse(sheet([{ ...base, Progress: progress, 'Bucket Name': bucket }]));
    expect(result.rows[0]!.task!.status).toBe(status);
  });

  it.each([
    ['Urgent', 'urgent'],
    ['Important', 'belangrijk'],
    ['Medium', 'normaal'],
    ['Low', 'laag'],
    ['Gemiddeld', 'normaal'],
    ['', 'normaal'],
  ])('priority %s → %s', (priority, expected) => {
    expect(parse(sheet([{ ...base, Priority: priority }])).rows[0]!.task!.priority).toBe(expected);
  });

  it('returns unknown buckets once and maps them with the bucket map', () => {
    const rows = [
      { ...base, 'Bucket Name': 'Curriculum' },
      { ...base, 'Task ID': 'T2', 'Bucket Name': 'curriculum ' },
      { ...base, 'Task ID': 'T3', 'Bucket Name': 'Wachten' },
    ];
    const unmapped = parse(sheet(rows));
    expect(unmapped.unknownBuckets).toEqual(['Curriculum', 'Wachten']);
    expect(unmapped.rows.map((r) => r.task!.status)).toEqual(['gepland', 'gepland', 'gepland']);
    const mapped = parse(sheet(rows), { Curriculum: 'backlog', Wachten: 'geblokkeerd' });
    expect(mapped.unknownBuckets).toEqual(['Curriculum', 'Wachten']);
    expect(mapped.rows.map((r) => r.task!.status)).toEqual(['backlog', 'backlog', 'geblokkeerd']);
    expect(mapped.counts.byStatus).toMatchObject({ backlog: 2, geblokkeerd: 1 });
  });

  it('takes the first label as theme and names the others as a problem', () => {
    const result = parse(
      sheet([
        { ...base, Labels: 'Projects;Coaching' },
        { ...base, 'Task ID': 'T2', Labels: 'projects' },
        { ...base, 'Task ID': 'T3' },
      ]),
    );
    expect(result.rows.map((r) => r.task!.label)).toEqual(['Projects', 'projects', null]);
    expect(result.rows[0]!.problems).toEqual(['several-labels']);
    expect(result.labels).toEqual(['Projects']);
    expect(result.counts.withoutLabel).toBe(1);
  });

  it('puts a due date outside every sprint in the backlog', () => {
    const result = parse(sheet([{ ...base, 'Due Date': '05/10/2021' }]));
    expect(result.rows[0]!.task).toMatchObject({ sprintId: null, dueDate: '2021-05-10' });
    expect(result.counts).toMatchObject({ inSprint: 0, backlog: 1 });
  });

  it('names the problem of each row, skips what cannot be imported and ignores empty rows', () => {
    const result = parse(
      sheet([
        { ...base, 'Task Name': '   ' },
        {},
        { ...base },
        { ...base, 'Task Name': 'Zelfde id' },
        { ...base, 'Task ID': '', 'Task Name': 'Zonder id' },
        { ...base, 'Task ID': 'T4', 'Due Date': '31/31/2025' },
        { ...base, 'Task ID': 'T5', 'Start Date': '05/20/2025', 'Due Date': '05/01/2025' },
        { ...base, 'Task ID': 'T6', Priority: 'Dringend', Progress: 'Half' },
        { ...base, 'Task ID': 'T7', 'Task Name': 'x'.repeat(600) },
        { ...base, 'Task ID': 'T8', 'Completed Checklist Items': '1/3', 'Checklist Items': 'a;b' },
      ]),
    );
    expect(result.rows.map((r) => [r.row, r.task === null, r.problems])).toEqual([
      [6, true, ['no-title']],
      [8, false, []],
      [9, true, ['duplicate-id']],
      [10, false, ['no-id']],
      [11, false, ['bad-date']],
      [12, false, ['due-before-start']],
      [13, false, ['unknown-progress', 'unknown-priority']],
      [14, false, ['title-too-long']],
      [15, false, ['checklist-count']],
    ]);
    expect(result.rows[5]!.task).toMatchObject({ startDate: null, dueDate: '2025-05-01' });
    expect(result.rows[7]!.task!.title).toHaveLength(500);
    expect(result.counts).toMatchObject({ rows: 9, tasks: 7, skipped: 2, withProblems: 8 });
  });
});

describe('missingNames', () => {
  it('finds names no existing row answers to', () => {
    expect(
      missingNames(
        ['Projects', 'betrouwbare ai', 'Nieuw'],
        [['betrouwbare AI', 'Betrouwbare AI'], ['projects']],
      ),
    ).toEqual(['Nieuw']);
  });
});
