import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });
const DPIA = 'Opstellen van een DPIA M365 Copilot';
const MJP = 'Opvolgen (opmaak van) MJP';

test('closes sprint 4 and finds the carried-over task in sprint 5', async ({ page }) => {
  await openBoard(page, '/?sprint=4');
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  await page.getByRole('button', { name: 'Sprint afsluiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sprint 4 afsluiten' });
  await expect(dialog).toBeVisible();
  const dpia = dialog.getByRole('group', { name: new RegExp(`^${DPIA}`) });
  await expect(
    dpia.getByRole('radio', { name: 'Naar Sprint 5 · 9 jun – 20 jul 2025' }),
  ).toBeChecked();
  const blocked = dialog.getByRole('group', {
    name: /^Samenstelling en rollen kernteam wijzigen waar nodig/,
  });
  await blocked.getByRole('radio', { name: 'Naar de backlog' }).check();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations).toEqual([]);

  await dialog.getByRole('button', { name: 'Sprint afsluiten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByText(/^Sprint 4 afgesloten: \d+ naar de volgende sprint, 1 naar de backlog\.$/),
  ).toBeVisible();
  // The board follows the work to sprint 5.
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('5');
  const card = column(page, 'AI-rollen, processen en verantwoordelijkheden')
    .getByRole('listitem')
    .filter({ hasText: DPIA });
  await expect(card.getByText('2× doorgeschoven')).toBeVisible();

  await page.reload();
  await expect(
    column(page, 'AI-rollen, processen en verantwoordelijkheden')
      .getByRole('listitem')
      .filter({ hasText: DPIA })
      .getByText('2× doorgeschoven'),
  ).toBeVisible();
});

test('a closed sprint is read-only and links to its report; the plan opens on the next open sprint', async ({
  page,
}) => {
  await openBoard(page, '/?sprint=4');
  await page.getByRole('button', { name: 'Sprint afsluiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sprint 4 afsluiten' });
  await dialog
    .getByRole('group', { name: new RegExp(`^${MJP.replace(/[()]/g, '\\$&')}`) })
    .getByRole('radio', { name: 'In deze sprint laten' })
    .check();
  await dialog.getByRole('button', { name: 'Sprint afsluiten' }).click();
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('5');

  // Opened without a sprint in the address, today's sprint 4 is closed: sprint 5 is shown.
  await openBoard(page, '/');
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('5');
  await expect(page.getByRole('button', { name: '+ Taak toevoegen' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Vorige sprint' }).click();
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  await expect(page.getByText(/^Afgesloten op .*: alleen te bekijken\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Taak toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sprint afsluiten' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Sprintdoel' })).toHaveCount(0);
  // No card can be picked up: Space on a card starts no drag.
  const card = page.getByRole('button', { name: MJP, exact: true });
  await card.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]')).not.toContainText(/opgepakt/);
  // Space on a card that cannot move just presses it: the dialog opens, to be read.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('link', { name: 'Sprintrapport van sprint 4' }).click();
  await expect(page.getByRole('heading', { name: 'Sprintrapport sprint 4' })).toBeVisible();
});
