import { expect, openBoard, test } from './fixtures';

test('opens the demo year plan and keeps it over a reload, without outside requests', async ({
  page,
  foreignRequests,
}) => {
  await openBoard(page);
  for (const theme of [
    'Strategie en doelstellingen',
    'Betrouwbare AI',
    'Persoonlijke productiviteit',
  ]) {
    await expect(page.getByRole('heading', { name: theme }).first()).toBeVisible();
  }
  await expect(page.getByText('Opstellen van een DPIA M365 Copilot')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Opstellen van een DPIA M365 Copilot')).toBeVisible();
  expect(foreignRequests).toEqual([]);
});
