import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

// Issue 16, fault 7: a task added with "Taak toevoegen" is shown where it landed (scrolled into
// view, briefly highlighted) and takes the values of its column and swimlane.

const column = (scope: Page | ReturnType<Page['getByRole']>, name: string) =>
  scope.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });

async function addIn(page: Page, col: ReturnType<Page['getByRole']>, title: string) {
  await col.getByRole('button', { name: 'Taak toevoegen' }).click();
  await col.getByRole('textbox', { name: 'Titel van de nieuwe taak' }).fill(title);
  await page.keyboard.press('Enter');
}

test.describe('on a short screen', () => {
  test.use({ viewport: { width: 1280, height: 420 } });

  test('a task quick-added to a column is scrolled into view and highlighted at the bottom', async ({
    page,
  }) => {
    await openBoard(page);
    const col = column(page, 'AI-rollen, processen en verantwoordelijkheden');
    await expect(col.getByRole('listitem').first()).toBeVisible();
    await addIn(page, col, 'Nieuwe taak onderaan');
    const card = col.getByRole('listitem').filter({ hasText: 'Nieuwe taak onderaan' });
    await expect(card).toBeInViewport();
    await expect(card).toHaveClass(/card-new/);
    // It is the last card of the column, and the only one marked.
    await expect(col.getByRole('list').getByRole('listitem').last()).toHaveText(
      /Nieuwe taak onderaan/,
    );
    await expect(page.locator('.card-new')).toHaveCount(1);
  });
});

test('a task quick-added in a swimlane gets the status of its column and the person of its lane', async ({
  page,
}) => {
  await openBoard(page);
  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption('status');
  await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('assignee');
  const lane = () => page.getByRole('region', { name: 'Swimlane HR' });
  await addIn(page, column(lane(), 'In uitvoering'), 'Opleidingsplan HR bijwerken');
  await expect(
    column(lane(), 'In uitvoering').getByRole('button', { name: 'Opleidingsplan HR bijwerken' }),
  ).toBeVisible();

  await page.reload();
  await expect(
    column(lane(), 'In uitvoering').getByRole('button', { name: 'Opleidingsplan HR bijwerken' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Opleidingsplan HR bijwerken', exact: true }),
  ).toHaveCount(1);
});

test('a task quick-added under "Deze week" is due at the end of this week', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption('due');
  const col = () => column(page, 'Deze week');
  await addIn(page, col(), 'Verslag kernteam rondsturen');
  // Today is Tuesday 20 May 2025: the week ends on Sunday 25 May.
  const card = col().getByRole('listitem').filter({ hasText: 'Verslag kernteam rondsturen' });
  await expect(card.getByText('25-05')).toBeVisible();
});
