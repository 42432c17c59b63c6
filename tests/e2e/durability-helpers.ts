import type { BrowserContext, Locator, Page } from '@playwright/test';
import { DEMO_TODAY, expect, openBoard } from './fixtures';

/** A board column: a region named "<theme>, N taken". */
export const column = (page: Page, name: string): Locator =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });

/** The number in the column's name ("Verandermanagement, 3 taken" → 3). */
export async function columnCount(page: Page, name: string): Promise<number> {
  const label = await column(page, name).getAttribute('aria-label');
  return Number(/, (\d+) ta(ak|ken)$/.exec(label ?? '')?.[1] ?? Number.NaN);
}

/** Opens the "+ Taak toevoegen" field of a column and returns it. */
export async function openAddField(page: Page, name: string): Promise<Locator> {
  const col = column(page, name);
  await col.getByRole('button', { name: '+ Taak toevoegen' }).click();
  const field = col.getByRole('textbox', { name: 'Titel van de nieuwe taak' });
  await expect(field).toBeFocused();
  return field;
}

/**
 * Types a title and presses Enter; resolves once the field is empty again, ready for the next
 * title. The write may still be under way then: the card on the board is what shows it stored.
 */
export async function addOne(field: Locator, title: string): Promise<void> {
  await field.fill(title);
  await field.press('Enter');
  await expect(field).toHaveValue('', { timeout: 5_000 });
}

/** Every row of every object store, read straight from IndexedDB (the app exposes nothing). */
export async function dumpDatabase(
  page: Page,
): Promise<Record<string, Array<Record<string, unknown>>>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, Array<Record<string, unknown>>>>((resolve, reject) => {
        const open = indexedDB.open('sprintbord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = Array.from(idb.objectStoreNames);
          const tx = idb.transaction(names, 'readonly');
          const out: Record<string, Array<Record<string, unknown>>> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Puts rows straight into one IndexedDB object store, in one transaction, under the app: as an
 * older version, another tool or a big plan written elsewhere would have left them.
 */
export async function putStoredRows(
  page: Page,
  table: string,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  await page.evaluate(
    ({ table, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sprintbord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, rows },
  );
}

/** Titles of all stored tasks. */
export async function storedTitles(page: Page): Promise<string[]> {
  return ((await dumpDatabase(page)).tasks ?? []).map((t) => String(t.title));
}

/** The board open in `page` and in a second tab of the same browser (one IndexedDB); the second tab. */
export async function twoTabs(page: Page, context: BrowserContext): Promise<Page> {
  const second = await context.newPage();
  await second.clock.setFixedTime(DEMO_TODAY);
  await openBoard(page);
  await openBoard(second);
  return second;
}
