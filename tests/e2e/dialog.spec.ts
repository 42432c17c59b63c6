import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });
const ROLLEN = 'AI-rollen, processen en verantwoordelijkheden';
const DPIA = 'Opstellen van een DPIA M365 Copilot';

test('edits a task in the dialog and keeps the change over a reload', async ({ page }) => {
  await openBoard(page);
  await column(page, ROLLEN).getByRole('button', { name: DPIA }).click();
  const dialog = page.getByRole('dialog', { name: DPIA });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toHaveValue(DPIA);
  await expect(dialog.getByText('1× doorgeschoven')).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations).toEqual([]);

  await dialog.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('DPO gaf positief advies');
  await dialog.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(
    dialog.getByRole('region', { name: 'Notities' }).getByRole('listitem').first(),
  ).toContainText('20-05-2025');
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Afgerond' });
  await expect(
    dialog.getByRole('region', { name: 'Geschiedenis' }).getByRole('listitem').first(),
  ).toContainText('Status: In uitvoering → Afgerond');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toHaveCount(0);

  await page.reload();
  const rollen = column(page, ROLLEN);
  await rollen.getByText(/^Afgeronde taken \(\d+\)$/).click();
  await rollen.getByRole('button', { name: DPIA }).click();
  const again = page.getByRole('dialog', { name: DPIA });
  await expect(again.getByRole('combobox', { name: 'Status' })).toHaveValue('afgerond');
  await expect(again.getByText('DPO gaf positief advies')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(again).toHaveCount(0);
  // The keyboard user is back on the card that opened the dialog.
  await expect(rollen.getByRole('button', { name: DPIA })).toBeFocused();
});

test('a blocked task shows its reason and blocking tasks; axe-clean', async ({ page }) => {
  await openBoard(page);
  await column(page, ROLLEN)
    .getByRole('button', { name: 'Samenstelling en rollen kernteam wijzigen waar nodig' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'Samenstelling en rollen kernteam wijzigen waar nodig',
  });
  await expect(dialog.getByRole('textbox', { name: 'Reden blokkering' })).not.toHaveValue('');
  await expect(dialog.getByText(/^Geblokkeerd sinds \d\d-\d\d-2025 \(\d+ dagen\)$/)).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Blokkerende taak zoeken' }).fill('DPIA M365');
  await dialog.getByRole('button', { name: `„${DPIA}” toevoegen als blokkerende taak` }).click();
  await expect(
    dialog.getByRole('group', { name: 'Geblokkeerd door' }).getByText(DPIA),
  ).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
});

test('deletes a task after confirmation and brings it back with Ongedaan maken', async ({
  page,
}) => {
  await openBoard(page);
  const title = 'Werking kernteam: gebruik MS Loop i.p.v. OneNote?';
  const card = column(page, ROLLEN).getByRole('button', { name: title });
  await card.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('button', { name: 'Taak verwijderen' }).click();
  const confirm = dialog.getByRole('group', { name: 'Weet je het zeker?' });
  await expect(confirm.getByRole('button', { name: 'Verwijderen' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Taak verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(column(page, ROLLEN).getByRole('button', { name: title })).toHaveCount(0);

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(column(page, ROLLEN).getByRole('button', { name: title })).toBeVisible();
  await page.reload();
  await expect(column(page, ROLLEN).getByRole('button', { name: title })).toBeVisible();
});
