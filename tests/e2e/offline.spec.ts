import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dragByKeyboard, expect, openBoard, test } from './fixtures';
import { addOne, column, dumpDatabase, openAddField, storedTitles } from './durability-helpers';

const THEME = 'Verandermanagement';

// Every other spec blocks the service worker; this one is about it.
test.use({ serviceWorkers: 'allow' });

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

const OFFLINE_NOTICE = 'Sprintbord werkt nu ook zonder netwerk.';

test('done when: with the network cable out, the team opens, plans, closes the sprint and exports the report', async ({
  page,
  context,
  foreignRequests,
}) => {
  test.setTimeout(120_000);
  // The one visit with network, then the cable goes out for the rest of the test.
  await openBoard(page);
  await underServiceWorker(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // A file the service worker does not keep has to come from the network, which is gone.
  const probe = () =>
    page.evaluate(() =>
      fetch(`/niet-in-de-cache-${Date.now()}.txt`).then(
        () => 'network',
        () => 'no network',
      ),
    );
  expect(await probe()).toBe('no network');

  // Open.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarplan AI 2025');
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');

  // Plan: add a task and move one to Afgerond.
  const field = await openAddField(page, THEME);
  await addOne(field, 'Offline gepland');
  await field.press('Escape');
  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption('status');
  const card = column(page, 'In uitvoering').getByRole('button', {
    name: 'Kennisdeling: AI-projectshowcases',
  });
  await dragByKeyboard(page, card, 'ArrowRight', 'Afgerond');
  await expect(
    column(page, 'Afgerond').getByRole('button', { name: 'Kennisdeling: AI-projectshowcases' }),
  ).toBeVisible();

  // Close the sprint.
  await page.getByRole('button', { name: 'Sprint afsluiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sprint 4 afsluiten' });
  await expect(dialog.getByRole('group', { name: /^Offline gepland/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Sprint afsluiten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/^Sprint 4 afgesloten: \d+ naar de volgende sprint/)).toBeVisible();
  const sprint4 = ((await dumpDatabase(page)).sprints ?? []).find((s) => s.number === 4)!;
  expect(sprint4.closedAt).not.toBeNull();

  // Export the report of the closed sprint: its lazily loaded code comes from the cache.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Sprintrapport' })
    .click();
  await expect(page.getByRole('heading', { name: /^Sprintrapport sprint \d$/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Sprint' }).selectOption('4');
  await expect(page.getByRole('heading', { name: 'Sprintrapport sprint 4' })).toBeVisible();
  await expect(page.getByText(/Afgesloten op/).first()).toBeVisible();

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Markdown downloaden' }).click(),
  ]);
  expect(md.suggestedFilename()).toBe('sprintrapport-sprint-4-2025.md');
  const text = await readFile(await md.path(), 'utf8');
  expect(text.startsWith('# Sprintrapport sprint 4\n')).toBe(true);
  expect(text).toContain('Offline gepland');
  expect(text).toContain('| Afgerond | 3 |');

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel downloaden' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('sprintrapport-sprint-4-2025.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
  const tasks = book.getWorksheet('Taken')!;
  const titles = tasks.getColumn(1).values.map((v) => String(v ?? ''));
  expect(titles).toEqual(
    expect.arrayContaining(['Offline gepland', 'Kennisdeling: AI-projectshowcases']),
  );

  expect(await probe()).toBe('no network');
  await context.setOffline(false);
  expect(foreignRequests).toEqual([]);
});

test('the offline notice sits in the header, never over the board, and fades without moving it', async ({
  page,
  foreignRequests,
}, testInfo) => {
  test.setTimeout(60_000);
  for (const width of [1920, 1280, 1024]) {
    await page.setViewportSize({ width, height: 720 });
    if (width === 1920) await openBoard(page);
    else {
      // A new install is what shows the notice again.
      await page.evaluate(async () => {
        for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      });
      await page.reload();
    }
    const notice = page.getByRole('banner').getByText(OFFLINE_NOTICE);
    await expect(notice).toBeVisible();
    await testInfo.attach(`offline-notice-${width}.png`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
    const box = (await page.locator('.offline-ready').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(box.y + box.height, `${width}px: notice above the board`).toBeLessThanOrEqual(main.y);
    // Nothing of the board lies under it.
    const covered = await page.evaluate(
      ({ x, y, width: w, height: h }) =>
        [...document.querySelectorAll('main *')].filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.width > 0 && r.x < x + w && r.x + r.width > x && r.y < y + h && r.y + r.height > y
          );
        }).length,
      box,
    );
    expect(covered).toBe(0);

    // It goes by itself; the header keeps its height, so the board does not jump.
    await expect(notice).toBeHidden({ timeout: 15_000 });
    expect((await page.locator('main').boundingBox())!.y).toBe(main.y);
    await testInfo.attach(`offline-notice-${width}-faded.png`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  }
  expect(foreignRequests).toEqual([]);
});

test('the offline notice can be put away at once with OK', async ({ page, foreignRequests }) => {
  await openBoard(page);
  const notice = page.getByRole('banner').getByText(OFFLINE_NOTICE);
  await expect(notice).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .include('.app-header')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
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

test('the task form and its calendar, loaded on first use, are precached: both open offline with focus on the day', async ({
  page,
  context,
  foreignRequests,
}) => {
  const dpia = 'Opstellen van een DPIA M365 Copilot';
  await openBoard(page);
  await underServiceWorker(page);

  // Offline and never opened in this page: the form and the calendar come from the precache.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: dpia, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dpia });
  await expect(dialog.getByRole('textbox', { name: 'Vervaldatum' })).toHaveValue('08-06-2025');
  await dialog.getByRole('button', { name: 'Kalender voor Vervaldatum' }).click();
  const calendar = dialog.getByRole('group', { name: 'Kalender voor Vervaldatum' });
  await expect(calendar.getByRole('grid')).toHaveAccessibleName(/juni 2025/);
  await expect(calendar.getByRole('button', { name: /^zondag 8 juni 2025/ })).toBeFocused();
  await context.setOffline(false);
  expect(foreignRequests).toEqual([]);
});
