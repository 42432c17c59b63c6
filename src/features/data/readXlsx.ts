export const MAX_XLSX_BYTES = 20 * 1024 * 1024;

export type XlsxRead =
  { ok: true; matrix: unknown[][] } | { ok: false; problem: 'too-big' | 'not-xlsx' };

/** The sheet a Planner export keeps its tasks on: "Tasks" (or Dutch "Taken"), else the first. */
const TASK_SHEETS = ['tasks', 'taken'];

/**
 * Reads the task sheet of an .xlsx file as rows of cell values (row 1 first, column A first).
 * exceljs is large, so it is loaded only when someone actually imports a file.
 */
export async function readXlsx(file: Blob): Promise<XlsxRead> {
  // Refused before reading: a huge file would freeze the tab while it unzips.
  if (file.size > MAX_XLSX_BYTES) return { ok: false, problem: 'too-big' };
  // Outside the try: a library that fails to load is not the file's fault.
  const { Workbook } = await loadExcelJs();
  try {
    const workbook = new Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    const sheet =
      workbook.worksheets.find((w) => TASK_SHEETS.includes(w.name.trim().toLowerCase())) ??
      workbook.worksheets[0];
    if (!sheet) return { ok: false, problem: 'not-xlsx' };
    const matrix: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      // row.values is 1-based and sparse: position 0 is always empty.
      const values = Array.isArray(row.values) ? row.values : [];
      matrix[rowNumber - 1] = Array.from(
        { length: Math.max(0, values.length - 1) },
        (_, i) => values[i + 1] ?? null,
      );
    });
    return { ok: true, matrix: Array.from(matrix, (row) => row ?? []) };
  } catch {
    return { ok: false, problem: 'not-xlsx' };
  }
}

async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const module = (await import('exceljs')) as typeof import('exceljs') & {
    default?: typeof import('exceljs');
  };
  // The browser build is a CommonJS bundle: its exports arrive on `default`.
  return module.Workbook ? module : (module.default as typeof import('exceljs'));
}
