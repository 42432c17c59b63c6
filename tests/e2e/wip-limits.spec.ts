import type { Page } from '@playwright/test';
import {
  dragByKeyboard,
  expect,
  expectNoAxeViolations,
  openBoard,
  switchToEnglish,
  test,
} from './fixtures';

// Soft WIP limits, as a Jira user knows them: a limit on a board column, "7 / 5" in its header,
// a warning in words above it, a drop into a full column allowed and said, and the report's list.

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });

async function countOf(page: Page, name: string): Promise<number> {
  const label = await column(page, name).getAttribute('aria-label');
  return Number(/, (\d+) ta(ak|ken)$/.exec(label ?? '')?.[1]);
}

test('a WIP limit set from the column header shows "n / limit", warns above it, and a keyboard drop into the full column is stored and said; the Sprintrapport lists the column', async ({
  page,
}) => {
  await openBoard(page);
  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption('status');
  const bezig = column(page, 'In uitvoering');
  await expect(bezig.getByRole('listitem').first()).toBeVisible();
  const n = await countOf(page, 'In uitvoering');
  expect(n).toBeGreaterThan(1);

  // The header's button opens a small dialog; a bad number is refused there and nothing changes.
  const edit = bezig.getByRole('button', { name: 'WIP-limiet instellen voor In uitvoering' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'WIP-limiet voor In uitvoering' });
  const field = dialog.getByRole('textbox', { name: 'WIP-limiet' });
  await expect(field).toBeFocused();
  await field.fill('0');
  await field.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(
    'Een WIP-limiet is minstens 1. Laat het veld leeg voor geen limiet.',
  );
  await expectNoAxeViolations(page, 'dialog');
  await field.fill(String(n));
  await field.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(edit).toBeFocused();

  // Exactly at the limit: "n / n" and "Vol".
  const head = bezig.locator('header');
  await expect(head.getByText(`${n} / ${n}`, { exact: true })).toBeVisible();
  await expect(head).toContainText(`${n} taken, limiet ${n}`);
  await expect(head.getByText('Vol', { exact: true })).toBeVisible();

  // A drop by keyboard into the full column goes through, and the board says it is over.
  const card = column(page, 'Gepland').locator('.card-title').first();
  const title = await card.innerText();
  await dragByKeyboard(page, card, 'ArrowRight', 'In uitvoering');
  await expect(
    page.getByText(`Kolom In uitvoering zit boven de WIP-limiet (${n + 1} / ${n})`),
  ).toBeVisible();
  await expect(bezig.getByRole('button', { name: title, exact: true })).toBeVisible();
  await expect(head.getByText(`${n + 1} / ${n}`, { exact: true })).toBeVisible();
  await expect(head).toContainText(`${n + 1} taken, limiet ${n}`);
  await expect(head.getByText('Boven limiet')).toBeVisible();
  await expect(head).toContainText('⚠');
  await expectNoAxeViolations(page);

  // The Sprintrapport lists the column that went over, with its days.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Sprintrapport' })
    .click();
  const section = page.getByRole('region', { name: 'WIP-limieten overschreden' });
  const row = section.getByRole('row', { name: /^In uitvoering/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(0)).toHaveText('Status');
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(n));
  await expect(row.getByRole('cell').nth(2)).not.toHaveText('0');
  await expectNoAxeViolations(page);
});

test('WIP limits set in Instellingen: a bad number is refused in Dutch, a good one shows on the board per status and per label', async ({
  page,
}) => {
  await openBoard(page);
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  const section = page.getByRole('region', { name: 'WIP-limieten' });
  await expect(section).toBeVisible();

  const gepland = section.getByRole('textbox', { name: 'Gepland', exact: true });
  await gepland.fill('twee');
  await gepland.press('Enter');
  await expect(section.getByRole('alert')).toHaveText(
    'Geef een geheel getal, bijvoorbeeld 5, of laat het veld leeg.',
  );
  await gepland.fill('40');
  await gepland.press('Enter');
  await expect(section.getByRole('alert')).toHaveCount(0);

  const theme = section.getByRole('textbox', { name: 'Betrouwbare AI', exact: true });
  await theme.fill('1');
  await theme.press('Enter');
  await expect(page.getByText('Betrouwbare AI: bewaard.')).toBeAttached();
  await expectNoAxeViolations(page);

  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Bord' })
    .click();
  // Grouped by label (the default): Betrouwbare AI holds more than one open task.
  const betrouwbaar = column(page, 'Betrouwbare AI');
  await expect(betrouwbaar.getByRole('listitem').first()).toBeVisible();
  await expect(betrouwbaar.locator('header')).toContainText(/\d+ taken, limiet 1/);
  await expect(betrouwbaar.locator('header').getByText('Boven limiet')).toBeVisible();

  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption('status');
  const geplandCol = column(page, 'Gepland');
  await expect(geplandCol.locator('header')).toContainText(/\d+ taken, limiet 40/);
  await expect(geplandCol.locator('header').getByText('Boven limiet')).toHaveCount(0);
});

test('in English the header, its dialog, the drop notice and the report section are English', async ({
  page,
}) => {
  await openBoard(page);
  await switchToEnglish(page);
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('status');
  const inProgress = page.getByRole('region', { name: /^In progress, \d+ tasks?$/ });
  await expect(inProgress.getByRole('listitem').first()).toBeVisible();
  await inProgress.getByRole('button', { name: 'Set WIP limit for In progress' }).click();
  const dialog = page.getByRole('dialog', { name: 'WIP limit for In progress' });
  await dialog.getByRole('textbox', { name: 'WIP limit' }).fill('1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const head = inProgress.locator('header');
  await expect(head.getByText('Over limit')).toBeVisible();
  await expect(head).toContainText(/\d+ tasks, limit 1/);
  const card = page
    .getByRole('region', { name: /^Planned, \d+ tasks?$/ })
    .locator('.card-title')
    .first();
  await dragByKeyboard(page, card, 'ArrowRight', 'In progress', 'en');
  await expect(
    page.getByText(/^Column In progress is over its WIP limit \(\d+ \/ 1\)$/),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Sprint report' })
    .click();
  const section = page.getByRole('region', { name: 'WIP limits exceeded' });
  await expect(section.getByRole('columnheader', { name: 'Days over limit' })).toBeVisible();
  await expect(section.getByRole('row', { name: /^In progress/ })).toBeVisible();
});
