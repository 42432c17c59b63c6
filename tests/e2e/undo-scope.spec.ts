import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

// Bug "undo outlives its plan": an undo step belongs to the plan it was recorded in.

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name }).click();

test('Ctrl+Z in another year plan does not undo the task added in the first one', async ({
  page,
}) => {
  await openBoard(page);
  const col = column(page, 'Verandermanagement');
  await col.getByRole('button', { name: 'Taak toevoegen' }).click();
  await col.getByRole('textbox', { name: 'Titel van de nieuwe taak' }).fill('Alleen in 2025');
  await page.keyboard.press('Enter');
  await expect(col.getByRole('button', { name: 'Alleen in 2025' })).toBeVisible();

  await nav(page, 'Instellingen');
  await page.getByRole('button', { name: 'Volgend jaarplan starten' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Volgend jaarplan starten vanuit „Jaarplan AI 2025”',
  });
  await dialog.getByRole('button', { name: 'Jaarplan starten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaarplan AI 2026');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Er is niets ongedaan te maken in dit jaarplan.')).toBeVisible();

  await page
    .getByRole('combobox', { name: 'Jaarplan kiezen' })
    .selectOption({ label: 'Jaarplan AI 2025 (2025)' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaarplan AI 2025');
  await nav(page, 'Bord');
  await expect(
    column(page, 'Verandermanagement').getByRole('button', { name: 'Alleen in 2025' }),
  ).toBeVisible();
});
