import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { dragByKeyboard, expect, openBoard, test } from './fixtures';

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });

test('opens on the current sprint with the Planner columns and cards', async ({ page }) => {
  await openBoard(page);
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  await expect(page.getByRole('heading', { name: 'Sprint 4 · 28 apr – 8 jun 2025' })).toBeVisible();
  const rollen = column(page, 'AI-rollen, processen en verantwoordelijkheden');
  await expect(
    rollen.getByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' }),
  ).toBeVisible();
  const blocked = rollen
    .getByRole('listitem')
    .filter({ hasText: 'Samenstelling en rollen kernteam' });
  await expect(blocked.getByText(/Geblokkeerd, \d+ dagen/)).toBeVisible();
  await page.getByRole('button', { name: 'Volgende sprint' }).click();
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('5');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});

test('drags a card by keyboard from Strategie to Betrouwbare AI and keeps it after reload', async ({
  page,
}) => {
  await openBoard(page);
  const card = column(page, 'Strategie en doelstellingen').getByRole('button', {
    name: 'AI-readiness-enquête invullen',
  });
  await dragByKeyboard(page, card, 'ArrowRight', 'Betrouwbare AI');
  const target = column(page, 'Betrouwbare AI');
  await expect(target.getByRole('button', { name: 'AI-readiness-enquête invullen' })).toBeVisible();
  await page.reload();
  await expect(
    column(page, 'Betrouwbare AI').getByRole('button', { name: 'AI-readiness-enquête invullen' }),
  ).toBeVisible();
  await expect(
    column(page, 'Strategie en doelstellingen').getByRole('button', {
      name: 'AI-readiness-enquête invullen',
    }),
  ).toHaveCount(0);
});

test('drags a card by mouse from Gepland to In uitvoering in status grouping', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption('status');
  const card = column(page, 'Gepland').getByRole('button', {
    name: 'EU AI Act: welke artikels verder actief in 2025?',
  });
  const target = column(page, 'In uitvoering');
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      from.x + ((to.x + to.width / 2 - from.x) * i) / steps,
      from.y + ((to.y + 120 - from.y) * i) / steps,
    );
    await page.waitForTimeout(20);
  }
  await page.mouse.up();
  await expect(
    target.getByRole('button', { name: 'EU AI Act: welke artikels verder actief in 2025?' }),
  ).toBeVisible();
  await page.reload();
  await expect(
    column(page, 'In uitvoering').getByRole('button', {
      name: 'EU AI Act: welke artikels verder actief in 2025?',
    }),
  ).toBeVisible();
  // The grouping choice survives the reload.
  await expect(page.getByRole('combobox', { name: 'Groeperen op' })).toHaveValue('status');
});

test('adds a task in a column; Escape cancels and an empty title is refused', async ({ page }) => {
  await openBoard(page);
  const col = column(page, 'Verandermanagement');
  await col.getByRole('button', { name: 'Taak toevoegen' }).click();
  const input = col.getByRole('textbox', { name: 'Titel van de nieuwe taak' });
  await input.press('Enter');
  await expect(col.getByRole('alert')).toHaveText('Geef een titel op.');
  await input.fill('Lunchsessie AI-geletterdheid');
  await input.press('Enter');
  await expect(col.getByRole('button', { name: 'Lunchsessie AI-geletterdheid' })).toBeVisible();
  await input.fill('Wordt niet bewaard');
  await input.press('Escape');
  await expect(col.getByRole('button', { name: 'Wordt niet bewaard' })).toHaveCount(0);
  await page.reload();
  await expect(
    column(page, 'Verandermanagement').getByRole('button', {
      name: 'Lunchsessie AI-geletterdheid',
    }),
  ).toBeVisible();
});

test('a drop into Geblokkeerd asks for the reason; undo with Ctrl+Z', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption('status');
  const card = column(page, 'In uitvoering').getByRole('button', {
    name: 'Opvolgen (opmaak van) MJP',
  });
  await dragByKeyboard(page, card, 'ArrowRight', 'Geblokkeerd');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const reason = dialog.getByRole('textbox', { name: 'Reden blokkering' });
  // The answer is typed first, so the focus starts in the field, not on Annuleren.
  await expect(reason).toBeFocused();
  await dialog.getByRole('button', { name: 'Blokkeren' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Geef een reden op.');
  await reason.fill('Wacht op de begrotingscijfers');
  await dialog.getByRole('button', { name: 'Blokkeren' }).click();
  const blocked = column(page, 'Geblokkeerd');
  await expect(blocked.getByRole('button', { name: 'Opvolgen (opmaak van) MJP' })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(
    column(page, 'In uitvoering').getByRole('button', { name: 'Opvolgen (opmaak van) MJP' }),
  ).toBeVisible();
});

test('every card is reached by Tab and opens with Enter; swimlanes by label', async ({ page }) => {
  await openBoard(page);
  const cards = page
    .getByRole('region', { name: /, \d+ ta(ak|ken)$/ })
    .getByRole('listitem')
    .getByRole('button');
  // The sprint's cards arrive together, after the plan: read them once they are there.
  await expect(cards.first()).toBeVisible();
  const all = await cards.allInnerTexts();
  expect(all.length).toBeGreaterThan(5);
  // Only the keyboard: Tab from the top of the page until every card has had the focus once.
  const reached = new Set<string>();
  for (let i = 0; i < 300 && reached.size < all.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLButtonElement && el.closest('li') ? el.innerText : null;
    });
    if (focused !== null && all.includes(focused)) reached.add(focused);
  }
  expect([...reached].sort()).toEqual([...all].sort());

  // Tab on to the card, then Enter opens it.
  const card = column(page, 'Betrouwbare AI').getByRole('button', { name: 'Uitwerken rol CAICO' });
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 300 && !(await card.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(card).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Uitwerken rol CAICO' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption('status');
  await page.getByRole('combobox', { name: 'Swimlanes' }).selectOption('label');
  const lane = page.getByRole('region', { name: 'Swimlane Betrouwbare AI' });
  await expect(
    lane
      .getByRole('region', { name: /^In uitvoering, \d+ ta(ak|ken)$/ })
      .getByRole('button', { name: 'Uitwerken rol CAICO' }),
  ).toBeVisible();
});
