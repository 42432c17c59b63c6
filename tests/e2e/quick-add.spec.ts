import type { Locator, Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

// Issue 11, bug 1: a quick-entry field emptied only after its write let the next title's
// keystrokes land in the old one ("Burst 01Burst 02"). Each test types twelve titles as fast as
// the keyboard goes, waits until the screen shows the twelfth as stored (a write still in flight
// when the page unloads is the browser's to drop), reloads and expects exactly those twelve, in
// that order.

const TITLES = Array.from({ length: 12 }, (_, i) => `Burst ${String(i + 1).padStart(2, '0')}`);

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });

async function typeBurst(page: Page, field: Locator) {
  await field.focus();
  for (const title of TITLES) {
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
}

async function expectNames(items: Locator) {
  await expect(items).toHaveCount(TITLES.length);
  for (const [i, title] of TITLES.entries()) {
    await expect(items.nth(i)).toHaveAccessibleName(title);
  }
}

test('twelve titles typed fast in a column’s "Taak toevoegen" give twelve tasks in order after a reload', async ({
  page,
}) => {
  await openBoard(page);
  const col = column(page, 'Verandermanagement');
  await col.getByRole('button', { name: 'Taak toevoegen' }).click();
  await typeBurst(page, col.getByRole('textbox', { name: 'Titel van de nieuwe taak' }));
  const cards = () => column(page, 'Verandermanagement').getByRole('button', { name: /Burst/ });
  await expectNames(cards());
  await page.reload();
  await expectNames(cards());
});

test('twelve checklist items typed fast give twelve items in order after a reload', async ({
  page,
}) => {
  const task = 'Opstellen van een DPIA M365 Copilot';
  const rollen = 'AI-rollen, processen en verantwoordelijkheden';
  await openBoard(page);
  await column(page, rollen).getByRole('button', { name: task }).click();
  const dialog = page.getByRole('dialog', { name: task });
  await typeBurst(page, dialog.getByRole('textbox', { name: 'Nieuw checklistitem' }));
  const items = () =>
    page
      .getByRole('dialog', { name: task })
      .getByRole('region', { name: /^Checklist/ })
      .getByRole('checkbox', { name: /Burst/ });
  await expectNames(items());
  await page.reload();
  await column(page, rollen).getByRole('button', { name: task }).click();
  await expectNames(items());
});

test('twelve actions typed fast under a theme of the year plan give twelve actions in order after a reload', async ({
  page,
}) => {
  await openBoard(page, '/?view=jaarplan');
  const theme = () => page.getByRole('treeitem', { name: 'Betrouwbare AI', exact: true });
  await theme().getByRole('button', { name: '+ Actie toevoegen' }).first().click();
  await typeBurst(page, page.getByRole('textbox', { name: 'Titel van de nieuwe actie' }));
  await expectNames(theme().getByRole('treeitem', { name: /Burst/ }));
  await page.reload();
  await expectNames(theme().getByRole('treeitem', { name: /Burst/ }));
});

test('twelve actions typed fast in Instellingen give twelve actions in order after a reload', async ({
  page,
}) => {
  await openBoard(page, '/?view=instellingen');
  const field = page.getByRole('textbox', { name: 'Nieuwe actie voor Betrouwbare AI' });
  await typeBurst(page, field);
  const actions = () =>
    page
      .getByRole('region', { name: 'Acties per thema' })
      .getByRole('region', { name: 'Betrouwbare AI' })
      .getByRole('group', { name: /Burst/ });
  await expectNames(actions());
  await page.reload();
  await expectNames(actions());
});
