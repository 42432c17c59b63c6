import { addOne, column, dumpDatabase, openAddField } from './durability-helpers';
import { expect, expectNoAxeViolations, openBoard, test } from './fixtures';
import { activePlanId, serverSuite, syncStatus } from './shareDevices';
import { SYNC_PORT } from './syncServers';

// A plan opened with the read-only invite link: the same board, nothing to change it with. The
// server refusing a read-only client's forced write is tested on the server itself
// (tests/server/access.test.ts, "keeps a read-only client's change out of the document, the
// store and other clients"). Port SYNC_PORT + 3 is this suite's.

const STRATEGIE = 'Strategie en doelstellingen';
const suite = serverSuite(SYNC_PORT + 3);
const device = suite.device;

test('a read-only link opens the board with "Alleen lezen", no editing controls, no drag, and the team’s changes still arrive', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const a = await device(browser, baseURL!);
  const planId = await activePlanId(a.page);
  await addOne(await openAddField(a.page, STRATEGIE), 'Van A gedeeld');
  // The field empties at Enter, before the write is stored; the card shows it stored. Leaving
  // the page earlier could abort the write.
  await expect(
    column(a.page, STRATEGIE).getByRole('button', { name: 'Van A gedeeld', exact: true }),
  ).toBeVisible();

  await a.page.goto('/?view=instellingen');
  const section = a.page.getByRole('region', { name: 'Samenwerken' });
  await section.getByRole('textbox', { name: 'Serveradres' }).fill(suite.server().wsUrl);
  await section.getByRole('button', { name: 'Plan delen' }).click();
  const readLink = await section
    .getByRole('textbox', { name: 'Uitnodigingslink (alleen lezen)' })
    .inputValue();
  await expect(syncStatus(a.page)).toHaveText('Gesynchroniseerd', { timeout: 20_000 });
  await expect(syncStatus(a.page)).not.toContainText('Alleen lezen');

  // B joins with the read-only link.
  const b = await device(browser, baseURL!);
  await b.page.goto(readLink);
  const question = b.page.getByRole('dialog', { name: /openen\?$/ });
  await question.getByRole('button', { name: 'Deelnemen' }).click();
  await expect(question).toBeHidden();
  await expect.poll(() => activePlanId(b.page)).toBe(planId);
  await expect(syncStatus(b.page)).toContainText('Alleen lezen');
  await expect(syncStatus(b.page)).toContainText('Gesynchroniseerd', { timeout: 20_000 });

  // After a reload the mode is there at once: it is stored with the sync settings.
  await openBoard(b.page, '/?view=bord');
  await expect(syncStatus(b.page)).toContainText('Alleen lezen');
  const card = column(b.page, STRATEGIE).getByRole('button', {
    name: 'Van A gedeeld',
    exact: true,
  });
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(b.page.getByRole('button', { name: '+ Taak toevoegen' })).toHaveCount(0);
  await expect(b.page.getByRole('button', { name: 'Sprint afsluiten' })).toHaveCount(0);
  await expect(b.page.getByRole('button', { name: 'Sprint plannen' })).toHaveCount(0);

  // No card can be picked up: Space on a card starts no drag, it opens the dialog to be read.
  await card.focus();
  await b.page.keyboard.press('Space');
  await expect(b.page.locator('[id^="DndLiveRegion"]')).not.toContainText(/opgepakt/);
  const dialog = b.page.getByRole('dialog', { name: 'Van A gedeeld' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toBeDisabled();
  await expect(dialog.getByRole('textbox', { name: 'Beschrijving' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Taak verwijderen' })).toHaveCount(0);
  await expectNoAxeViolations(b.page, 'dialog');
  await b.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Undo does nothing either, and nothing waits to be sent.
  await b.page.keyboard.press('Control+z');
  await expectNoAxeViolations(b.page);
  expect((await dumpDatabase(b.page)).outbox ?? []).toEqual([]);

  // What the team changes still arrives on the read-only device.
  await a.page.goto('/?view=bord');
  await addOne(await openAddField(a.page, STRATEGIE), 'Later van A');
  await expect(
    column(b.page, STRATEGIE).getByRole('button', { name: 'Later van A', exact: true }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(
    column(a.page, STRATEGIE).getByRole('button', { name: 'Van A gedeeld', exact: true }),
  ).toBeVisible();

  for (const d of [a, b]) {
    expect(d.foreign).toEqual([]);
    await d.context.close();
  }
});
