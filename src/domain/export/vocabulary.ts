import { reportsMessages } from '../../i18n/reports';
import { nl } from '../../i18n/nl';
import type { Priority, Status } from '../types';
import type { SprintReport } from '../report';

/** The words of the exported files: always Dutch, from the same source as the screens. */
export const EXPORT_NL = reportsMessages.nl.export;

export function statusName(status: Status): string {
  return nl.status[status];
}

export function priorityName(priority: Priority): string {
  return nl.priority[priority];
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
): string {
  return `${fill(EXPORT_NL.fileName, { number: report.sprintNumber, year: report.planYear })}.${ext}`;
}
