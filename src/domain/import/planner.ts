import { sprintForDate, type SprintRange } from '../sprints';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../tasks';
import { STATUSES, type IsoDate, type Priority, type Status } from '../types';
import { CHIP_PALETTE } from '../colors';
import { nameKey, cellText, parsePlannerDate, splitList, plannerChecklist } from './plannerCells';

// Microsoft Planner's "Export plan to Excel": one sheet, a few lines about the plan on top, then a
// header row and one row per task. The column headers follow the user's language, so columns are
// found by name, never by position.

export const PLANNER_COLUMNS = [
  'id',
  'title',
  'bucket',
  'progress',
  'priority',
  'assignedTo',
  'createdBy',
  'createdDate',
  'startDate',
  'dueDate',
  'late',
  'completedDate',
  'completedBy',
  'description',
  'checklistDone',
  'checklist',
  'labels',
] as const;
export type PlannerColumn = (typeof PLANNER_COLUMNS)[number];

const HEADER_NAMES: Record<PlannerColumn, readonly string[]> = {
  id: ['task id', 'taak-id', 'taak id'],
  title: ['task name', 'taaknaam'],
  bucket: ['bucket name', 'bucketnaam'],
  progress: ['progress', 'voortgang'],
  priority: ['priority', 'prioriteit'],
  assignedTo: ['assigned to', 'toegewezen aan'],
  createdBy: ['created by', 'gemaakt door'],
  createdDate: ['created date', 'aanmaakdatum'],
  startDate: ['start date', 'begindatum'],
  dueDate: ['due date', 'vervaldatum'],
  late: ['late', 'te laat'],
  completedDate: ['completed date', 'voltooiingsdatum'],
  completedBy: ['completed by', 'voltooid door'],
  description: ['description', 'beschrijving'],
  checklistDone: ['completed checklist items', 'voltooide controlelijstitems'],
  checklist: ['checklist items', 'controlelijstitems'],
  labels: ['labels'],
};

const PLAN_NAME_LABELS = ['plan name', 'plannaam', 'naam van plan', 'naam van het plan'];

/** How far down the header row may be; Planner puts it on row 5. */
const HEADER_SEARCH_ROWS = 30;
/** Known headers a row needs besides the task name to count as the header row. */
const HEADER_MIN_MATCHES = 3;

export const DEFAULT_BUCKET_STATUS: Status = 'gepland';

const BUCKET_STATUS: Record<string, Status> = {
  backlog: 'backlog',
  gepland: 'gepland',
  planned: 'gepland',
  'to do': 'gepland',
  todo: 'gepland',
  'te doen': 'gepland',
  'in uitvoering': 'in-uitvoering',
  'in progress': 'in-uitvoering',
  doing: 'in-uitvoering',
  bezig: 'in-uitvoering',
  geblokkeerd: 'geblokkeerd',
  blocked: 'geblokkeerd',
  afgerond: 'afgerond',
  done: 'afgerond',
  klaar: 'afgerond',
};

type Progress = 'done' | 'started' | 'not-started';
const PROGRESS: Record<string, Progress> = {
  completed: 'done',
  voltooid: 'done',
  'in progress': 'started',
  'wordt uitgevoerd': 'started',
  'in uitvoering': 'started',
  'not started': 'not-started',
  'niet gestart': 'not-started',
  'niet begonnen': 'not-started',
};

const PRIORITY: Record<string, Priority> = {
  urgent: 'urgent',
  important: 'belangrijk',
  belangrijk: 'belangrijk',
  medium: 'normaal',
  gemiddeld: 'normaal',
  normaal: 'normaal',
  low: 'laag',
  laag: 'laag',
};

export type PlannerProblem =
  | 'no-title'
  | 'duplicate-id'
  | 'no-id'
  | 'title-too-long'
  | 'description-too-long'
  | 'bad-date'
  | 'due-before-start'
  | 'unknown-progress'
  | 'unknown-priority'
  | 'several-labels'
  | 'checklist-count';

/** Problems that keep a row out of the import; the others are repaired and only reported. */
export const SKIPPING_PROBLEMS: readonly PlannerProblem[] = ['no-title', 'duplicate-id'];

export interface PlannerTask {
  /** Planner's Task ID; null when the cell was empty (such a task cannot be updated later). */
  plannerId: string | null;
  title: string;
  description: string;
  bucket: string;
  status: Status;
  priority: Priority;
  sprintId: string | null;
  dueDate: IsoDate | null;
  startDate: IsoDate | null;
  createdDate: IsoDate | null;
  completedDate: IsoDate | null;
  /** The label that becomes the task's theme; null = the "without label" theme. */
  label: string | null;
  assignees: string[];
  checklist: Array<{ title: string; done: boolean }>;
}

export interface ImportRow {
  /** Row number in the sheet (1-based, as Excel shows it). */
  row: number;
  /** null when the row cannot be imported (see SKIPPING_PROBLEMS). */
  task: PlannerTask | null;
  problems: PlannerProblem[];
}

export interface PlannerCounts {
  rows: number;
  tasks: number;
  skipped: number;
  withProblems: number;
  byStatus: Record<Status, number>;
  inSprint: number;
  backlog: number;
  withoutLabel: number;
}

export interface PlannerImport {
  ok: true;
  planName: string | null;
  rows: ImportRow[];
  /** Bucket names that do not name a status by themselves: the user maps them. */
  unknownBuckets: string[];
  /** Labels used as themes, in order of first appearance. */
  labels: string[];
  people: string[];
  counts: PlannerCounts;
}

export type PlannerParse = PlannerImport | { ok: false; problem: 'no-header' };

export interface PlannerOptions {
  sprints: ReadonlyArray<SprintRange & { id: string }>;
  bucketMap?: Readonly<Record<string, Status>>;
}

/** The status a bucket name stands for by itself, or null when the user has to say. */
export function bucketStatus(name: string): Status | null {
  return BUCKET_STATUS[nameKey(name)] ?? null;
}

function findHeader(
  matrix: readonly unknown[][],
): { row: number; columns: Map<PlannerColumn, number> } | null {
  const lookup = new Map<string, PlannerColumn>();
  for (const column of PLANNER_COLUMNS)
    for (const name of HEADER_NAMES[column]) lookup.set(name, column);
  for (let r = 0; r < Math.min(matrix.length, HEADER_SEARCH_ROWS); r++) {
    const columns = new Map<PlannerColumn, number>();
    (matrix[r] ?? []).forEach((cell, c) => {
      const column = lookup.get(nameKey(cellText(cell)));
      if (column && !columns.has(column)) columns.set(column, c);
    });
    if (columns.has('title') && columns.size > HEADER_MIN_MATCHES) return { row: r, columns };
  }
  return null;
}

function findPlanName(matrix: readonly unknown[][], headerRow: number): string | null {
  for (let r = 0; r < headerRow; r++) {
    const row = matrix[r] ?? [];
    const at = row.findIndex((cell) => PLAN_NAME_LABELS.includes(nameKey(cellText(cell))));
    if (at >= 0) {
      const name = cellText(row[at + 1]).trim();
      return name || null;
    }
  }
  const b1 = cellText(matrix[0]?.[1]).trim();
  return headerRow > 0 && b1 ? b1 : null;
}

function emptyCounts(): PlannerCounts {
  return {
    rows: 0,
    tasks: 0,
    skipped: 0,
    withProblems: 0,
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
    inSprint: 0,
    backlog: 0,
    withoutLabel: 0,
  };
}

/**
 * Turns the cells of a Planner export into tasks to import, with every repair or refusal named
 * per row, so that the user sees exactly what will happen before anything is written.
 */
export function parsePlanner(matrix: readonly unknown[][], options: PlannerOptions): PlannerParse {
  const header = findHeader(matrix);
  if (!header) return { ok: false, problem: 'no-header' };
  const col = (row: readonly unknown[], column: PlannerColumn): unknown => {
    const index = header.columns.get(column);
    return index === undefined ? undefined : row[index];
  };
  const text = (row: readonly unknown[], column: PlannerColumn) =>
    cellText(col(row, column)).trim();
  const bucketMap = new Map(
    Object.entries(options.bucketMap ?? {}).map(([name, status]) => [nameKey(name), status]),
  );

  const rows: ImportRow[] = [];
  const unknownBuckets: string[] = [];
  const labels: string[] = [];
  const people: string[] = [];
  const seen = { buckets: new Set<string>(), labels: new Set<string>(), people: new Set<string>() };
  const plannerIds = new Set<string>();
  const counts = emptyCounts();

  for (let r = header.row + 1; r < matrix.length; r++) {
    const cells = matrix[r] ?? [];
    if (cells.every((c) => cellText(c).trim() === '')) continue;
    counts.rows += 1;
    const problems: PlannerProblem[] = [];
    const add = (p: PlannerProblem) => {
      if (!problems.includes(p)) problems.push(p);
    };

    let title = text(cells, 'title').replace(/\s+/g, ' ');
    const plannerId = text(cells, 'id') || null;
    if (!title) add('no-title');
    if (plannerId && plannerIds.has(plannerId)) add('duplicate-id');
    if (problems.length) {
      rows.push({ row: r + 1, task: null, problems });
      counts.skipped += 1;
      counts.withProblems += 1;
      continue;
    }
    if (plannerId) plannerIds.add(plannerId);
    else add('no-id');
    if (title.length > MAX_TITLE_LENGTH) {
      add('title-too-long');
      title = title.slice(0, MAX_TITLE_LENGTH);
    }
    let description = cellText(col(cells, 'description'));
    if (description.length > MAX_TEXT_LENGTH) {
      add('description-too-long');
      description = description.slice(0, MAX_TEXT_LENGTH);
    }

    const date = (column: PlannerColumn): IsoDate | null => {
      const parsed = parsePlannerDate(col(cells, column));
      if (parsed === 'bad') {
        add('bad-date');
        return null;
      }
      return parsed;
    };
    const dueDate = date('dueDate');
    let startDate = date('startDate');
    const createdDate = date('createdDate');
    const completedDate = date('completedDate');
    if (startDate && dueDate && dueDate < startDate) {
      add('due-before-start');
      startDate = null;
    }

    const bucket = text(cells, 'bucket').replace(/\s+/g, ' ');
    let status = bucket ? bucketStatus(bucket) : null;
    if (bucket && status === null) {
      status = bucketMap.get(nameKey(bucket)) ?? DEFAULT_BUCKET_STATUS;
      if (!seen.buckets.has(nameKey(bucket))) {
        seen.buckets.add(nameKey(bucket));
        unknownBuckets.push(bucket);
      }
    }
    status ??= DEFAULT_BUCKET_STATUS;
    const progressText = text(cells, 'progress');
    const progress = PROGRESS[nameKey(progressText)];
    if (progressText && !progress) add('unknown-progress');
    // Planner's own "completed" decides done-ness; a started task leaves the planned columns.
    if (progress === 'done') status = 'afgerond';
    else if (progress === 'started' && (status === 'backlog' || status === 'gepland'))
      status = 'in-uitvoering';

    const priorityText = text(cells, 'priority');
    const priority = PRIORITY[nameKey(priorityText)] ?? 'normaal';
    if (priorityText && !PRIORITY[nameKey(priorityText)]) add('unknown-priority');

    const taskLabels = splitList(text(cells, 'labels'));
    if (taskLabels.length > 1) add('several-labels');
    const label = taskLabels[0] ?? null;
    if (label && !seen.labels.has(nameKey(label))) {
      seen.labels.add(nameKey(label));
      labels.push(label);
    }
    const assignees = splitList(text(cells, 'assignedTo'));
    for (const p of assignees) {
      if (!seen.people.has(nameKey(p))) {
        seen.people.add(nameKey(p));
        people.push(p);
      }
    }

    const checklist = plannerChecklist(
      cellText(col(cells, 'checklist')),
      text(cells, 'checklistDone'),
    );
    if (checklist.countMismatch) add('checklist-count');

    const sprintId = dueDate ? (sprintForDate(options.sprints, dueDate)?.id ?? null) : null;
    const task: PlannerTask = {
      plannerId,
      title,
      description,
      bucket,
      status,
      priority,
      sprintId,
      dueDate,
      startDate,
      createdDate,
      completedDate: status === 'afgerond' ? completedDate : null,
      label,
      assignees,
      checklist: checklist.items,
    };
    rows.push({ row: r + 1, task, problems });
    counts.tasks += 1;
    if (problems.length) counts.withProblems += 1;
    counts.byStatus[status] += 1;
    if (sprintId) counts.inSprint += 1;
    else counts.backlog += 1;
    if (!label) counts.withoutLabel += 1;
  }

  return {
    ok: true,
    planName: findPlanName(matrix, header.row),
    rows,
    unknownBuckets,
    labels,
    people,
    counts,
  };
}

/** Names in `wanted` that no existing row answers to (by any of the given names). */
export function missingNames(
  wanted: readonly string[],
  existing: ReadonlyArray<readonly string[]>,
): string[] {
  const known = new Set(existing.flatMap((names) => names.map(nameKey)));
  return wanted.filter((w) => !known.has(nameKey(w)));
}

/** Label colours for imported themes and people: the chip palette, each carrying white text at 4.5:1. */
export const IMPORT_THEME_COLORS = CHIP_PALETTE;
