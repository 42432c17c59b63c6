import type { Page } from '@playwright/test';
import { addOne, column, dumpDatabase, openAddField } from './durability-helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { activePlanId, serverSuite, syncStatus } from './shareDevices';
import { SYNC_PORT } from './syncServers';

// Sharing a plan from Instellingen and joining it through the invite link, with a real sync
// server started by the test. Port SYNC_PORT + 2 is this suite's.

const STRATEGIE = 'Strategie en doelstellingen';
const VERANDER = 'Verandermanagement';
const suite = serverSuite(SYNC_PORT + 2);
const device = suite.device;

test('share from one browser, join from a second through the copied link, edit, go offline, and a replaced link is refused', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const a = await device(browser, baseURL!, true);
  const planId = await activePlanId(a.page);

  // A shares its plan in Instellingen → Samenwerken and gets the two invite links.
  await a.page.goto('/?view=instellingen');
  const section = a.page.getByRole('region', { name: 'Samenwerken' });
  await section.getByRole('textbox', { name: 'Serveradres' }).fill(suite.server().wsUrl);
  await section.getByRole('button', { name: 'Plan delen' }).click();
  const editGroup = section.getByRole('group', { name: 'Uitnodigingslink (bewerken)' });
  const editField = editGroup.getByRole('textbox', { name: 'Uitnodigingslink (bewerken)' });
  const editLink = await editField.inputValue();
  expect(new URL(editLink).hash).toMatch(new RegExp(`^#/join\\?server=.*&plan=${planId}&`));
  await expect(
    section.getByRole('textbox', { name: 'Uitnodigingslink (alleen lezen)' }),
  ).toHaveValue(/#\/join\?.*&token=/);
  await editGroup.getByRole('button', { name: 'Kopiëren' }).click();
  await expect(editGroup.getByRole('status')).toHaveText('Gekopieerd');
  expect(await a.page.evaluate(() => navigator.clipboard.readText())).toBe(editLink);
  await expect(syncStatus(a.page)).toHaveText('Gesynchroniseerd');
  await expectNoAxeViolations(a.page);

  // B opens the link, is asked once, and joins: the shared plan opens.
  const b = await device(browser, baseURL!);
  await b.page.goto(editLink);
  const question = b.page.getByRole('dialog', {
    name: `Jaarplan AI 2025 van 127.0.0.1:${SYNC_PORT + 2} openen?`,
  });
  await expect(question).toBeVisible();
  await expect(b.page).not.toHaveURL(/token=/);
  await expectNoAxeViolations(b.page, 'dialog');
  await question.getByRole('button', { name: 'Deelnemen' }).click();
  await expect(question).toBeHidden();
  await expect.poll(() => activePlanId(b.page)).toBe(planId);
  await expect(syncStatus(b.page)).toHaveText('Gesynchroniseerd', { timeout: 20_000 });

  // An edit in B appears in A.
  await a.page.goto('/?view=bord');
  await addOne(await openAddField(b.page, STRATEGIE), 'Toegevoegd in B');
  await expect(
    column(a.page, STRATEGIE).getByRole('button', { name: 'Toegevoegd in B' }),
  ).toBeVisible({ timeout: 20_000 });

  // B's network is cut: the header counts what waits, and says when it is back.
  await b.context.setOffline(true);
  await expect(syncStatus(b.page)).toHaveText('Offline');
  await addOne(await openAddField(b.page, VERANDER), 'Zonder netwerk in B');
  await expect(syncStatus(b.page)).toHaveText('Offline — 1 wijziging wacht');
  await b.context.setOffline(false);
  await expect(syncStatus(b.page)).toHaveText('Gesynchroniseerd', { timeout: 20_000 });
  await expect(
    column(a.page, VERANDER).getByRole('button', { name: 'Zonder netwerk in B' }),
  ).toBeVisible({ timeout: 20_000 });

  // A replaces the edit link: A carries on with the new token, B (on the old one) is refused.
  await a.page.goto('/?view=instellingen');
  await editGroup.getByRole('button', { name: 'Link vernieuwen' }).click();
  const renew = a.page.getByRole('dialog', { name: 'Link vernieuwen?' });
  await renew.getByRole('button', { name: 'Link vernieuwen' }).click();
  await expect(editGroup.getByRole('status')).toHaveText(
    'Nieuwe link gemaakt. De oude werkt niet meer.',
  );
  await expect(editField).not.toHaveValue(editLink);
  await expect(syncStatus(a.page)).toHaveText('Gesynchroniseerd', { timeout: 20_000 });
  await expect(syncStatus(b.page)).toHaveText('Geen toegang', { timeout: 20_000 });

  // A third browser with the old link is told so in Dutch and keeps nothing of it.
  const c = await device(browser, baseURL!);
  const ownPlan = await activePlanId(c.page);
  await c.page.goto(editLink);
  const cQuestion = c.page.getByRole('dialog', { name: /openen\?$/ });
  await cQuestion.getByRole('button', { name: 'Deelnemen' }).click();
  await expect(cQuestion.getByRole('alert')).toHaveText(
    'Geen toegang: de link is niet (meer) geldig.',
  );
  await expect(cQuestion.getByRole('button', { name: 'Deelnemen' })).toHaveCount(0);
  await cQuestion.getByRole('button', { name: 'Annuleren' }).click();
  expect((await dumpDatabase(c.page)).syncPlans ?? []).toEqual([]);
  expect(await activePlanId(c.page)).toBe(ownPlan);
  await expect(syncStatus(c.page)).toHaveCount(0);

  for (const d of [a, b, c]) {
    expect(d.foreign).toEqual([]);
    await d.context.close();
  }
});

/** Instellingen → Ik ben: who works in this browser. */
async function chooseMe(page: Page, name: string) {
  await page.goto('/?view=instellingen');
  await page
    .getByRole('region', { name: 'Ik ben' })
    .getByRole('combobox', { name: 'Ik ben' })
    .selectOption({ label: name });
  await expect(page.getByText(`Je werkt hier als ${name}.`)).toBeAttached();
}

test('who is there: "Ik ben", the avatars in the header, the card a teammate has open, and who changed what', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const TASK = 'Opstellen van een DPIA M365 Copilot';
  const a = await device(browser, baseURL!);
  await chooseMe(a.page, 'Programmamanager');
  const section = a.page.getByRole('region', { name: 'Samenwerken' });
  await section.getByRole('textbox', { name: 'Serveradres' }).fill(suite.server().wsUrl);
  await section.getByRole('button', { name: 'Plan delen' }).click();
  const editLink = await section
    .getByRole('textbox', { name: 'Uitnodigingslink (bewerken)' })
    .inputValue();
  await expect(syncStatus(a.page)).toHaveText('Gesynchroniseerd');
  // The README's first picture: the section with its two invite links.
  await section.screenshot({ path: 'docs/screenshots/samenwerken-delen.png' });

  const b = await device(browser, baseURL!);
  await b.page.goto(editLink);
  await b.page
    .getByRole('dialog', { name: /openen\?$/ })
    .getByRole('button', { name: 'Deelnemen' })
    .click();
  await expect(syncStatus(b.page)).toHaveText('Gesynchroniseerd', { timeout: 20_000 });
  await chooseMe(b.page, 'Innovatiestrateeg');

  // Each header names the other, in words for a screen reader and as an avatar.
  await a.page.goto('/?view=bord');
  await b.page.goto('/?view=bord');
  await expect(
    a.page.getByRole('banner').getByText('Nu ook in dit plan: Innovatiestrateeg'),
  ).toBeAttached({
    timeout: 20_000,
  });
  await expect(
    b.page.getByRole('banner').getByText('Nu ook in dit plan: Programmamanager'),
  ).toBeAttached({
    timeout: 20_000,
  });
  await expect(
    // The avatar is for the eye (its words are in the status above): found by its tooltip.
    a.page.getByRole('banner').getByTitle('Innovatiestrateeg'),
  ).toBeVisible();

  // B opens a task: A's card says who has it open. B changes it: A's history says who.
  await b.page.getByRole('button', { name: TASK }).click();
  const dialog = b.page.getByRole('dialog', { name: TASK });
  await expect(a.page.getByText('Open bij Innovatiestrateeg')).toBeAttached({ timeout: 20_000 });
  await expectNoAxeViolations(a.page);
  // The README's second picture: the board of A while B works on a task.
  await a.page.screenshot({ path: 'docs/screenshots/samenwerken-bord.png' });
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Gepland' });
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  await expect(a.page.getByText('Open bij Innovatiestrateeg')).toHaveCount(0, { timeout: 20_000 });

  await a.page.getByRole('button', { name: TASK }).click();
  await expect(
    a.page
      .getByRole('dialog', { name: TASK })
      .getByRole('region', { name: 'Geschiedenis' })
      .getByRole('listitem')
      .first(),
  ).toHaveText(
    /^Innovatiestrateeg · \d\d-\d\d-\d{4} \d\d:\d\d · Status: In uitvoering → Gepland$/,
    {
      timeout: 20_000,
    },
  );

  for (const d of [a, b]) {
    expect(d.foreign).toEqual([]);
    await d.context.close();
  }
});
