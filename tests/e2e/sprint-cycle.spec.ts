import type { Page } from '@playwright/test';
import { dragByMouse } from './dnd-helpers';
import { copyForTeams, dragByKeyboard, expect, openBoard, test } from './fixtures';

// Issue 16, "Done when": the team lead's cycle on one day, as one user walks it — review sprint 4,
// copy the report for Teams, close the sprint, land on sprint 5, plan it from the backlog by mouse
// and keyboard, and read sprint 4's report again: every figure as it was before the close.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SOVEREIGNTY = 'AI-soevereiniteit: standpunt Groep Gent formuleren';
const LAWYERS = 'Specifieke AI-opleiding voor juristen en aankopers';
const STRATEGY = 'Strategie en doelstellingen';
const CHANGE = 'Verandermanagement';

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });
const backlog = (page: Page) =>
  page
    .getByRole('region', { name: 'Backlog om te plannen' })
    .getByRole('list', { name: /^Backlog/ });
const load = (page: Page) =>
  page.getByRole('region', { name: 'Open taken per persoon in sprint 5' });

/** Every figure of the report on screen: each table row, and the burn-up chart's description. */
async function reportFigures(page: Page) {
  const report = page.getByRole('article', { name: 'Sprintrapport sprint 4' });
  await expect(report.getByRole('table', { name: 'Totalen van de sprint' })).toBeVisible();
  const tables = await report
    .getByRole('table')
    .evaluateAll((all) =>
      all.map((table) =>
        [...table.querySelectorAll('tr')].map((tr) =>
          [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''),
        ),
      ),
    );
  const chart = await report
    .getByRole('img', { name: /^Burn-up van sprint 4/ })
    .getAttribute('aria-label');
  return { tables, chart };
}

test('the sprint cycle: review and copy sprint 4, close it, plan sprint 5 from the backlog by mouse and keyboard; sprint 4’s report keeps every figure', async ({
  page,
}) => {
  // Review sprint 4.
  await openBoard(page, '/?view=rapport&sprint=4');
  await expect(page.getByRole('heading', { name: 'Sprintrapport sprint 4' })).toBeVisible();
  const before = await reportFigures(page);
  expect(before.tables.length).toBeGreaterThan(3);

  // Send it to the Teams chat: formatted HTML and plain text on the clipboard.
  const clip = await copyForTeams(page);
  expect(clip?.types).toEqual(['text/html', 'text/plain']);
  expect(clip?.html).toContain('<h1>Sprintrapport sprint 4</h1>');
  expect(clip?.html).toContain('<table');

  // Close sprint 4 on the board, with the dialog's defaults.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Bord' })
    .click();
  await page.getByRole('combobox', { name: 'Sprint' }).selectOption('4');
  await page.getByRole('button', { name: 'Sprint afsluiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sprint 4 afsluiten' });
  await dialog.getByRole('button', { name: 'Sprint afsluiten' }).click();
  await expect(dialog).toHaveCount(0);

  // The board goes on to sprint 5.
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('5');
  await expect(page.getByRole('heading', { name: /^Sprint 5/ })).toBeVisible();

  // Plan sprint 5 from the backlog: one task by mouse, one by keyboard.
  await page.getByRole('button', { name: 'Sprint plannen' }).click();
  await expect(backlog(page).getByRole('button', { name: SOVEREIGNTY, exact: true })).toBeVisible();
  await dragByMouse(
    page,
    backlog(page).getByRole('button', { name: SOVEREIGNTY, exact: true }),
    column(page, STRATEGY),
    STRATEGY,
  );
  await expect(column(page, STRATEGY).getByRole('button', { name: SOVEREIGNTY })).toBeVisible();
  await dragByKeyboard(
    page,
    backlog(page).getByRole('button', { name: LAWYERS, exact: true }),
    'ArrowRight',
    CHANGE,
  );
  await expect(column(page, CHANGE).getByRole('button', { name: LAWYERS })).toBeVisible();
  await expect(load(page).getByText(/^HR: [1-9]\d* ta(ak|ken)$/)).toBeVisible();
  await expect(load(page).getByText(/^Innovatiestrateeg: [1-9]\d* ta(ak|ken)$/)).toBeVisible();

  // Sprint 4's report again, from the closed sprint's link.
  await page.getByRole('button', { name: 'Vorige sprint' }).click();
  await page.getByRole('link', { name: 'Sprintrapport van sprint 4' }).click();
  await expect(page.getByRole('heading', { name: 'Sprintrapport sprint 4' })).toBeVisible();
  const after = await reportFigures(page);
  expect(after).toEqual(before);
});
