import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, openBoard, test } from './fixtures';

// Issue 15 part 2: Ctrl+K opens a command palette that reaches sprints, tasks, filters, grouping,
// views, language; "?" lists every shortcut. Keyboard only, focus back where it was.

const DPIA = 'Opstellen van een DPIA M365 Copilot';

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Opdrachten' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('combobox', { name: 'Zoek een opdracht of taak' });
  await expect(field).toBeFocused();
  return { dialog, field };
}

/** The option the combobox points at with aria-activedescendant. */
function activeOption(page: Page) {
  return page.locator('[role="option"][aria-selected="true"]');
}

test('Ctrl+K, "sprint 6" and Enter open sprint 6 on the board', async ({ page }) => {
  await openBoard(page);
  const { dialog, field } = await openPalette(page);
  await field.fill('sprint 6');
  await expect(activeOption(page)).toHaveText('Ga naar sprint 6');
  await expect(field).toHaveAttribute(
    'aria-activedescendant',
    (await activeOption(page).getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/sprint=6/);
  await expect(page.getByRole('heading', { level: 2, name: /^Sprint 6/ })).toBeVisible();
});

test("typing part of a title and Enter open that task's dialog; Escape closes it", async ({
  page,
}) => {
  await openBoard(page);
  const { field } = await openPalette(page);
  await field.fill('dpia copilot');
  await expect(activeOption(page)).toHaveText(`Taak openen: ${DPIA} · Sprint 4`);
  await page.keyboard.press('Enter');
  const task = page.getByRole('dialog', { name: DPIA });
  await expect(task).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(task).toHaveCount(0);
});

test('"alleen geblokkeerd" turns the blocked filter on and, run again, off', async ({ page }) => {
  await openBoard(page);
  const toggle = page.getByRole('button', { name: /^Alleen geblokkeerd \(\d+\)$/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  let { field } = await openPalette(page);
  await field.fill('alleen geblokkeerd');
  await expect(activeOption(page)).toHaveText('Filter “Alleen geblokkeerd” aanzetten');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/geblokkeerd=1/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  ({ field } = await openPalette(page));
  await field.fill('blocked only');
  await expect(activeOption(page)).toHaveText('Filter “Alleen geblokkeerd” uitzetten');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('the arrow keys move through the options: "groeperen", ↓, Enter groups the board by status', async ({
  page,
}) => {
  await openBoard(page);
  const { field } = await openPalette(page);
  await field.fill('groeperen');
  await expect(activeOption(page)).toHaveText('Groeperen op: Labels');
  await page.keyboard.press('ArrowDown');
  await expect(activeOption(page)).toHaveText('Groeperen op: Status');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(activeOption(page)).toHaveText('Groeperen op: Fase (use cases)');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Groeperen op' })).toHaveValue('status');
  await expect(page.getByRole('region', { name: 'In uitvoering, 9 taken' })).toBeVisible();
});

test('"Nieuwe taak in Verandermanagement" opens that column\'s add field with the focus in it', async ({
  page,
}) => {
  await openBoard(page);
  const { field } = await openPalette(page);
  await field.fill('nieuwe taak verander');
  await expect(activeOption(page)).toHaveText('Nieuwe taak in Verandermanagement');
  await page.keyboard.press('Enter');
  const column = page.getByRole('region', { name: /^Verandermanagement, \d+ ta(ak|ken)$/ });
  await expect(column.getByRole('textbox', { name: 'Titel van de nieuwe taak' })).toBeFocused();
  await page.keyboard.type('Vanuit het palet');
  await page.keyboard.press('Enter');
  await expect(column.getByRole('button', { name: 'Vanuit het palet' })).toBeVisible();
});

test('"english" switches the language; the palette then speaks English and "board" finds the board', async ({
  page,
}) => {
  await openBoard(page, '/?view=roadmap');
  let { field } = await openPalette(page);
  await field.fill('english');
  await expect(activeOption(page)).toHaveText('Switch to English');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Commands' });
  field = dialog.getByRole('combobox', { name: 'Search a command or task' });
  await expect(field).toBeFocused();
  await field.fill('bord');
  await expect(activeOption(page)).toHaveText('Open Board');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=bord/);
});

test('"?" shows every shortcut; Escape closes it and the focus goes back', async ({ page }) => {
  await openBoard(page);
  // "?" in a field is a question mark, not a shortcut: from a focused button it opens the list.
  await page.getByRole('button', { name: /^Alleen geblokkeerd/ }).focus();
  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('row', { name: /Opdrachten zoeken en uitvoeren/ })).toContainText(
    'Ctrl+K',
  );
  await expect(list.getByRole('row', { name: /Laatste wijziging ongedaan maken/ })).toContainText(
    'Ctrl+Z',
  );
  await expect(list.getByRole('row', { name: /Kaart oppakken en neerzetten/ })).toHaveCount(2);
  await expectNoAxeViolations(page, 'dialog');
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Alleen geblokkeerd/ })).toBeFocused();

  // Also from the palette.
  await page.getByRole('searchbox').first().focus();
  await page.keyboard.press('?');
  await expect(list).toHaveCount(0);
  const { field } = await openPalette(page);
  await field.fill('sneltoetsen');
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
});

test('Escape closes the palette and puts the focus back on what had it', async ({ page }) => {
  await openBoard(page);
  const grouping = page.getByRole('combobox', { name: 'Groeperen op' });
  await grouping.focus();
  const { dialog } = await openPalette(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(grouping).toBeFocused();
});

test('the palette has zero axe violations, with results and with none', async ({ page }) => {
  await openBoard(page);
  const { field } = await openPalette(page);
  await expectNoAxeViolations(page, 'dialog');
  await field.fill('zzzzzz');
  await expect(page.getByText('Niets gevonden.')).toBeVisible();
  await expectNoAxeViolations(page, 'dialog');
});

test('"rapport exporteren" downloads the Markdown report of the current sprint; "back-up" the backup', async ({
  page,
}, testInfo) => {
  await openBoard(page);
  let { field } = await openPalette(page);
  await field.fill('rapport exporteren');
  await expect(activeOption(page)).toHaveText('Sprintrapport exporteren (Markdown)');
  const [report] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(report.suggestedFilename()).toBe('sprintrapport-sprint-4-2025.md');
  const file = testInfo.outputPath(report.suggestedFilename());
  await report.saveAs(file);
  expect(await readFile(file, 'utf8')).toContain(DPIA);
  await expect(page.getByText('sprintrapport-sprint-4-2025.md gedownload.')).toBeVisible();

  ({ field } = await openPalette(page));
  await field.fill('back-up');
  await expect(activeOption(page)).toHaveText('Back-up maken');
  const [backup] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(backup.suggestedFilename()).toBe('sprintbord-backup-2025-05-20.json');
});
