import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openBoard, switchToEnglish, test } from './fixtures';

// Issue 15 part 6: "Mijn taken", one person's tasks over the whole plan, open work first.

const DPIA = 'Opstellen van een DPIA M365 Copilot';
const STRUCTUUR = 'Samenstelling en rollen kernteam wijzigen waar nodig';

async function choose(page: Page, person: string) {
  await page.getByRole('combobox', { name: 'Persoon' }).selectOption({ label: person });
  await page.getByRole('button', { name: 'Kiezen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Taken van ${person}` })).toBeVisible();
}

test('"Wie ben jij?" is asked once: the chosen person\'s tasks show, blocked ones with their reason, and a reload remembers the choice', async ({
  page,
}) => {
  await openBoard(page);
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Mijn taken' })
    .click();
  await expect(page.getByRole('form', { name: 'Wie ben jij?' })).toBeVisible();
  await choose(page, 'Programmamanager');
  await expect(page.getByRole('status').filter({ hasText: /taken$/ })).toHaveText('24 taken');

  // Open work first, in this order; done last and folded away.
  const groups = page.getByRole('main').getByRole('heading', { level: 3 });
  await expect(groups).toHaveText([
    'In uitvoering (2)',
    'Geblokkeerd (4)',
    'Gepland (8)',
    'Backlog (1)',
  ]);
  await expect(page.getByText('Afgerond (9)')).toBeVisible();
  const blocked = page.getByRole('region', { name: 'Geblokkeerd (4)' });
  const row = blocked.getByRole('listitem').filter({ hasText: STRUCTUUR });
  await expect(row).toContainText('Geblokkeerd: Wachten op de beslissing');

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Taken van Programmamanager' }),
  ).toBeVisible();
  await expect(groups.first()).toHaveText('In uitvoering (2)');
});

test('Enter on a task opens its dialog; a due date before today marks it "Te laat" in words', async ({
  page,
}) => {
  await openBoard(page, '/?view=mijn-taken');
  await choose(page, 'Business-analist');
  const inProgress = page.getByRole('region', { name: 'In uitvoering (2)' });
  const open = inProgress.getByRole('button', { name: DPIA });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: DPIA });
  await expect(dialog).toBeVisible();
  const due = dialog.getByRole('textbox', { name: 'Vervaldatum', exact: true });
  await due.fill('15-05-2025');
  await due.press('Enter');
  await expect(due).toHaveValue('15-05-2025');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
  const row = inProgress.getByRole('listitem').filter({ hasText: DPIA });
  await expect(row).toContainText('Te laat');
  await expect(row).toContainText('vervalt 15 mei 2025');
  await expect(inProgress.getByText('Te laat')).toHaveCount(1);
});

test('the filters narrow the list: "Alleen geblokkeerd" leaves the blocked tasks, the search a title', async ({
  page,
}) => {
  await openBoard(page, '/?view=mijn-taken');
  await choose(page, 'Programmamanager');
  await page.getByRole('button', { name: 'Alleen geblokkeerd (4)' }).click();
  await expect(page).toHaveURL(/geblokkeerd=1/);
  await expect(page.getByRole('status').filter({ hasText: /taken$/ })).toHaveText('4 van 24 taken');
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText([
    'Geblokkeerd (4)',
  ]);
  await page.getByRole('button', { name: 'Alleen geblokkeerd (4)' }).click();
  await page.getByRole('searchbox').fill('kernteam');
  await expect(page.getByRole('status').filter({ hasText: /taken$/ })).toHaveText(
    /^\d+ van 24 taken$/,
  );
  await expect(
    page.getByRole('main').getByRole('listitem').filter({ hasText: STRUCTUUR }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: DPIA })).toHaveCount(0);
});

test('"Andere persoon" switches to someone else, the same choice as "Ik ben" in the settings', async ({
  page,
}) => {
  await openBoard(page, '/?view=mijn-taken');
  await choose(page, 'Programmamanager');
  await page.getByRole('button', { name: 'Andere persoon' }).click();
  await expect(page.getByRole('combobox', { name: 'Persoon' })).toBeFocused();
  await choose(page, 'HR');
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  await expect(page.getByRole('combobox', { name: 'Ik ben' })).toHaveValue(/.+/);
  await expect(page.getByRole('combobox', { name: 'Ik ben' }).locator('option:checked')).toHaveText(
    /^HR/,
  );
});

for (const lang of ['nl', 'en'] as const) {
  test(`"Mijn taken" has zero axe violations in ${lang === 'nl' ? 'Dutch' : 'English'}, asking and showing`, async ({
    page,
  }) => {
    await openBoard(page, '/?view=mijn-taken');
    if (lang === 'en') await switchToEnglish(page);
    const person = page.getByRole('combobox', { name: lang === 'nl' ? 'Persoon' : 'Person' });
    await expect(person).toBeVisible();
    await expectNoAxeViolations(page);
    await person.selectOption({ label: 'Programmamanager' });
    await page.getByRole('button', { name: lang === 'nl' ? 'Kiezen' : 'Choose' }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 3 }).first()).toBeVisible();
    await page.getByText(lang === 'nl' ? 'Afgerond (9)' : 'Done (9)').click();
    await expectNoAxeViolations(page);
  });
}
