import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

// Every test asks for `foreignRequests`: that fixture fixes the clock at 20 May 2025 (sprint 4) and
// fails the test on any request outside the app.
const STRUCTUUR = 'Samenstelling en rollen kernteam wijzigen waar nodig';

/** Board columns are regions named "<column>, <n> taak/taken"; their cards are list items. */
const columns = (page: Page) => page.getByRole('region', { name: /, \d+ ta(ak|ken)$/ });
const cards = (page: Page) => columns(page).getByRole('listitem');
const blockedToggle = (page: Page) =>
  page.getByRole('button', { name: /^Alleen geblokkeerd \(\d+\)$/ });

async function columnTotal(page: Page): Promise<number> {
  const names = await columns(page).evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  );
  return names.reduce((sum, name) => sum + Number(/, (\d+) ta(?:ak|ken)$/.exec(name)?.[1] ?? 0), 0);
}

async function blockedCount(page: Page): Promise<number> {
  const name = (await blockedToggle(page).textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(name)?.[1] ?? NaN);
}

async function expectOnlyBlocked(page: Page, n: number) {
  await expect(blockedToggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(cards(page)).toHaveCount(n);
  await expect(cards(page).filter({ hasNotText: 'Geblokkeerd' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: STRUCTUUR })).toBeVisible();
  expect(await columnTotal(page)).toBe(n);
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.violations).toEqual([]);
}

test('"Alleen geblokkeerd (N)" leaves exactly the N blocked cards, survives a reload and is a link to share', async ({
  page,
  context,
  foreignRequests: _foreign,
}) => {
  await openBoard(page, '/?view=bord');
  await expect(cards(page).first()).toBeVisible();
  const n = await blockedCount(page);
  expect(n).toBeGreaterThanOrEqual(2);
  const all = await cards(page).count();
  expect(all).toBeGreaterThan(n);

  await blockedToggle(page).click();
  await expect(page).toHaveURL(/[?&]geblokkeerd=1/);
  await expectOnlyBlocked(page, n);
  // The toggle still counts the sprint's blocked tasks, filtered or not.
  expect(await blockedCount(page)).toBe(n);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarplan AI 2025');
  await expectOnlyBlocked(page, n);

  const shared = page.url();
  const other = await context.newPage();
  await other.goto(shared);
  await expectOnlyBlocked(other, n);
  await other.close();

  await page.goBack();
  await expect(blockedToggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(cards(page)).toHaveCount(all);
  await page.goForward();
  await expectOnlyBlocked(page, n);

  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(cards(page)).toHaveCount(all);
  await expect(page).not.toHaveURL(/geblokkeerd=1/);
});

test('"/" focuses the search, which ignores accents, and Escape clears it', async ({
  page,
  foreignRequests: _foreign,
}) => {
  await openBoard(page, '/?view=bord');
  await expect(cards(page).first()).toBeVisible();
  const all = await cards(page).count();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  await expect(search).toBeFocused();
  await page.keyboard.type('ENQUETE');
  await expect(page).toHaveURL(/[?&]q=ENQUETE/);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('AI-readiness-enquête invullen');
  await expect(
    page.getByRole('status').filter({ hasText: /1 van \d+ taken getoond/ }),
  ).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(cards(page)).toHaveCount(all);
});

test('the filter panel narrows the board by assignee and due date, and passes axe', async ({
  page,
  foreignRequests: _foreign,
}) => {
  await openBoard(page, '/?view=bord');
  await expect(cards(page).first()).toBeVisible();
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await filters.click();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);

  await page
    .getByRole('group', { name: 'Toegewezen aan' })
    .getByRole('checkbox', { name: 'Programmamanager' })
    .check();
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expect(page.getByRole('button', { name: STRUCTUUR })).toBeVisible();
  await page
    .getByRole('group', { name: 'Vervaldatum' })
    .getByRole('checkbox', { name: 'Geen vervaldatum' })
    .check();
  await expect(page).toHaveURL(/vervalt=geen-datum/);
  // Different filters are AND: every card left has no due date and is the programme manager's.
  await expect(page.getByRole('button', { name: STRUCTUUR })).toBeVisible();
  await expect(cards(page).filter({ hasText: /\d\d-\d\d/ })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Filters (2)' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('one click on "Alle geblokkeerde taken (N)" in the header lists every blocked task of the plan with its reason', async ({
  page,
  foreignRequests: _foreign,
}) => {
  await openBoard(page, '/?view=bord');
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: /^Alle geblokkeerde taken \(\d+\)$/ })
    .click();
  await expect(page).toHaveURL(/[?&]view=geblokkeerd/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Alle geblokkeerde taken' }),
  ).toBeVisible();

  const table = page.getByRole('table');
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: STRUCTUUR }) });
  await expect(row).toContainText('Wachten op de beslissing over de nieuwe organisatiestructuur');
  await expect(row).toContainText('Programmamanager');
  await expect(row.getByRole('link', { name: 'Sprint 4' })).toBeVisible();

  // All sprints and the backlog, not only the current sprint, longest blocked first.
  const sprints = await table.locator('tbody tr td:nth-of-type(5)').allTextContents();
  expect(new Set(sprints).size).toBeGreaterThan(1);
  const days = (await table.locator('tbody tr td:last-child strong').allTextContents()).map(Number);
  expect(days.length).toBeGreaterThan(2);
  expect(days).toEqual([...days].sort((a, b) => b - a));
  await expectNoAxeViolations(page);

  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  await search.fill('organisatiestructuur');
  await expect(table.getByRole('rowheader')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('rowheader', { name: STRUCTUUR })).toBeVisible();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(1);

  await row.getByRole('link', { name: 'Sprint 4' }).click();
  await expect(page).toHaveURL(/view=bord/);
  await expect(page.getByRole('button', { name: STRUCTUUR })).toBeVisible();
});
