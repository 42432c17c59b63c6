import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });
const themeGroup = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Labels' })
    .getByRole('group', { name: new RegExp(`^${name} \\(\\d+ ta(ak|ken)\\)$`) });
const sprintRow = (page: Page, n: number) =>
  page
    .getByRole('region', { name: 'Sprintkalender' })
    .getByRole('row', { name: new RegExp(`^Sprint ${n}\\b`) });

async function openSettings(page: Page) {
  await openBoard(page);
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeVisible();
  await expect(themeGroup(page, 'Strategie en doelstellingen')).toBeVisible();
}

async function goToBoard(page: Page) {
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Bord' })
    .click();
}

test('renames a theme and the board shows the new name', async ({ page }) => {
  await openSettings(page);
  const name = themeGroup(page, 'Strategie en doelstellingen').getByRole('textbox', {
    name: 'Naam',
  });
  await name.fill('Strategie en beleid');
  await name.press('Enter');
  await expect(themeGroup(page, 'Strategie en beleid')).toBeVisible();
  await goToBoard(page);
  await expect(column(page, 'Strategie en beleid')).toBeVisible();
  await expect(
    column(page, 'Strategie en beleid').getByRole('button', {
      name: 'AI-readiness-enquête invullen',
    }),
  ).toBeVisible();
  await page.reload();
  await expect(column(page, 'Strategie en beleid')).toBeVisible();
});

test('stretches a sprint and the next sprint moves in the board’s sprint picker', async ({
  page,
}) => {
  await openSettings(page);
  await expect(sprintRow(page, 5)).toContainText('9 jun – 20 jul 2025');
  const weeks = sprintRow(page, 4).getByRole('spinbutton', {
    name: 'Lengte van sprint 4 in weken',
  });
  await weeks.fill('8');
  await weeks.press('Tab');
  await expect(sprintRow(page, 4)).toContainText('28 apr – 22 jun 2025');
  await expect(sprintRow(page, 5)).toContainText('23 jun – 3 aug 2025');
  await goToBoard(page);
  const picker = page.getByRole('combobox', { name: 'Sprint' });
  await expect(
    picker.getByRole('option', { name: 'Sprint 4 · 28 apr – 22 jun 2025' }),
  ).toBeAttached();
  await expect(
    picker.getByRole('option', { name: 'Sprint 5 · 23 jun – 3 aug 2025' }),
  ).toBeAttached();
});

test('refuses a sprint length of 0 with a Dutch message and keeps the calendar', async ({
  page,
}) => {
  await openSettings(page);
  const calendar = page.getByRole('region', { name: 'Sprintkalender' });
  const fallback = calendar.getByRole('spinbutton', { name: 'Standaardlengte in weken' });
  await fallback.fill('0');
  await fallback.press('Enter');
  await expect(calendar.getByRole('alert')).toHaveText(
    'Een sprint duurt minstens 1 week; 0 of minder kan niet.',
  );
  await expect(fallback).toHaveAttribute('aria-invalid', 'true');
  const weeks = sprintRow(page, 4).getByRole('spinbutton', {
    name: 'Lengte van sprint 4 in weken',
  });
  await weeks.fill('0');
  await weeks.press('Enter');
  await expect(sprintRow(page, 4).getByRole('alert')).toHaveText(
    'Een sprint duurt minstens 1 week; 0 of minder kan niet.',
  );
  await page.reload();
  await expect(calendar.getByRole('spinbutton', { name: 'Standaardlengte in weken' })).toHaveValue(
    '6',
  );
  await expect(sprintRow(page, 4)).toContainText('28 apr – 8 jun 2025');
  await expect(sprintRow(page, 5)).toContainText('9 jun – 20 jul 2025');
});

test('starts next year’s plan with the open tasks carried over, and switches back', async ({
  page,
}) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Volgend jaarplan starten' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Volgend jaarplan starten vanuit „Jaarplan AI 2025”',
  });
  await expect(dialog.getByRole('textbox', { name: 'Naam' })).toHaveValue('Jaarplan AI 2026');
  await expect(
    dialog.getByRole('textbox', { name: 'Start eerste sprint (dd-mm-jjjj)' }),
  ).toHaveValue('05-01-2026');
  await expect(dialog.getByRole('checkbox', { name: /^Open taken meenemen/ })).toBeChecked();
  const results = await new AxeBuilder({ page })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Jaarplan starten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaarplan AI 2026');
  await expect(sprintRow(page, 1)).toContainText('5 jan – 15 feb 2026');

  // On the board the open tasks of last year's sprint 4 are in sprint 1, marked as carried over.
  await goToBoard(page);
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('1');
  const rollen = column(page, 'AI-rollen, processen en verantwoordelijkheden');
  await expect(
    rollen.getByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' }),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  await page
    .getByRole('combobox', { name: 'Jaarplan kiezen' })
    .selectOption({ label: 'Jaarplan AI 2025 (2025)' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jaarplan AI 2025');
  await goToBoard(page);
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  await expect(
    column(page, 'AI-rollen, processen en verantwoordelijkheden').getByRole('button', {
      name: 'Opstellen van een DPIA M365 Copilot',
    }),
  ).toBeVisible();
});

test('the settings page has no accessibility violations', async ({ page }) => {
  await openSettings(page);
  // With a refused value on screen too: the message and the invalid field must pass as well.
  const name = themeGroup(page, 'Betrouwbare AI').getByRole('textbox', { name: 'Naam' });
  await name.fill('');
  await name.press('Enter');
  await expect(themeGroup(page, 'Betrouwbare AI').getByRole('alert')).toHaveText(
    'Geef een naam op.',
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});

test('"Ik ben" in Instellingen puts the chosen person on the history lines of the task dialog', async ({
  page,
  foreignRequests,
}) => {
  await openSettings(page);
  const me = page.getByRole('region', { name: 'Ik ben' });
  await me.getByRole('combobox', { name: 'Ik ben' }).selectOption({ label: 'Programmamanager' });
  await expect(page.getByText('Je werkt hier als Programmamanager.')).toBeAttached();
  await goToBoard(page);
  const task = 'Opstellen van een DPIA M365 Copilot';
  await page.getByRole('button', { name: task }).click();
  const dialog = page.getByRole('dialog', { name: task });
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Gepland' });
  await expect(
    dialog.getByRole('region', { name: 'Geschiedenis' }).getByRole('listitem').first(),
  ).toHaveText(/^Programmamanager · \d\d-\d\d-\d{4} \d\d:\d\d · Status: In uitvoering → Gepland$/);
  expect(foreignRequests).toEqual([]);
});
