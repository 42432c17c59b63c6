import { expect, expectNoAxeViolations, openBoard, switchToEnglish, test } from './fixtures';

// Issue 16, fault 10: an English browser (en-US) with the app in Dutch. The date fields follow
// the app's language — dd-mm-jjjj in Dutch, mm/dd/yyyy in English — never the browser's.
test.use({ locale: 'en-US' });

const DPIA = 'Opstellen van een DPIA M365 Copilot';

test('in an en-US browser the task dialog shows and reads dates as dd-mm-jjjj, and its calendar works by keyboard', async ({
  page,
}) => {
  await openBoard(page);
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await page.getByRole('button', { name: DPIA, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: DPIA });
  const due = dialog.getByRole('textbox', { name: 'Vervaldatum' });
  await expect(due).toHaveValue('08-06-2025');
  await expect(due).toHaveAccessibleDescription('dd-mm-jjjj');

  await due.fill('12-6-2025');
  await due.press('Enter');
  await expect(due).toHaveValue('12-06-2025');

  // The calendar: opened from its button by keyboard, on the stored day; arrows and Enter pick.
  const pick = dialog.getByRole('button', { name: 'Kalender voor Vervaldatum' });
  await pick.focus();
  await page.keyboard.press('Enter');
  const calendar = dialog.getByRole('group', { name: 'Kalender voor Vervaldatum' });
  await expect(calendar.getByRole('grid')).toBeVisible();
  await expect(calendar.getByRole('grid')).toHaveAccessibleName(/juni 2025/);
  await expectNoAxeViolations(page, 'dialog');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(calendar).toHaveCount(0);
  await expect(pick).toBeFocused();
  await expect(due).toHaveValue('13-06-2025');

  // Escape closes the calendar, not the task dialog.
  await page.keyboard.press('Enter');
  await expect(calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toHaveCount(0);
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: DPIA })).toContainText('13-06');

  // In English the same field reads month first.
  await switchToEnglish(page);
  await page.getByRole('button', { name: DPIA, exact: true }).click();
  const english = page.getByRole('dialog', { name: DPIA });
  const dueEn = english.getByRole('textbox', { name: 'Due date' });
  await expect(dueEn).toHaveValue('06/13/2025');
  await dueEn.fill('6/20/2025');
  await dueEn.press('Enter');
  await expect(dueEn).toHaveValue('06/20/2025');
});

test('in an en-US browser the sprint calendar start in Instellingen is dd-mm-jjjj with a calendar beside it', async ({
  page,
}) => {
  await openBoard(page, '/?view=instellingen');
  const start = page.getByRole('textbox', { name: 'Start eerste sprint (dd-mm-jjjj)' });
  await expect(start).toHaveValue('06-01-2025');
  await page
    .getByRole('button', { name: 'Kalender voor Start eerste sprint (dd-mm-jjjj)' })
    .click();
  await expect(
    page
      .getByRole('group', { name: 'Kalender voor Start eerste sprint (dd-mm-jjjj)' })
      .getByRole('grid'),
  ).toHaveAccessibleName(/januari 2025/);
  await page.keyboard.press('Escape');
  await start.fill('13-01-2025');
  await start.press('Enter');
  await expect(start).toHaveValue('13-01-2025');
});
