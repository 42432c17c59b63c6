import { expect, openBoard, test } from './fixtures';

// Issue 16, fault 9: the demo lives on its story day, 20 May 2025, whatever the clock says.
const LATER = new Date('2026-11-29T10:00:00+01:00');

test('opened on 29-11-2026, the demo shows sprint 4 as of 20-05-2025 with a notice, and nothing due after that day is late', async ({
  page,
}) => {
  // Overrides the fixture's clock (20 May 2025): a visitor opening the demo long after its story.
  await page.clock.setFixedTime(LATER);
  await openBoard(page);
  await expect(page.getByText('Demo: je bekijkt dit jaarplan zoals op 20-05-2025')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  await expect(page.getByRole('heading', { name: 'Sprint 4 · 28 apr – 8 jun 2025' })).toBeVisible();
  await expect(page.getByText(/^nog \d+ dagen$/)).toBeVisible();
  await expect(page.getByText('afgelopen')).toHaveCount(0);
  // Sprint 4's due dates all lie after 20-05-2025 (27 May – 8 June): not one is late.
  await expect(page.getByRole('button', { name: 'Opvolgen (opmaak van) MJP' })).toBeVisible();
  await expect(page.getByText('(te laat)')).toHaveCount(0);

  // The whole-plan blocked list counts its days up to the story day: none blocked since later.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: /^Alle geblokkeerde taken \(\d+\)$/ })
    .click();
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader')).toHaveCount(7);
  await expect(page.getByText('Demo: je bekijkt dit jaarplan zoals op 20-05-2025')).toBeVisible();
  const since = await table.getByText(/^sinds \d\d-\d\d$/).allTextContents();
  expect(since).toHaveLength(7);
  for (const text of since) {
    const [, day, month] = /(\d\d)-(\d\d)/.exec(text)!;
    expect(`2025-${month}-${day}` <= '2025-05-20', text).toBe(true);
  }

  // The report speaks of the same day.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Sprintrapport' })
    .click();
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  await expect(page.getByText('Lopende sprint, stand op 20 mei 2025')).toBeVisible();
});
