import { expect, openBoard, test } from './fixtures';

test('with the Geblokkeerd filter on, the sprint header keeps the sprint totals and says it is filtered', async ({
  page,
}) => {
  await openBoard(page);
  const counts = page.getByRole('list', { name: 'Aantal taken per status' });
  // The counts are read once the sprint has loaded: before that the toggle says "(0)".
  await expect(
    page.getByRole('button', { name: /^Alleen geblokkeerd \([1-9]\d*\)$/ }),
  ).toBeVisible();
  const before = await counts.innerText();
  await expect(page.getByText(/gefilterd/)).toHaveCount(0);

  await page.getByRole('button', { name: /^Alleen geblokkeerd \(\d+\)$/ }).click();
  await expect(page.getByText(/gefilterd: \d+ van 16 taken getoond/)).toBeVisible();
  expect(await counts.innerText()).toBe(before);
});
