import type { IsoDate, Priority, Status } from '../types';
import type { SprintReport } from '../report';

/** Every word an exported file needs; the i18n messages under `reports:export` fill them. */
export type ExportTextKey =
  | 'title'
  | 'plan'
  | 'sprint'
  | 'period'
  | 'start'
  | 'end'
  | 'goal'
  | 'state'
  | 'stateOpen'
  | 'stateClosed'
  | 'asOf'
  | 'totals'
  | 'measure'
  | 'value'
  | 'planned'
  | 'added'
  | 'removed'
  | 'total'
  | 'done'
  | 'completion'
  | 'inProgress'
  | 'blocked'
  | 'open'
  | 'carriedOver'
  | 'perTheme'
  | 'label'
  | 'theme'
  | 'grandTotal'
  | 'blockedTitle'
  | 'blockedNone'
  | 'reason'
  | 'noReason'
  | 'daysBlocked'
  | 'blockedSince'
  | 'blockedBy'
  | 'daysText'
  | 'dayText'
  | 'carriedTitle'
  | 'carriedNone'
  | 'carriedText'
  | 'wipTitle'
  | 'wipNone'
  | 'wipNever'
  | 'wipColumn'
  | 'wipKind'
  | 'wipStatus'
  | 'wipTheme'
  | 'wipLimit'
  | 'wipDays'
  | 'wipPeak'
  | 'perPerson'
  | 'person'
  | 'assigned'
  | 'unassigned'
  | 'burnUp'
  | 'date'
  | 'scope'
  | 'tasks'
  | 'task'
  | 'action'
  | 'status'
  | 'assignees'
  | 'due'
  | 'priority'
  | 'carried'
  | 'blockedReason'
  | 'noTasks'
  | 'summarySheet'
  | 'tasksSheet'
  | 'blockedSheet'
  | 'burnUpSheet'
  | 'fileName';

/**
 * The words of the exported files in the language of the screen that asks for them. The caller
 * fills them from i18n, so this pure code holds no language of its own.
 */
export interface ExportWords {
  text: Readonly<Record<ExportTextKey, string>>;
  status: Readonly<Record<Status, string>>;
  priority: Readonly<Record<Priority, string>>;
  /** A sprint's period as the language writes it: "28 apr – 8 jun 2025". */
  range: (start: IsoDate, end: IsoDate) => string;
}

/** Fills `{{name}}` placeholders the way i18next does, without needing i18next here. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, key: string) =>
    key in values ? String(values[key]) : all,
  );
}

/** sprintrapport-sprint-4-2025.md */
export function reportFileName(
  report: Pick<SprintReport, 'sprintNumber' | 'planYear'>,
  ext: string,
  words: ExportWords,
): string {
  const name = fill(words.text.fileName, { number: report.sprintNumber, year: report.planYear });
  return `${name}.${ext}`;
}
