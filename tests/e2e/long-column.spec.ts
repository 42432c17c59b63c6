import type { Locator, Page } from '@playwright/test';
import { dragByKeyboard, expect, expectNoAxeViolations, openBoard, test } from './fixtures';
import { column, dumpDatabase, putStoredRows } from './durability-helpers';

// A sprint of a big plan puts hundreds of cards in one column: the column renders only the cards
// in and near its scroll box, and everything a user does with a column still reaches every card.

const THEME = 'Verandermanagement';
const LONG = 300;
const pad = (n: number) => String(n).padStart(3, '0');
const title = (n: number) => `Lange kolom ${pad(n)}`;

/**
 * Writes LONG copies of a sprint-4 task of THEME straight into IndexedDB, ranked before every
 * other card of the column (Lange kolom 001 first), and reloads the board to read them.
 * Returns the number of cards the column then holds and, of those, the open ones (its list; the
 * done ones are folded away in a list of their own).
 */
async function fillColumn(page: Page): Promise<{ total: number; open: number }> {
  await openBoard(page);
  const before = Number(
    /, (\d+) ta/.exec((await column(page, THEME).getAttribute('aria-label')) ?? '')?.[1],
  );
  const db = await dumpDatabase(page);
  const themeId = db.themes!.find((t) => t.name === THEME)!.id;
  const sprintId = db.sprints!.find((s) => s.number === 4)!.id;
  const model = db.tasks!.find((t) => t.themeId === themeId && t.sprintId === sprintId)!;
  const rows = Array.from({ length: LONG }, (_, i) => ({
    ...model,
    status: 'gepland',
    completedAt: null,
    blockedSince: null,
    blockedReason: '',
    id: `long-${pad(i + 1)}`,
    title: title(i + 1),
    rank: -100_000 + i,
    plannerId: null,
  }));
  await putStoredRows(page, 'tasks', rows);
  await page.reload();
  const total = before + LONG;
  await expect(column(page, THEME)).toHaveAttribute('aria-label', `${THEME}, ${total} taken`);
  const done = db.tasks!.filter(
    (t) => t.themeId === themeId && t.sprintId === sprintId && t.status === 'afgerond',
  ).length;
  return { total, open: total - done };
}

/**
 * Scrolls the long column's box, once it holds the whole column's height: for the moment its
 * windowing code loads (once per page) the column shows a screenful of plain cards.
 */
async function scrollColumn(page: Page, top: number | 'end') {
  const box = column(page, THEME).locator('.card-scroll').first();
  await expect.poll(() => box.evaluate((el) => el.scrollHeight)).toBeGreaterThan(LONG * 50);
  await box.evaluate((el, top) => el.scrollTo({ top: top === 'end' ? el.scrollHeight : top }), top);
}

const card = (page: Page, n: number): Locator =>
  column(page, THEME).getByRole('button', { name: title(n), exact: true });
const itemOf = (button: Locator): Locator => button.locator('xpath=ancestor::li[1]');
const openCount = (page: Page) =>
  column(page, THEME).getByRole('list', { name: THEME }).getByRole('listitem');

test('a column of 300 cards renders a window of them; scrolling it brings the last in as "n of n"', async ({
  page,
}) => {
  const { open } = await fillColumn(page);
  await scrollColumn(page, 0);
  await expect(card(page, 1)).toBeVisible();
  const rendered = await openCount(page).count();
  expect(rendered).toBeLessThan(40);
  await expect(itemOf(card(page, 1))).toHaveAttribute('aria-posinset', '1');
  await expect(itemOf(card(page, 1))).toHaveAttribute('aria-setsize', String(open));
  await expect(card(page, LONG)).toHaveCount(0);

  await scrollColumn(page, 'end');
  await expect(card(page, LONG)).toBeVisible();
  await expect(itemOf(card(page, LONG))).toHaveAttribute('aria-posinset', String(LONG));
  await expect(card(page, 1)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('Tab walks a long column card by card past the cards first rendered', async ({ page }) => {
  await fillColumn(page);
  await scrollColumn(page, 0);
  const first = card(page, 1);
  await first.focus();
  const rendered = await openCount(page).count();
  const steps = rendered + 10;
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press('Tab');
    await expect(card(page, i + 1)).toBeFocused();
  }
  await expect(card(page, steps + 1)).toBeInViewport();
  await expect(itemOf(card(page, steps + 1))).toHaveAttribute('aria-posinset', String(steps + 1));
  await page.keyboard.press('Shift+Tab');
  await expect(card(page, steps)).toBeFocused();
});

test('a card dragged by keyboard down a long column, past the cards first rendered, lands there', async ({
  page,
}) => {
  await fillColumn(page);
  await scrollColumn(page, 0);
  const live = page.locator('[id^="DndLiveRegion"]');
  const rendered = await openCount(page).count();
  const steps = rendered + 5;
  await card(page, 1).focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText(`boven ${THEME}`);
  // The dragged card's place shifts with every step: the next key only once this one moved it.
  const dragged = column(page, THEME).locator('li:has(.card-dragging)');
  for (let i = 0; i < steps; i++) {
    const before = await dragged.getAttribute('style');
    await page.keyboard.press('ArrowDown');
    await expect(dragged).not.toHaveAttribute('style', before ?? '');
  }
  await expect(live).toContainText(`boven ${THEME}`);
  await page.keyboard.press('Space');
  await expect(itemOf(card(page, 1))).toHaveAttribute('aria-posinset', String(steps + 1));
  await expect(card(page, 1)).toBeVisible();
  // Stored there: after a reload the card still stands after the ones it was dropped below.
  await page.reload();
  await scrollColumn(page, steps * 100);
  await expect(itemOf(card(page, 1))).toHaveAttribute('aria-posinset', String(steps + 1));
});

test('a card dragged by keyboard into a long column lands in it and stays after a reload', async ({
  page,
}) => {
  const { total, open } = await fillColumn(page);
  const moved = column(page, 'Betrouwbare AI').getByRole('listitem').getByRole('button').first();
  const name = (await moved.textContent()) ?? '';
  await dragByKeyboard(page, moved, 'ArrowLeft', THEME);
  await expect(column(page, THEME)).toHaveAttribute('aria-label', `${THEME}, ${total + 1} taken`);
  const arrived = column(page, THEME).getByRole('button', { name, exact: true });
  await expect(arrived).toBeVisible();
  await expect(itemOf(arrived)).toHaveAttribute('aria-setsize', String(open + 1));
  await page.reload();
  await expect(column(page, THEME)).toHaveAttribute('aria-label', `${THEME}, ${total + 1} taken`);
  await expect(
    column(page, 'Betrouwbare AI').getByRole('button', { name, exact: true }),
  ).toHaveCount(0);
});
