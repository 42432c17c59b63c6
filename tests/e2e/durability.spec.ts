import { DEMO_TODAY, expect, openBoard, test } from './fixtures';
import {
  addOne,
  column,
  columnCount,
  dumpDatabase,
  openAddField,
  storedTitles,
  twoTabs,
} from './durability-helpers';

// The promise of Sprintbord: an edit the screen showed as saved is on disk, whatever happens
// next (a reload, a second tab, a closed tab).

const THEME = 'Verandermanagement';
const TASK = 'Opstellen van een DPIA M365 Copilot';
const pad = (n: number) => String(n).padStart(3, '0');

test('200 quick edits, reloaded the moment the board shows them: all 200 are there', async ({
  page,
  foreignRequests,
}) => {
  test.setTimeout(180_000);
  await openBoard(page);
  const before = await columnCount(page, THEME);
  const list = column(page, THEME).getByRole('list', { name: THEME });
  const openBefore = Number(await list.getByRole('listitem').first().getAttribute('aria-setsize'));
  const field = await openAddField(page, THEME);
  const titles = Array.from({ length: 200 }, (_, i) => `Burst ${pad(i + 1)}`);
  for (const title of titles) await addOne(field, title);
  // The field empties at Enter, before the write is done; a card appears only once its write is
  // stored. So the board claims all 200 the moment the column counts them, and the reload comes
  // right then.
  await expect(column(page, THEME)).toHaveAttribute(
    'aria-label',
    `${THEME}, ${before + 200} taken`,
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaarplan AI 2025');
  await expect(column(page, THEME)).toHaveAttribute(
    'aria-label',
    `${THEME}, ${before + 200} taken`,
  );
  // The column renders the cards near its scroll box; each card says its place among them all.
  await expect(list.getByRole('listitem').first()).toHaveAttribute(
    'aria-setsize',
    String(openBefore + 200),
  );
  // Scrolled to its end (once the box holds the whole column: a screenful shows while the
  // windowing code loads), the column shows the last card added.
  const box = column(page, THEME).locator('.card-scroll').first();
  await expect.poll(() => box.evaluate((el) => el.scrollHeight)).toBeGreaterThan(200 * 50);
  await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = column(page, THEME).getByRole('button', { name: 'Burst 200' });
  await expect(last).toBeVisible();
  await expect(last.locator('xpath=ancestor::li[1]')).toHaveAttribute(
    'aria-posinset',
    String(openBefore + 200),
  );
  const stored = (await storedTitles(page)).filter((t) => t.startsWith('Burst '));
  expect(stored.sort()).toEqual(titles);
  expect(foreignRequests).toEqual([]);
});

test('an edit in one tab appears in a second tab within a second', async ({
  page,
  context,
  foreignRequests,
}) => {
  const second = await twoTabs(page, context);
  const field = await openAddField(page, THEME);
  await addOne(field, 'Gezien in het tweede tabblad');
  await expect(
    column(second, THEME).getByRole('button', { name: 'Gezien in het tweede tabblad' }),
  ).toBeVisible({ timeout: 1_000 });

  // And back: the second tab's edit reaches the first.
  const back = await openAddField(second, 'Betrouwbare AI');
  await addOne(back, 'Terug naar het eerste tabblad');
  await expect(
    column(page, 'Betrouwbare AI').getByRole('button', { name: 'Terug naar het eerste tabblad' }),
  ).toBeVisible({ timeout: 1_000 });
  expect(foreignRequests).toEqual([]);
});

test('the same task edited in two tabs ends in one consistent state', async ({
  page,
  context,
  foreignRequests,
}) => {
  const second = await twoTabs(page, context);
  const taskId = ((await dumpDatabase(page)).tasks ?? []).find((t) => t.title === TASK)!.id;
  for (const tab of [page, second]) {
    await tab.getByRole('button', { name: TASK }).click();
    await expect(tab.getByRole('dialog', { name: TASK })).toBeVisible();
  }
  const titleIn = (tab: typeof page) =>
    tab.getByRole('dialog').getByRole('textbox', { name: 'Titel', exact: true });

  // Different fields in the two tabs: both changes survive (no lost update).
  await titleIn(page).fill('DPIA M365 Copilot (tab A)');
  await titleIn(page).press('Enter');
  await expect(titleIn(second)).toHaveValue('DPIA M365 Copilot (tab A)', { timeout: 1_000 });
  await second
    .getByRole('dialog')
    .getByRole('combobox', { name: 'Prioriteit' })
    .selectOption('urgent');
  await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Prioriteit' })).toHaveValue(
    'urgent',
    {
      timeout: 1_000,
    },
  );

  // Typing in one tab is not overwritten by a save of the same field in the other; saved
  // afterwards, it wins in both.
  await titleIn(page).fill('Nog aan het typen in tab A');
  await titleIn(second).fill('Eerst bewaard in tab B');
  await titleIn(second).press('Enter');
  await expect(page.getByRole('button', { name: 'Eerst bewaard in tab B' })).toBeAttached();
  await expect(titleIn(page)).toHaveValue('Nog aan het typen in tab A');
  await titleIn(page).press('Enter');
  await expect(titleIn(second)).toHaveValue('Nog aan het typen in tab A');

  // The same field in both tabs, saved as close together as possible: the last write wins
  // everywhere.
  await titleIn(page).fill('Titel uit tab A');
  await titleIn(second).fill('Titel uit tab B');
  await Promise.all([titleIn(page).press('Enter'), titleIn(second).press('Enter')]);
  // Both tabs can agree for a moment on the write that is about to be overtaken: the end state
  // is both fields and the stored row on one title.
  const agreed = async () => {
    const [a, b] = [await titleIn(page).inputValue(), await titleIn(second).inputValue()];
    const stored = ((await dumpDatabase(page)).tasks ?? []).find((t) => t.id === taskId)?.title;
    return a === b && b === stored ? a : null;
  };
  await expect.poll(agreed, { timeout: 5_000 }).not.toBeNull();
  const shown = (await agreed())!;
  expect(['Titel uit tab A', 'Titel uit tab B']).toContain(shown);
  const tasks = (await dumpDatabase(page)).tasks ?? [];
  expect(tasks.find((t) => t.id === taskId)).toMatchObject({ title: shown, priority: 'urgent' });
  expect(tasks.filter((t) => String(t.title).startsWith('Titel uit tab'))).toHaveLength(1);

  for (const tab of [page, second]) await tab.reload();
  for (const tab of [page, second]) {
    await expect(tab.getByRole('button', { name: shown })).toBeVisible();
    await tab.getByRole('button', { name: shown }).click();
    await expect(tab.getByRole('dialog').getByRole('combobox', { name: 'Prioriteit' })).toHaveValue(
      'urgent',
    );
  }
  expect(foreignRequests).toEqual([]);
});

test('a task deleted in one tab while open in another: that tab says so and keeps a copy', async ({
  page,
  context,
  foreignRequests,
}) => {
  const second = await twoTabs(page, context);
  await page.getByRole('button', { name: TASK }).click();
  await expect(page.getByRole('dialog', { name: TASK })).toBeVisible();

  await second.getByRole('button', { name: TASK }).click();
  const doomed = second.getByRole('dialog', { name: TASK });
  await doomed.getByRole('button', { name: 'Taak verwijderen' }).click();
  await doomed.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(second.getByRole('button', { name: TASK })).toHaveCount(0);

  const gone = page.getByRole('dialog', { name: 'Taak verwijderd' });
  await expect(gone.getByRole('alert')).toContainText('is verwijderd terwijl je ze open had');
  await expect(gone.getByRole('button', { name: 'Kopie bewaren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: TASK })).toBeVisible();
  await expect(second.getByRole('button', { name: TASK })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('a change from another tab waits while a card is being dragged, and shows once it is dropped', async ({
  page,
  context,
  foreignRequests,
}) => {
  const second = await twoTabs(page, context);
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(nav.getByRole('link', { name: 'Alle geblokkeerde taken (7)' })).toBeVisible();
  const card = page.locator('.card', { has: page.getByRole('button', { name: TASK }) });
  await expect(card).toContainText('In uitvoering');

  // A picks up another card with the keyboard and holds it.
  await page.getByRole('button', { name: 'Kennisdeling: AI-projectshowcases' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(/opgepakt|boven/);

  // The second tab blocks a task: the first tab hears of it (its count outside the board), but
  // the card under the drag stays as it was.
  await second.getByRole('button', { name: TASK }).click();
  await second
    .getByRole('dialog', { name: TASK })
    .getByRole('combobox', { name: 'Status' })
    .selectOption({ label: 'Geblokkeerd' });
  await expect(nav.getByRole('link', { name: 'Alle geblokkeerde taken (8)' })).toBeVisible();
  await expect(card).toContainText('In uitvoering');
  await expect(card).not.toContainText('Geblokkeerd');

  // Dropped (here: put back with Escape), the board shows the change.
  await page.keyboard.press('Escape');
  await expect(card).toContainText('Geblokkeerd');
  expect(foreignRequests).toEqual([]);
});

test('a card dropped after another tab deleted it lands nowhere, and the board says why', async ({
  page,
  context,
  foreignRequests,
}) => {
  const MOVED = 'Kennisdeling: AI-projectshowcases';
  const second = await twoTabs(page, context);
  const live = page.locator('[id^="DndLiveRegion"]');
  await page.getByRole('button', { name: MOVED }).focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText(/opgepakt|boven/);

  // The second tab deletes the card while the first holds it.
  await second.getByRole('button', { name: MOVED }).click();
  const doomed = second.getByRole('dialog', { name: MOVED });
  await doomed.getByRole('button', { name: 'Taak verwijderen' }).click();
  await doomed.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(second.getByRole('button', { name: MOVED })).toHaveCount(0);

  // Dropped in the next column: the write is refused, and the card is in no column.
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('boven Betrouwbare AI');
  await page.keyboard.press('Space');
  await expect(page.getByText('Dit item bestaat niet meer.')).toBeVisible();
  await expect(page.getByRole('button', { name: MOVED })).toHaveCount(0);
  await expect(column(page, 'Betrouwbare AI').getByRole('button', { name: MOVED })).toHaveCount(0);
  expect(foreignRequests).toEqual([]);
});

test('closing the tab during a burst loses nothing the screen showed as saved', async ({
  context,
  foreignRequests,
}) => {
  const tab = await context.newPage();
  await tab.clock.setFixedTime(DEMO_TODAY);
  await openBoard(tab);
  const field = await openAddField(tab, THEME);
  const saved: string[] = [];
  for (let i = 1; i <= 40; i++) {
    await addOne(field, `Sluit ${pad(i)}`);
    saved.push(`Sluit ${pad(i)}`);
  }
  // Three more fired without waiting, then the tab is gone mid-write.
  for (let i = 41; i <= 43; i++) {
    await field.fill(`Sluit ${pad(i)}`);
    await field.press('Enter', { noWaitAfter: true });
  }
  await tab.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.clock.setFixedTime(DEMO_TODAY);
  await openBoard(again);
  const stored = (await storedTitles(again)).filter((t) => t.startsWith('Sluit '));
  expect(stored).toEqual(expect.arrayContaining(saved));
  // What was in flight is either whole or absent, never a half task.
  expect(stored.length).toBeGreaterThanOrEqual(40);
  expect(stored.length).toBeLessThanOrEqual(43);
  for (const title of saved)
    await expect(column(again, THEME).getByRole('button', { name: title })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});
