import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * The real Planner export. CI checks the repository out with shared/ beside it (as /work/main and
 * /work/shared); a worktree elsewhere points SHARED_FIXTURES at that folder.
 */
export const PLANNER_FIXTURE = path.resolve(
  process.env.SHARED_FIXTURES ??
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures'),
  'planner-export-2021.xlsx',
);

/** "Today" in the browser for the tests: inside sprint 4 of the demo plan (28 apr – 8 jun 2025). */
export const DEMO_TODAY = new Date('2025-05-20T09:00:00+02:00');

interface Fixtures {
  /** Every request the page made that did not go to the app's own origin. */
  foreignRequests: string[];
}

/**
 * Collects every request and WebSocket of a page that goes anywhere but the app's origin and
 * the `allowed` ones (the sync server a test configured, e.g. `ws://127.0.0.1:4520`).
 */
export function trackForeignRequests(
  page: Page,
  appUrl: string,
  allowed: readonly string[] = [],
): string[] {
  const foreign: string[] = [];
  const ok = new Set([new URL(appUrl).origin, ...allowed.map((a) => new URL(a).origin)]);
  const check = (url: string) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!ok.has(new URL(url).origin)) foreign.push(url);
  };
  page.on('request', (req) => check(req.url()));
  // WebSockets are no 'request' in Playwright; a sync connection must be checked too.
  page.on('websocket', (ws) => check(ws.url()));
  return foreign;
}

export const test = base.extend<Fixtures>({
  // Automatic: every test runs on the demo's 'today' and fails on any request off the app origin.
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign = trackForeignRequests(page, baseURL ?? 'http://127.0.0.1');
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

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Zero axe violations for WCAG 2.1 A and AA, plus unique landmark names: not a WCAG tag in axe,
 * but two regions with one name leave a screen-reader user unable to tell them apart.
 * `include` narrows the scan to a part of the page (a dialog, say).
 */
export async function expectNoAxeViolations(page: Page, include?: string) {
  let axe = new AxeBuilder({ page })
    .options({ rules: { 'landmark-unique': { enabled: true } } })
    .withTags(WCAG_TAGS);
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  expect(
    violations.map((v) => ({ rule: v.id, help: v.help, nodes: v.nodes.map((n) => n.target) })),
  ).toEqual([]);
}

/** The app in English, chosen the way a user does: with the language picker in the header. */
export async function switchToEnglish(page: Page) {
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

const DND_WORDS = {
  nl: { start: /opgepakt|boven/, over: 'boven' },
  en: { start: /Picked up|is over/, over: 'is over' },
};

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
  lang: 'nl' | 'en' = 'nl',
) {
  const words = DND_WORDS[lang];
  const live = page.locator('[id^="DndLiveRegion"]');
  await card.focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText(words.start);
  const over = `${words.over} ${target}`;
  for (let i = 0; i < 20 && !(await live.textContent())?.includes(over); i++) {
    const before = (await live.textContent()) ?? '';
    await page.keyboard.press(key);
    // One step at a time: the next key only after dnd-kit announced this one, however slow the
    // machine, so a busy browser cannot make the drag overshoot its target.
    await expect(live)
      .not.toHaveText(before, { timeout: 5_000 })
      .catch(() => undefined);
  }
  await expect(live).toContainText(over);
  await page.keyboard.press('Space');
}

/**
 * Clicks "Kopiëren voor Teams en Outlook" (the report page must be open, with clipboard
 * permissions) and reads back what the clipboard holds: its types, the HTML and the plain text.
 */
export async function copyForTeams(page: Page) {
  await page.getByRole('button', { name: 'Kopiëren voor Teams en Outlook' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'met opmaak en tabellen' }),
  ).toBeVisible();
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    return {
      types: [...item.types].sort(),
      html: await (await item.getType('text/html')).text(),
      text: await (await item.getType('text/plain')).text(),
    };
  });
}
