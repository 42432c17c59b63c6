import type { Page } from '@playwright/test';
import { dragByKeyboard, expect, openBoard, switchToEnglish, test } from './fixtures';

// A user who reads English: switches the language in the header, plans, filters and opens the
// report, in English all the way.

const TITLE = 'Lunch session on AI literacy';

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ tasks?$`) });

test('in English: switch the language, add and move a task, filter, and see it in the report', async ({
  page,
}) => {
  // Many steps on a busy two-core machine.
  test.setTimeout(180_000);
  await openBoard(page);
  await switchToEnglish(page);
  await expect(
    page.getByRole('heading', { name: 'Sprint 4 · Apr 28 – Jun 8, 2025' }),
  ).toBeVisible();

  // Plan: add a task to a column, then move it to another one with the keyboard.
  const change = column(page, 'Verandermanagement');
  await change.getByRole('button', { name: 'Add task' }).click();
  const input = change.getByRole('textbox', { name: 'Title of the new task' });
  await input.fill(TITLE);
  await input.press('Enter');
  await expect(change.getByRole('button', { name: TITLE })).toBeVisible();
  await input.press('Escape');
  await dragByKeyboard(
    page,
    change.getByRole('button', { name: TITLE }),
    'ArrowRight',
    'Betrouwbare AI',
    'en',
  );
  await expect(column(page, 'Betrouwbare AI').getByRole('button', { name: TITLE })).toBeVisible();
  await expect(change.getByRole('button', { name: TITLE })).toHaveCount(0);

  // Filter: the search leaves only the new task on the board.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('Lunch session');
  await expect(
    page
      .getByRole('region', { name: /, \d+ tasks?$/ })
      .getByRole('listitem')
      .getByRole('button'),
  ).toHaveText([TITLE]);
  await search.press('Escape');
  await expect(search).toHaveValue('');

  // Report: the new task counts in sprint 4.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Sprint report' })
    .click();
  await expect(page.getByRole('heading', { name: 'Sprint report sprint 4' })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Totals of the sprint' })
      .getByRole('row', { name: 'Tasks in the sprint 17', exact: true }),
  ).toBeVisible();
});
