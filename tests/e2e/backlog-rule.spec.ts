import { expect, openBoard, test } from './fixtures';

const MJP = 'Opvolgen (opmaak van) MJP';

test('the dialog Sprint field sends work under way to the backlog as Backlog without its sprint due date, and back into a sprint as Gepland', async ({
  page,
}) => {
  await openBoard(page);
  await page.getByRole('button', { name: MJP, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: MJP });
  const status = dialog.getByRole('combobox', { name: 'Status' });
  const sprint = dialog.getByRole('combobox', { name: 'Sprint' });
  const due = dialog.getByRole('textbox', { name: 'Vervaldatum' });
  await expect(status).toHaveValue('in-uitvoering');
  await expect(due).toHaveValue('08-06-2025');

  await sprint.selectOption({ label: 'Backlog' });
  await expect(status).toHaveValue('backlog');
  await expect(due).toHaveValue('');

  const sprint5 = await sprint.locator('option', { hasText: /^Sprint 5\b/ }).textContent();
  await sprint.selectOption({ label: sprint5 ?? '' });
  await expect(status).toHaveValue('gepland');
  await expect(sprint).not.toHaveValue('');
});
