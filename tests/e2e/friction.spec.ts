import type { Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

// Issue 16, fault 11: the smaller frictions, each seen by the programme manager on a laptop.
test.use({ viewport: { width: 1440, height: 900 } });

const STRUCTUUR = 'Samenstelling en rollen kernteam wijzigen waar nodig';
const LONG_GOAL =
  'AI-strategie goedgekeurd door het college, AI-register aangevuld met alle lopende toepassingen, en per directie één aanspreekpunt voor verantwoord AI-gebruik aangeduid en opgeleid.';

/** The text of a select's chosen option fits in the select (arrow and padding included). */
async function showsWholeValue(page: Page, name: string) {
  return page
    .getByRole('dialog')
    .getByRole('combobox', { name, exact: true })
    .evaluate((el: HTMLSelectElement) => {
      const text = el.options[el.selectedIndex]?.text ?? '';
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = text;
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      // Room for the padding and the drop-down arrow.
      return { text, fits: needed + 36 <= el.clientWidth };
    });
}

test('at 1440 px the board says it scrolls sideways and its named region scrolls by keyboard to the sixth column', async ({
  page,
}) => {
  await openBoard(page);
  const region = page.getByRole('region', { name: 'Kolommen van het bord' });
  await expect(region).toBeVisible();
  await expect(
    page.getByText('Het bord is breder dan het scherm: scroll opzij voor alle kolommen →'),
  ).toBeVisible();
  const sixth = region.getByRole('region', {
    name: /^Persoonlijke productiviteit, \d+ ta(ak|ken)$/,
  });
  await expect(sixth).not.toBeInViewport({ ratio: 1 });
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('End');
  for (let i = 0; i < 30 && (await region.evaluate((el) => el.scrollLeft)) === 0; i++)
    await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await expect(sixth).toBeInViewport({ ratio: 1 });
});

test('the sprint goal wraps to show a long goal whole and says it was saved', async ({ page }) => {
  await openBoard(page);
  const goal = page.getByRole('textbox', { name: 'Sprintdoel' });
  await goal.fill(LONG_GOAL);
  await goal.press('Enter');
  await expect(page.getByText('✓ Sprintdoel bewaard')).toBeVisible();
  await expect(goal).toHaveValue(LONG_GOAL);
  // Whole: nothing of the goal is scrolled out of sight.
  const { scroll, client } = await goal.evaluate((el) => ({
    scroll: el.scrollHeight,
    client: el.clientHeight,
  }));
  expect(scroll).toBeLessThanOrEqual(client + 2);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Sprintdoel' })).toHaveValue(LONG_GOAL);
});

test('the task dialog shows the whole Label and Actie of a task', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: STRUCTUUR, exact: true }).click();
  await expect(page.getByRole('dialog', { name: STRUCTUUR })).toBeVisible();
  for (const name of ['Label', 'Actie']) {
    const { text, fits } = await showsWholeValue(page, name);
    expect(text.length, name).toBeGreaterThan(10);
    expect(fits, `${name}: ${text}`).toBe(true);
  }
});

test('the close dialog groups tasks by theme with their people and moves all to sprint 5 or the backlog at once', async ({
  page,
}) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Sprint afsluiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sprint 4 afsluiten' });
  const list = dialog.getByRole('list', { name: 'Niet-afgeronde taken' });
  await expect(list.getByRole('heading', { level: 3 }).first()).toBeVisible();
  const rollen = list.getByRole('list', { name: /^AI-rollen.*\(\d+ ta(ak|ken)\)$/ });
  await expect(rollen.getByRole('group', { name: new RegExp(`^${STRUCTUUR}`) })).toContainText(
    'Toegewezen aan: ',
  );
  const tasks = await list.getByRole('group').count();
  expect(tasks).toBeGreaterThan(5);
  await dialog.getByRole('button', { name: 'Alles naar de backlog' }).click();
  await expect(list.getByRole('radio', { name: 'Naar de backlog', checked: true })).toHaveCount(
    tasks,
  );
  await dialog.getByRole('button', { name: 'Alles naar sprint 5' }).click();
  await expect(list.getByRole('radio', { name: /^Naar Sprint 5/, checked: true })).toHaveCount(
    tasks,
  );
});

test('the roadmap legend lists Geblokkeerd once and no chip breaks a word across lines', async ({
  page,
}) => {
  await openBoard(page, '/?view=roadmap');
  const legend = page.getByRole('list', { name: 'Legende' });
  await expect(legend.getByRole('listitem').filter({ hasText: /geblokkeerd/i })).toHaveCount(1);
  const chips = page.locator('.rm-title');
  await expect(chips.first()).toBeVisible();
  const split = await chips.evaluateAll((els) =>
    els.flatMap((el) => {
      const node = el.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return [];
      const text = node.textContent ?? '';
      const broken: string[] = [];
      // A line may break at a space, a hyphen or a dash (AI-platform, 2026–2031), not inside a word.
      for (const m of text.matchAll(/[^\s\-–/]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        // A word on one line has one box; a word broken over two lines has two.
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
      return broken;
    }),
  );
  expect(split).toEqual([]);
});
