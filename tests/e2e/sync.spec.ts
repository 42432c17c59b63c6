import type { Browser, Page } from '@playwright/test';
import { column, dumpDatabase, openAddField, addOne } from './durability-helpers';
import {
  DEMO_TODAY,
  dragByKeyboard,
  expect,
  expectNoAxeViolations,
  openBoard,
  test,
  trackForeignRequests,
} from './fixtures';
import { dropTables, SYNC_PORT, syncServer, uniquePrefix, type SyncServer } from './syncServers';

// Team sync end to end: two browsers, each on its own sync server instance; the instances share
// Postgres and Redis. Ports SYNC_PORT and SYNC_PORT + 1 are this suite's.

const STRATEGIE = 'Strategie en doelstellingen';
const ROLLEN = 'AI-rollen, processen en verantwoordelijkheden';
const BETROUWBAAR = 'Betrouwbare AI';
const VERANDER = 'Verandermanagement';
const DPIA = 'Opstellen van een DPIA M365 Copilot';
const ENQUETE = 'AI-readiness-enquête invullen';

const prefix = uniquePrefix();
let one: SyncServer;
let two: SyncServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  one = syncServer(SYNC_PORT, prefix, appOrigin);
  two = syncServer(SYNC_PORT + 1, prefix, appOrigin);
  await Promise.all([one.start(), two.start()]);
});

test.afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await dropTables(prefix);
});

test('without a sync server the app loads no sync code and opens no connection', async ({
  page,
}) => {
  const scripts: string[] = [];
  const sockets: string[] = [];
  page.on('request', (req) => scripts.push(new URL(req.url()).pathname));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await openBoard(page);
  await page.goto('/?view=instellingen');
  await expect(page.getByRole('region', { name: 'Samenwerken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Plan delen' })).toBeVisible();
  expect(scripts.filter((p) => /\/engine-[^/]*\.js$/.test(p))).toEqual([]);
  expect(sockets).toEqual([]);
  await expect(page.getByRole('status', { name: 'Samenwerken' })).toHaveCount(0);
});

async function browserOn(browser: Browser, baseURL: string, server: SyncServer) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const foreign = trackForeignRequests(page, baseURL, [server.wsUrl, server.url]);
  await page.clock.setFixedTime(DEMO_TODAY);
  return { context, page, foreign };
}

/** The header's words on sync: a polite status named after the settings section. */
const headerStatus = (page: Page) =>
  page.getByRole('banner').getByRole('status', { name: 'Samenwerken' });

async function activePlanId(page: Page): Promise<string> {
  const meta = (await dumpDatabase(page)).meta ?? [];
  return String(meta.find((m) => m.key === 'activePlanId')?.value);
}

async function openTask(page: Page, columnName: string, title: string) {
  await column(page, columnName).getByRole('button', { name: title }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('two browsers on two server instances share one plan: drag, offline edits, a server restart, reloads', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const a = await browserOn(browser, baseURL!, one);
  const b = await browserOn(browser, baseURL!, two);

  // A shares its demo plan through server one, in Instellingen.
  await openBoard(a.page);
  const planId = await activePlanId(a.page);
  await a.page.goto('/?view=instellingen');
  const section = a.page.getByRole('region', { name: 'Samenwerken' });
  await section.getByRole('textbox', { name: 'Serveradres' }).fill(one.wsUrl);
  await section.getByRole('button', { name: 'Plan delen' }).click();
  const editLink = section.getByRole('textbox', { name: 'Uitnodigingslink (bewerken)' });
  const token = new URLSearchParams((await editLink.inputValue()).split('#/join?')[1]).get(
    'token',
  )!;
  await expect(headerStatus(a.page)).toHaveText('Gesynchroniseerd');
  await expectNoAxeViolations(a.page);

  // B joins through server two with a join link; the shared plan replaces B's own on screen.
  await openBoard(b.page);
  await b.page.goto(
    `/#/join?server=${encodeURIComponent(two.wsUrl)}&plan=${planId}&token=${encodeURIComponent(token)}`,
  );
  await b.page.getByRole('button', { name: 'Deelnemen' }).click();
  await expect.poll(() => activePlanId(b.page)).toBe(planId);
  await expect(b.page).not.toHaveURL(/token=/);
  await b.page.goto('/?view=bord');
  await expect(column(b.page, ROLLEN).getByRole('button', { name: DPIA })).toBeVisible();
  const statusB = headerStatus(b.page);
  await expect(statusB).toHaveText('Gesynchroniseerd');

  // A drag in A shows in B.
  await a.page.goto('/?view=bord');
  const card = column(a.page, STRATEGIE).getByRole('button', { name: ENQUETE });
  await dragByKeyboard(a.page, card, 'ArrowRight', BETROUWBAAR);
  await expect(column(a.page, BETROUWBAAR).getByRole('button', { name: ENQUETE })).toBeVisible();
  await expect(column(b.page, BETROUWBAAR).getByRole('button', { name: ENQUETE })).toBeVisible();
  await expect(column(b.page, STRATEGIE).getByRole('button', { name: ENQUETE })).toHaveCount(0);

  // B goes offline; both edit different fields of one task and each adds a task.
  await b.context.setOffline(true);
  await expect(statusB).toHaveText('Offline');
  const dialogA = await openTask(a.page, ROLLEN, DPIA);
  await dialogA.getByRole('combobox', { name: 'Prioriteit' }).selectOption('urgent');
  await dialogA.getByRole('button', { name: 'Sluiten' }).click();
  await addOne(await openAddField(a.page, STRATEGIE), 'Nieuw in A tijdens de storing');
  const dialogB = await openTask(b.page, ROLLEN, DPIA);
  await dialogB.getByRole('combobox', { name: 'Status' }).selectOption('gepland');
  await dialogB.getByRole('button', { name: 'Sluiten' }).click();
  await addOne(await openAddField(b.page, VERANDER), 'Nieuw in B zonder netwerk');

  // Server one restarts meanwhile: what A sent is stored, A reconnects by itself.
  await one.stop();
  await one.start();
  await expect(headerStatus(a.page)).toHaveText('Gesynchroniseerd', { timeout: 20_000 });
  // Still offline, B has none of A's changes; its own two wait.
  await expect(statusB).toHaveText(/^Offline — \d+ wijzigingen wachten$/);
  await expect(
    column(b.page, STRATEGIE).getByRole('button', { name: 'Nieuw in A tijdens de storing' }),
  ).toHaveCount(0);

  await b.context.setOffline(false);
  await expect(statusB).toHaveText('Gesynchroniseerd', { timeout: 20_000 });
  for (const page of [a.page, b.page]) {
    await expect(
      column(page, STRATEGIE).getByRole('button', { name: 'Nieuw in A tijdens de storing' }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(
      column(page, VERANDER).getByRole('button', { name: 'Nieuw in B zonder netwerk' }),
    ).toBeVisible({ timeout: 20_000 });
    const dialog = await openTask(page, ROLLEN, DPIA);
    await expect(dialog.getByRole('combobox', { name: 'Prioriteit' })).toHaveValue('urgent');
    await expect(dialog.getByRole('combobox', { name: 'Status' })).toHaveValue('gepland');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
  }

  // A reload of each shows the same board.
  const boardOf = async (page: Page) => {
    await page.reload();
    await expect(column(page, ROLLEN).getByRole('button', { name: DPIA })).toBeVisible();
    const tasks = ((await dumpDatabase(page)).tasks ?? []).filter((t) => t.planId === planId);
    return tasks
      .map(
        (t) => `${String(t.title)}|${String(t.themeId)}|${String(t.status)}|${String(t.priority)}`,
      )
      .sort();
  };
  const boardA = await boardOf(a.page);
  expect(boardA.length).toBeGreaterThan(50);
  expect(await boardOf(b.page)).toEqual(boardA);

  expect(a.foreign).toEqual([]);
  expect(b.foreign).toEqual([]);
  await a.context.close();
  await b.context.close();
});
