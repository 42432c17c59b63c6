import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { dragByKeyboard, expect, openBoard, test } from './fixtures';

// Every test runs on 20 May 2025 (sprint 4) and fails on any request outside the app (fixtures).
const ROLLEN = 'AI-rollen, processen en verantwoordelijkheden';
const DPIA = 'Opstellen van een DPIA M365 Copilot';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A roadmap chip is a button named "<title>, <status>". */
const chip = (scope: Page | Locator, title: string) =>
  scope.getByRole('button', { name: new RegExp(`^${escape(title)}, `) });
/** The list of chips in the cell of a row under a column; every cell's list is named "<row> · <column>". */
const cell = (page: Page, row: string, column: string) =>
  page.getByRole('list', { name: `${row} · ${column}` });
const boardColumn = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${escape(name)}, \\d+ ta(ak|ken)$`) });

async function openRoadmap(page: Page, query = '') {
  await openBoard(page, `/?view=roadmap${query}`);
  await expect(page.getByRole('heading', { name: 'Roadmap', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Roadmap Jaarplan AI 2025/ })).toBeVisible();
}

/** The grid cell of `row` under the column whose header matches `header`, found through the table's own structure. */
async function gridCell(page: Page, row: string, header: RegExp): Promise<Locator> {
  const headers = await page.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => header.test(h.replace(/\s+/g, ' ')));
  expect(index, `a column ${header}`).toBeGreaterThan(0);
  const tr = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escape(row)}`) }) });
  // The first column is the row header; the cells follow.
  return tr.getByRole('cell').nth(index - 1);
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.violations).toEqual([]);
}

/** After a move: in the new cell after a reload, and on the board of sprint 5. */
async function expectInSprint5(page: Page) {
  await expect(chip(cell(page, ROLLEN, 'Sprint 5'), DPIA)).toBeVisible();
  await expect(chip(cell(page, ROLLEN, 'Sprint 4'), DPIA)).toHaveCount(0);
  await page.reload();
  await expect(chip(cell(page, ROLLEN, 'Sprint 5'), DPIA)).toBeVisible();
  await expect(chip(cell(page, ROLLEN, 'Sprint 4'), DPIA)).toHaveCount(0);
  await openBoard(page, '/?view=bord&sprint=5');
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('5');
  await expect(boardColumn(page, ROLLEN).getByRole('button', { name: DPIA })).toBeVisible();
  await openBoard(page, '/?view=bord&sprint=4');
  await expect(boardColumn(page, ROLLEN).getByRole('button', { name: DPIA })).toHaveCount(0);
}

test('shows the themes by the sprints of the year, the current sprint marked; axe-clean', async ({
  page,
}) => {
  await openRoadmap(page);
  const sprint4 = page.getByRole('columnheader', { name: /^Sprint 4\s*28 apr – 8 jun 2025/ });
  await expect(sprint4).toContainText('huidige sprint');
  await expect(page.getByRole('columnheader', { name: /^Backlog/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /^Sprint \d+/ })).toHaveCount(9);
  await expect(page.getByRole('rowheader')).toHaveCount(6);
  // "Opstellen van een DPIA M365 Copilot" stands in the row of its theme under 28 apr – 8 jun 2025.
  const under = await gridCell(page, ROLLEN, /28 apr – 8 jun 2025/);
  await expect(chip(under, DPIA)).toBeVisible();
  await expect(chip(under, DPIA)).toHaveAccessibleName(`${DPIA}, In uitvoering`);
  // A blocked task carries its marker.
  await expect(
    chip(under, 'Samenstelling en rollen kernteam wijzigen waar nodig'),
  ).toHaveAccessibleName(/, Geblokkeerd$/);
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Rijen' }).selectOption('actions');
  await expect(page).toHaveURL(/[?&]rijen=acties/);
  await expect(page.getByRole('columnheader', { name: 'Actie' })).toBeVisible();
  await expect(
    chip(cell(page, 'Processen voor AI-tools en -projecten', 'Sprint 4'), DPIA),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

/** The box of an element once the page stopped moving (a notice may still push the header open). */
async function settledBox(target: Locator) {
  let last = await target.boundingBox();
  for (let i = 0; i < 20; i++) {
    await target.page().waitForTimeout(250);
    const now = await target.boundingBox();
    if (now && last && now.x === last.x && now.y === last.y && now.width === last.width) return now;
    last = now;
  }
  return last!;
}

test('drags the DPIA by mouse to the next sprint; after a reload it is there and on the board of sprint 5', async ({
  page,
}) => {
  await openRoadmap(page);
  const from = chip(await gridCell(page, ROLLEN, /28 apr – 8 jun 2025/), DPIA);
  const to = await gridCell(page, ROLLEN, /^Sprint 5 /);
  // Mid-screen: near the window's edge dnd-kit scrolls the page under the pointer.
  await from.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const a = await settledBox(from);
  const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const b = (await to.boundingBox())!;
    const end = { x: b.x + b.width / 2, y: b.y + Math.min(b.height / 2, 40) };
    await page.mouse.move(
      start.x + ((end.x - start.x) * i) / steps,
      start.y + ((end.y - start.y) * i) / steps,
    );
    await page.waitForTimeout(20);
  }
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(
    `Taak ${DPIA} boven ${ROLLEN} · Sprint 5.`,
  );
  await page.mouse.up();
  await expectInSprint5(page);
});

test('drags the DPIA by keyboard to the next sprint, with Dutch announcements; focus follows it', async ({
  page,
}) => {
  await openRoadmap(page);
  const from = chip(cell(page, ROLLEN, 'Sprint 4'), DPIA);
  await dragByKeyboard(page, from, 'ArrowRight', `${ROLLEN} · Sprint 5`);
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(
    `Taak ${DPIA} neergezet in ${ROLLEN} · Sprint 5.`,
  );
  await expect(chip(cell(page, ROLLEN, 'Sprint 5'), DPIA)).toBeFocused();
  await expectInSprint5(page);
});

test('moves a task with the keyboard-friendly dialog too; Escape cancels a keyboard drag', async ({
  page,
}) => {
  await openRoadmap(page);
  const from = chip(cell(page, ROLLEN, 'Sprint 4'), DPIA);
  const live = page.locator('[id^="DndLiveRegion"]');
  await from.focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText(/opgepakt|boven/);
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText(`boven ${ROLLEN} · Sprint 5`);
  await page.keyboard.press('Escape');
  await expect(live).toContainText(`Verplaatsen van ${DPIA} geannuleerd.`);
  await expect(from).toBeVisible();

  await from.press('Enter');
  const dialog = page.getByRole('dialog', { name: `„${DPIA}” verplaatsen` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog
    .getByRole('combobox', { name: 'Sprint' })
    .selectOption({ label: 'Sprint 5 · 9 jun – 20 jul 2025' });
  await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(chip(cell(page, ROLLEN, 'Sprint 5'), DPIA)).toBeFocused();
  await expectInSprint5(page);
});

test('the Geblokkeerd filter narrows the roadmap to the blocked tasks', async ({ page }) => {
  await openRoadmap(page);
  const chips = page.locator('.rm-task-button');
  const toggle = page.getByRole('button', { name: /^Alleen geblokkeerd \(\d+\)$/ });
  // Counts are read once the plan has loaded: before that there are no chips and the toggle says "(0)".
  await expect(toggle).toHaveText(/^Alleen geblokkeerd \([1-9]\d*\)$/);
  await expect(chips.first()).toBeVisible();
  const all = await chips.count();
  const n = Number(/\((\d+)\)/.exec((await toggle.textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  expect(all).toBeGreaterThan(n);
  await toggle.click();
  await expect(page).toHaveURL(/[?&]geblokkeerd=1/);
  await expect(page.getByText(/^Filter actief: \d+ van \d+ taken getoond\.$/)).toContainText(
    `Filter actief: ${n} van`,
  );
  await expect(chips).toHaveCount(n);
  await expect(
    page.getByRole('button', { name: /, (Backlog|Gepland|In uitvoering|Afgerond)$/ }),
  ).toHaveCount(0);
  await expect(chip(page, DPIA)).toHaveCount(0);
  await expect(
    chip(cell(page, ROLLEN, 'Sprint 4'), 'Samenstelling en rollen kernteam wijzigen waar nodig'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a closed sprint shows its frozen outcome and takes no drops', async ({ page }) => {
  await openBoard(page, '/?view=bord&sprint=3');
  await page.getByRole('button', { name: 'Sprint afsluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sprint afsluiten' }).click();
  // After the close the board follows the work to the next sprint.
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('4');
  await openRoadmap(page);
  const sprint3 = page.getByRole('columnheader', { name: /^Sprint 3 / });
  await expect(sprint3).toContainText('afgesloten');
  await expect(sprint3).toContainText(/Resultaat bij afsluiten: \d+ van \d+ afgerond/);
  const frozen = await gridCell(page, ROLLEN, /^Sprint 3 /);
  await expect(frozen.getByRole('listitem')).not.toHaveCount(0);
  // Frozen chips are no buttons: nothing to drag out of a closed sprint.
  await expect(frozen.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('prints on one landscape page', async ({ page }) => {
  for (const query of ['', '&rijen=acties']) {
    await openRoadmap(page, query);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeHidden();
    await expect(page.getByText('Jaarplan AI 2025 · stand op 20 mei 2025')).toBeVisible();
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `pages for "${query || 'themes'}"`).toHaveLength(1);
    const [, , , w, h] = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/
      .exec(pdf)!
      .map(Number);
    expect(w).toBeGreaterThan(h!);
    // A3 landscape: 420 × 297 mm in points.
    expect(Math.round((w! / 72) * 25.4)).toBe(420);
    await page.emulateMedia({ media: 'screen' });
  }
});
