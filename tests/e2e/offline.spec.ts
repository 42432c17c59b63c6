import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';
import { addOne, column, openAddField, storedTitles } from './durability-helpers';

const THEME = 'Verandermanagement';

/** After the first visit the service worker is installed; one reload puts the page under it. */
async function underServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

test('after one visit the board opens and takes edits with the network off', async ({
  page,
  context,
  foreignRequests,
}) => {
  await openBoard(page);
  // The first install says once that the app is ready to work offline.
  await expect(
    page.getByRole('status').filter({ hasText: 'Sprintbord werkt nu ook zonder netwerk.' }),
  ).toBeVisible();
  await underServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarplan AI 2025');
  await expect(
    page.getByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' }),
  ).toBeVisible();

  const field = await openAddField(page, THEME);
  await addOne(field, 'Offline toegevoegd');
  await expect(
    column(page, THEME).getByRole('button', { name: 'Offline toegevoegd' }),
  ).toBeVisible();

  // Another screen, opened by URL while offline: the navigation falls back to the cached shell.
  await page.goto('/?view=gegevens');
  await expect(page.getByRole('heading', { name: 'Gegevens', level: 2 })).toBeVisible();
  await page.goto('/');
  await expect(
    column(page, THEME).getByRole('button', { name: 'Offline toegevoegd' }),
  ).toBeVisible();
  expect(await storedTitles(page)).toContain('Offline toegevoegd');
  await context.setOffline(false);
  expect(foreignRequests).toEqual([]);
});

test('the lazily loaded report and Excel code are precached, so an export works offline', async ({
  page,
  context,
  foreignRequests,
}) => {
  await openBoard(page);
  await underServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const urls: string[] = [];
    for (const key of keys)
      for (const req of await (await caches.open(key)).keys()) urls.push(new URL(req.url).pathname);
    return urls;
  });
  expect(cached.some((u) => /exceljs.*\.js$/.test(u))).toBe(true);
  expect(cached).toEqual(
    expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/pwa-192x192.png']),
  );

  await context.setOffline(true);
  await page.goto('/?view=rapport');
  await expect(page.getByRole('heading', { name: 'Sprintrapport', level: 2 })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await context.setOffline(false);
  expect(foreignRequests).toEqual([]);
});

test('the manifest makes the app installable: name, Dutch, theme colour, real icons', async ({
  page,
  request,
  foreignRequests,
}) => {
  await openBoard(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({
    name: 'Sprintbord',
    short_name: 'Sprintbord',
    lang: 'nl-BE',
    theme_color: '#0b3a5d',
    display: 'standalone',
    start_url: '.',
  });
  expect(
    manifest.icons.map(
      (i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`,
    ),
  ).toEqual(['192x192', '512x512', '512x512 maskable']);
  for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
    const res = await request.get(`/${icon.src}`);
    expect(res.headers()['content-type']).toBe('image/png');
    const body = await res.body();
    // PNG signature, then the IHDR width and height.
    expect(body.subarray(1, 4).toString('ascii')).toBe('PNG');
    const [w, h] = icon.sizes.split('x').map(Number);
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([w, h]);
  }
  expect(foreignRequests).toEqual([]);
});

test('settings show persistent storage and space used, without accessibility violations', async ({
  page,
  foreignRequests,
}) => {
  await openBoard(page, '/?view=instellingen');
  const panel = page.getByRole('region', { name: 'Opslag op dit toestel' });
  await expect(panel.getByText(/^Blijvende opslag: (toegestaan|niet toegestaan)$/)).toBeVisible();
  await expect(panel.getByText(/^Gebruikt: \d+(,\d)? MB$/)).toBeVisible();
  await expect(
    panel.getByText(/^Beschikbaar: [\d.]+(,\d)? MB \(van [\d.]+(,\d)? MB\)$/),
  ).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include('.storage-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
