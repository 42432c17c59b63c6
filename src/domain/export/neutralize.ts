// A spreadsheet treats a cell that starts with one of these as a formula (or, for tab and CR, as
// a cell that may turn into one): a task title like "=HYPERLINK(…)" must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to a cell that a spreadsheet would otherwise read as a formula. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
