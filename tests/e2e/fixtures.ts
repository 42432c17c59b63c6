import { test as base, expect, type Page } from '@playwright/test';

/** "Today" in the browser for the tests: inside sprint 4 of the demo plan (28 apr – 8 jun 2025). */
export const DEMO_TODAY = new Date('2025-05-20T09:00:00+02:00');

interface Fixtures {
  /** Every request the page made that did not go to the app's own origin. */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  foreignRequests: async ({ page, baseURL }, use) => {
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
});

export async function openBoard(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarplan AI 2025');
}

export { expect };
