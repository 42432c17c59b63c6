import { expect, openBoard, test } from './fixtures';

// Issue 16, fault 6: the whole-plan blocked overview opens a task's dialog, and its tab and the
// board's blocked toggle have names that tell them apart.
const STRUCTUUR = 'Samenstelling en rollen kernteam wijzigen waar nodig';

test('the board toggle "Alleen geblokkeerd (N)" and the tab "Alle geblokkeerde taken (M)" count the sprint and the plan', async ({
  page,
}) => {
  await openBoard(page, '/?view=bord');
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  const tab = nav.getByRole('link', { name: /^Alle geblokkeerde taken \(\d+\)$/ });
  const toggle = page.getByRole('button', { name: /^Alleen geblokkeerd \(\d+\)$/ });
  await expect(toggle).toHaveText('Alleen geblokkeerd (2)');
  await expect(tab).toHaveText('Alle geblokkeerde taken (7)');
  await expect(nav.getByRole('link', { name: 'Geblokkeerd', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Geblokkeerd \(/ })).toHaveCount(0);
});

test('a click on a row of the blocked overview opens the task dialog, Enter on its title too, and unblocking there takes it off the list', async ({
  page,
}) => {
  await openBoard(page, '/?view=geblokkeerd');
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader')).toHaveCount(7);
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: STRUCTUUR }) });

  // A click on the reason cell opens the dialog with the reason and the blocking tasks.
  await row.getByText('Wachten op de beslissing over de nieuwe organisatiestructuur').click();
  const dialog = page.getByRole('dialog', { name: STRUCTUUR });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Reden blokkering' })).toHaveValue(
    /organisatiestructuur/,
  );
  await expect(dialog.getByRole('group', { name: 'Geblokkeerd door' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The keyboard way in: the title is a button; Enter opens the same dialog.
  const open = row.getByRole('button', { name: STRUCTUUR });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In uitvoering' });
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(table.getByRole('rowheader', { name: STRUCTUUR })).toHaveCount(0);
  await expect(table.getByRole('rowheader')).toHaveCount(6);
  await expect(
    page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', {
      name: 'Alle geblokkeerde taken (6)',
    }),
  ).toBeVisible();
});
