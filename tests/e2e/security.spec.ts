import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';
import { addOne, column, dumpDatabase, openAddField } from './durability-helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const PLANNER_FIXTURE = path.resolve(here, '../../../shared/fixtures/planner-export-2021.xlsx');
const THEME = 'Verandermanagement';

/** Collects what the browser refused under the Content-Security-Policy. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

test('a full session (load, edit, export, import) talks to nothing but the app origin', async ({
  page,
  context,
  baseURL,
  foreignRequests,
}, testInfo) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const all: string[] = [];
  // On the context, so that service-worker and download requests are seen too.
  context.on('request', (req) => all.push(req.url()));
  const violations = watchCsp(page);

  await openBoard(page);
  const field = await openAddField(page, THEME);
  await addOne(field, 'Sessie: nieuwe taak');
  await page.getByRole('button', { name: 'Sessie: nieuwe taak' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sessie: nieuwe taak' });
  await dialog.getByRole('textbox', { name: 'Beschrijving' }).fill('Met een beschrijving');
  await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill('Sessie: aangepaste taak');
  await dialog.getByRole('textbox', { name: 'Titel', exact: true }).press('Enter');
  await page.keyboard.press('Escape');
  await expect(
    column(page, THEME).getByRole('button', { name: 'Sessie: aangepaste taak' }),
  ).toBeVisible();

  // Export: the sprint report as Excel (exceljs under the CSP) and a JSON backup.
  await page.goto('/?view=rapport');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel downloaden' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  await page.goto('/?view=gegevens');
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back-up maken' }).click(),
  ]);
  const backupFile = testInfo.outputPath(backup.suggestedFilename());
  await backup.saveAs(backupFile);

  // Import: the Planner export (read by exceljs) and the backup restored.
  await page.getByLabel('Planner-export kiezen (.xlsx)').setInputFiles(PLANNER_FIXTURE);
  await expect(page.getByRole('heading', { name: 'Voorbeeld van de import' })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel('Back-upbestand kiezen (.json)').setInputFiles(backupFile);
  await page.getByRole('button', { name: 'Ja, alles vervangen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Back-up teruggezet/ })).toBeVisible();
  await page.goto('/');
  await expect(
    column(page, THEME).getByRole('button', { name: 'Sessie: aangepaste taak' }),
  ).toBeVisible();

  expect(all.length).toBeGreaterThan(5);
  expect(all.some((u) => /exceljs.*\.js$/.test(u))).toBe(true);
  const foreign = all.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('HTML and script in a title, goal or description are shown as text and never run', async ({
  page,
  foreignRequests,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const violations = watchCsp(page);
  const IMG = '<img src=x onerror="alert(\'xss\')">';
  const SCRIPT = '<script>alert("xss")</script>';

  await openBoard(page);
  const field = await openAddField(page, THEME);
  await addOne(field, IMG);
  await addOne(field, SCRIPT);
  const goal = page.getByRole('textbox', { name: 'Sprintdoel' });
  await goal.fill(`${IMG} 🚀 مرحبا`);
  await goal.press('Enter');
  await page.getByRole('button', { name: IMG }).click();
  const dialog = page.getByRole('dialog', { name: IMG });
  await dialog.getByRole('textbox', { name: 'Beschrijving' }).fill(SCRIPT);
  await dialog.getByRole('textbox', { name: 'Beschrijving' }).press('Control+Enter');
  await page.keyboard.press('Escape');
  // Reopened from the database before the reload, so the reload never races the last write.
  await page.getByRole('button', { name: IMG }).click();
  await expect(dialog.getByRole('textbox', { name: 'Beschrijving' })).toHaveValue(SCRIPT);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.reload();
  const col = column(page, THEME);
  await expect(col.getByRole('button', { name: IMG, exact: true })).toHaveText(IMG);
  await expect(col.getByRole('button', { name: SCRIPT, exact: true })).toHaveText(SCRIPT);
  await expect(page.getByRole('textbox', { name: 'Sprintdoel' })).toHaveValue(`${IMG} 🚀 مرحبا`);
  await page.getByRole('button', { name: IMG }).click();
  await expect(
    page.getByRole('dialog', { name: IMG }).getByRole('textbox', { name: 'Beschrijving' }),
  ).toHaveValue(SCRIPT);
  // No element was made from the text, and nothing ran.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.locator('#root script').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  const titles = ((await dumpDatabase(page)).tasks ?? []).map((t) => t.title);
  expect(titles).toEqual(expect.arrayContaining([IMG, SCRIPT]));
  expect(foreignRequests).toEqual([]);
});

test('the page runs under a strict Content-Security-Policy: no inline script, no eval', async ({
  page,
  request,
  foreignRequests,
}) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  const html = await response.text();
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ]) {
    expect(header).toContain(directive);
    expect(html).toContain(directive.replaceAll("'", '&#39;'));
  }
  expect(header).not.toMatch(/unsafe-eval/);
  expect(header.match(/script-src[^;]*/)?.[0]).not.toMatch(/unsafe-inline/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  await openBoard(page);
  // DevTools' own evaluation is exempt from the page's CSP, so the probes run a moment later,
  // as page code would.
  const outcome = await page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve) => {
        const w = window as unknown as Record<string, unknown>;
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        window.setTimeout('window.__timerRan = true' as unknown as () => void, 0);
        window.setTimeout(() => {
          const probe = (run: () => unknown) => {
            try {
              run();
              return 'ran';
            } catch {
              return 'blocked';
            }
          };
          resolve({
            inline: w.__inlineRan === true ? 'ran' : 'blocked',
            timer: w.__timerRan === true ? 'ran' : 'blocked',
            eval: probe(() => (0, eval)('1 + 1')),
            fn: probe(() => new Function('return 1')()),
          });
          script.remove();
        }, 50);
      }),
  );
  expect(outcome).toEqual({ inline: 'blocked', timer: 'blocked', eval: 'blocked', fn: 'blocked' });
  expect(foreignRequests).toEqual([]);
});
