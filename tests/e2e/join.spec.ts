import type { Page } from '@playwright/test';
import { column, dumpDatabase, putStoredRows } from './durability-helpers';
import { DEMO_TODAY, expect, test, trackForeignRequests } from './fixtures';
import { activePlanId, serverSuite, syncStatus } from './shareDevices';
import { SYNC_PORT } from './syncServers';

// Joining a shared plan through its invite link: in a browser that never opened Sprintbord, and a
// plan of many tasks, whose board shows the sprint it opens on as soon as that sprint is stored
// while the tasks of the other sprints follow (src/domain/syncFirstWrite.ts). Port SYNC_PORT + 4
// is this suite's.

const THEME = 'Verandermanagement';
const MANY = 600;
const suite = serverSuite(SYNC_PORT + 4);

/** A share of `a`'s plan from Instellingen; its edit link. */
async function share(a: Page, wsUrl: string): Promise<string> {
  await a.goto('/?view=instellingen');
  const section = a.getByRole('region', { name: 'Samenwerken' });
  await section.getByRole('textbox', { name: 'Serveradres' }).fill(wsUrl);
  await section.getByRole('button', { name: 'Plan delen' }).click();
  const link = await section
    .getByRole('textbox', { name: 'Uitnodigingslink (bewerken)' })
    .inputValue();
  await expect(syncStatus(a)).toHaveText('Gesynchroniseerd', { timeout: 30_000 });
  return link;
}

/** The number of tasks the board says a theme's column holds. */
async function columnCount(page: Page): Promise<number> {
  const label = (await column(page, THEME).getAttribute('aria-label')) ?? '';
  return Number(/, (\d+) ta/.exec(label)?.[1]);
}

test('a teammate joining a plan of many tasks gets the opening sprint on the board, then every other sprint, kept after a reload', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const a = await suite.device(browser, baseURL!);
  const planId = await activePlanId(a.page);

  // A's plan gets MANY more tasks in sprint 5 (the demo opens on sprint 4).
  const stored = await dumpDatabase(a.page);
  const themeId = stored.themes!.find((t) => t.name === THEME && t.planId === planId)!.id;
  const sprint5 = stored.sprints!.find((s) => s.number === 5 && s.planId === planId)!.id;
  const model = stored.tasks!.find((t) => t.themeId === themeId)!;
  await putStoredRows(
    a.page,
    'tasks',
    Array.from({ length: MANY }, (_, i) => ({
      ...model,
      id: `many-${i}`,
      title: `Veel taken ${i}`,
      sprintId: sprint5,
      status: 'gepland',
      completedAt: null,
      blockedSince: null,
      blockedReason: '',
      blockedBy: [],
      plannerId: null,
      rank: 1_000_000 + i,
    })),
  );
  await a.page.goto('/?view=bord&sprint=5');
  const inSprint5 = await columnCount(a.page);
  await a.page.goto('/?view=bord&sprint=4');
  const inSprint4 = await columnCount(a.page);
  const planTasks = (await dumpDatabase(a.page)).tasks!.filter((t) => t.planId === planId).length;

  const link = await share(a.page, suite.server().wsUrl);

  // B joins through the link: the opening sprint is on the board.
  const b = await suite.device(browser, baseURL!);
  await b.page.goto(link);
  await b.page.getByRole('button', { name: 'Deelnemen' }).click();
  await expect.poll(() => activePlanId(b.page), { timeout: 20_000 }).toBe(planId);
  await expect(column(b.page, THEME)).toHaveAttribute(
    'aria-label',
    `${THEME}, ${inSprint4} taken`,
    { timeout: 30_000 },
  );
  // The MANY tasks of sprint 5 are more than a join writes with the first screen
  // (DEFER_AT_LEAST): they follow it. tests/sync/engine.test.ts checks the two steps.
  // Sprint 5 holds every task, on the board and after a reload.
  await b.page.getByRole('combobox', { name: 'Sprint' }).selectOption('5');
  await expect(column(b.page, THEME)).toHaveAttribute(
    'aria-label',
    `${THEME}, ${inSprint5} taken`,
    { timeout: 30_000 },
  );
  await expect(syncStatus(b.page)).toHaveText('Gesynchroniseerd');
  await expect
    .poll(
      async () => (await dumpDatabase(b.page)).tasks!.filter((t) => t.planId === planId).length,
      { timeout: 30_000 },
    )
    .toBe(planTasks);
  await b.page.reload();
  await expect(column(b.page, THEME)).toHaveAttribute('aria-label', `${THEME}, ${inSprint5} taken`);
  expect(
    (await dumpDatabase(b.page)).syncPlans!.find((p) => p.planId === planId)?.partial,
  ).toBeUndefined();
  for (const d of [a, b]) expect(d.foreign).toEqual([]);
});

test('a browser that opens an invite link first gets the shared plan and no demo; one that declines gets the demo', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const a = await suite.device(browser, baseURL!);
  const planId = await activePlanId(a.page);
  const link = await share(a.page, suite.server().wsUrl);
  const fresh = async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const server = suite.server();
    const foreign = trackForeignRequests(page, baseURL!, [server.wsUrl, server.url]);
    await page.clock.setFixedTime(DEMO_TODAY);
    await page.goto(link);
    const question = page.getByRole('dialog', { name: /openen\?$/ });
    await expect(question).toBeVisible();
    return { page, question, foreign };
  };
  const storedPlans = async (page: Page) =>
    ((await dumpDatabase(page)).plans ?? []).map((p) => String(p.id));

  const joins = await fresh();
  await joins.question.getByRole('button', { name: 'Deelnemen' }).click();
  await expect(column(joins.page, THEME)).toBeVisible({ timeout: 30_000 });
  await expect(syncStatus(joins.page)).toHaveText('Gesynchroniseerd');
  expect(await storedPlans(joins.page)).toEqual([planId]);

  const declines = await fresh();
  await declines.question.getByRole('button', { name: 'Annuleren' }).click();
  await expect(declines.question).toBeHidden();
  await expect(column(declines.page, THEME)).toBeVisible();
  const demo = await storedPlans(declines.page);
  expect(demo).toHaveLength(1);
  expect(demo).not.toContain(planId);
  expect((await dumpDatabase(declines.page)).syncPlans ?? []).toEqual([]);
  for (const d of [a, joins, declines]) expect(d.foreign).toEqual([]);
});
