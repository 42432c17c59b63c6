import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openBoard, test } from './fixtures';

// Issue 15, part 3: the board on the wall. "Bord afdrukken" puts the board as filtered and grouped
// on A3 landscape; "Presentatiemodus" shows it one theme at a time for the planning meeting.

const STRUCTUUR = 'Samenstelling en rollen kernteam wijzigen waar nodig';
const COLUMN = /^(.+), (\d+) ta(?:ak|ken)$/;

/** The browser's print dialog would wait for a person: counted instead. */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { prints: number };
    w.prints = 0;
    window.print = () => {
      w.prints += 1;
    };
  });
}
const prints = (page: Page) =>
  page.evaluate(() => (window as unknown as { prints: number }).prints);

/** The board's columns in order, with the number of cards each says it holds. */
async function boardColumns(page: Page) {
  const region = page.getByRole('region', { name: 'Kolommen van het bord' });
  const labels = await region
    .getByRole('region', { name: COLUMN })
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return labels.map((label) => {
    const [, name, count] = COLUMN.exec(label)!;
    return { name: name!, count: Number(count) };
  });
}

test('"Bord afdrukken" prints every card of the filtered board with status, people and blocked reason, without the app around it, on A3 landscape', async ({
  page,
}) => {
  await countPrints(page);
  await openBoard(page, '/?view=bord&sprint=4');
  await page.getByRole('button', { name: 'Alleen geblokkeerd (2)' }).click();
  await expect(page.getByText('gefilterd: 2 van')).toBeVisible();

  await page.getByRole('button', { name: 'Bord afdrukken' }).click();
  await expect.poll(() => prints(page)).toBe(1);
  // Not on the screen: the sheet is for paper only.
  const sheet = page.getByRole('region', { name: 'Afdruk van het bord' });
  await expect(sheet).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(/^Sprint 4 /);
  await expect(sheet.getByText(/^Gefilterd: 2 van \d+ taken\.$/)).toBeVisible();
  // One column per theme, as the board is grouped; the two blocked cards and nothing else.
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveCount(6);
  const cards = sheet.getByRole('listitem');
  await expect(cards).toHaveCount(2);
  const structuur = cards.filter({ hasText: STRUCTUUR });
  await expect(structuur).toContainText('Geblokkeerd');
  await expect(structuur).toContainText('Mensen: Programmamanager');
  await expect(structuur).toContainText(
    'Geblokkeerd: Wachten op de beslissing over de nieuwe organisatiestructuur',
  );
  // The app's chrome is off the paper: navigation, filters, the board's own buttons.
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Bord afdrukken' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Kolommen van het bord' })).toBeHidden();

  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const [, , , w, h] = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/
    .exec(pdf)!
    .map(Number);
  // A3 landscape: 420 × 297 mm.
  expect(Math.round((w! / 72) * 25.4)).toBe(420);
  expect(Math.round((h! / 72) * 25.4)).toBe(297);
  await page.emulateMedia({ media: 'screen' });
});

test('the printed sheet holds as many cards per column as the board counts, grouped by status too', async ({
  page,
}) => {
  await countPrints(page);
  await openBoard(page, '/?view=bord&sprint=4');
  await page.getByRole('combobox', { name: 'Groeperen op' }).selectOption({ label: 'Status' });
  await expect(page.getByRole('region', { name: /^In uitvoering, \d+ ta/ })).toBeVisible();
  const columns = await boardColumns(page);
  expect(columns.map((c) => c.name)).toEqual([
    'Backlog',
    'Gepland',
    'In uitvoering',
    'Geblokkeerd',
    'Afgerond',
  ]);

  await page.getByRole('button', { name: 'Bord afdrukken' }).click();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('region', { name: 'Afdruk van het bord' });
  for (const { name, count } of columns)
    await expect(
      sheet.getByRole('region', { name, exact: true }).getByRole('listitem'),
    ).toHaveCount(count);
  await page.emulateMedia({ media: 'screen' });
});

test('"Presentatiemodus" shows one theme at a time without editing, ArrowRight steps on and says where, Escape returns focus; axe-clean', async ({
  page,
}) => {
  await openBoard(page, '/?view=bord&sprint=4');
  // The columns come with the sprint's tasks, after the heading: read them once they are there.
  await expect(
    page
      .getByRole('region', { name: 'Kolommen van het bord' })
      .getByRole('region', { name: COLUMN }),
  ).toHaveCount(6);
  const themes = (await boardColumns(page)).map((c) => c.name);
  const open = page.getByRole('button', { name: 'Presentatiemodus' });
  await open.click();

  const presentation = page.getByRole('dialog', { name: /^Presentatiemodus: Sprint 4 / });
  await expect(presentation).toBeVisible();
  const stage = presentation.getByRole('heading', { level: 3 });
  await expect(stage).toHaveText(`Thema 1 van 6: ${themes[0]}`);
  // Nothing to edit: no adding, no dragging, no menus.
  await expect(presentation.getByRole('button', { name: /Taak toevoegen/ })).toHaveCount(0);
  await expect(presentation.getByRole('button', { name: /bewerken|verplaatsen/ })).toHaveCount(0);
  await expect(presentation.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(page, '.presentation');

  await page.keyboard.press('ArrowRight');
  await expect(stage).toHaveText(`Thema 2 van 6: ${themes[1]}`);
  await expect(presentation.getByRole('status')).toHaveText(`Thema 2 van 6: ${themes[1]}`);
  await expect(
    presentation.getByRole('list', { name: 'Alle kolommen' }).locator('[aria-current="step"]'),
  ).toHaveText(new RegExp(`^${themes[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`));
  await page.keyboard.press('ArrowLeft');
  await expect(stage).toHaveText(`Thema 1 van 6: ${themes[0]}`);

  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  await expect(open).toBeFocused();
});
