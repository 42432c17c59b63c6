import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** "Today" in the browser for the tests: inside sprint 4 of the demo plan (28 apr – 8 jun 2025). */
export const DEMO_TODAY = new Date('2025-05-20T09:00:00+02:00');

interface Fixtures {
  /** Every request the page made that did not go to the app's own origin. */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  // Automatic: every test runs on the demo's 'today' and fails on any request off the app origin.
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await page.clock.setFixedTime(DEMO_TODAY);
      await use(foreign);
      expect(foreign, 'requests outside the app origin').toEqual([]);
    },
    { auto: true },
  ],
});

export async function openBoard(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarplan AI 2025');
}

export { expect };

/**
 * Drags a card with the keyboard the way a screen-reader user does: Space, then the arrow key
 * until dnd-kit's live region says the card is over the wanted column, then Space. Waiting for
 * the announcement instead of counting key presses keeps the test independent of the layout.
 */
export async function dragByKeyboard(
  page: Page,
  card: Locator,
  key: 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp',
  target: string,
) {
  const live = page.locator('[id^="DndLiveRegion"]');
  await card.focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText(/opgepakt|boven/);
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press(key);
    try {
      await expect(live).toContainText(`boven ${target}`, { timeout: 400 });
      break;
    } catch {
      // not there yet: one more step
    }
  }
  await expect(live).toContainText(`boven ${target}`);
  await page.keyboard.press('Space');
}
