import { formatDateBE } from '../dates';
import { unparse } from 'papaparse';
import type { SprintReport } from '../report';
import { neutralizeCell } from './neutralize';
import type { ExportWords } from './vocabulary';

/** Byte order mark: without it Excel reads the UTF-8 file as Windows-1252 and breaks "ë" and "–". */
export const BOM = '\uFEFF';

/**
 * One row per task, in the form Excel in nl-BE opens straight into columns: `;` between cells
 * (the comma is the decimal sign there), CRLF line ends, UTF-8 with BOM.
 */
export function reportToCsv(report: SprintReport, words: ExportWords): string {
  const W = words.text;
  const fields = [
    W.task,
    W.label,
    W.action,
    W.status,
    W.assignees,
    W.due,
    W.priority,
    W.carried,
    W.blockedReason,
  ];
  const data = report.tasks.map((x) => [
    neutralizeCell(x.title),
    neutralizeCell(x.themeLabel),
    neutralizeCell(x.actionTitle),
    words.status[x.status],
    neutralizeCell(x.assignees.join(', ')),
    x.dueDate ? formatDateBE(x.dueDate) : '',
    words.priority[x.priority],
    String(x.carryOverCount),
    neutralizeCell(x.blockedReason),
  ]);
  return BOM + unparse({ fields, data }, { delimiter: ';', newline: '\r\n', header: true });
}
