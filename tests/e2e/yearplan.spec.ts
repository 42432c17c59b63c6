import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openBoard, test } from './fixtures';

// Every test runs on 20 May 2025 (sprint 4) and fails on any request outside the app (fixtures).
const ROLLEN = 'AI-rollen, processen en verantwoordelijkheden';
const DPIA = 'Opstellen van een DPIA M365 Copilot';

const treeitem = (scope: Page | Locator, name: string) =>
  scope.getByRole('treeitem', { name, exact: true });

async function openPlan(page: Page, query = '') {
  await openBoard(page, `/?view=jaarplan${query}`);
  await expect(page.getByRole('heading', { name: 'Jaarplan', level: 2 })).toBeVisible();
  await expect(
    page.getByRole('tree', { name: 'Jaarplan: thema’s, acties en taken' }),
  ).toBeVisible();
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.violations).toEqual([]);
}

test('shows the outline with progress per theme and action; axe-clean, also with a panel open', async ({
  page,
}) => {
  await openPlan(page);
  await expect(page.getByRole('treeitem').and(page.locator('[aria-level="1"]'))).toHaveCount(6);
  const rollen = treeitem(page, ROLLEN);
  await expect(rollen).toHaveAttribute('aria-expanded', 'true');
  await expect(rollen).toHaveAccessibleDescription(
    /^\d+\/\d+ afgerond, ?\d+ open, ?\d+ geblokkeerd, ?\d+ te laat, ?Sprint \d+–\d+$/,
  );
  const werking = treeitem(rollen, 'Werking en samenstelling AI-kernteam');
  await expect(
    werking.getByRole('progressbar', {
      name: /^Voortgang Werking en samenstelling AI-kernteam: \d+ van \d+ taken afgerond$/,
    }),
  ).toBeVisible();
  await expect(werking).toContainText('Eigenaar: Programmamanager');
  await expectNoAxeViolations(page);

  await werking
    .getByRole('button', { name: 'Werking en samenstelling AI-kernteam bewerken' })
    .click();
  await expect(
    werking.getByRole('form', { name: 'Werking en samenstelling AI-kernteam bewerken' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('adds an action under a theme and a task under it; both survive a reload and the task is on the roadmap', async ({
  page,
}) => {
  await openPlan(page);
  const theme = treeitem(page, 'Betrouwbare AI');
  await theme.getByRole('button', { name: '+ Actie toevoegen' }).first().click();
  const actionTitle = page.getByRole('textbox', { name: 'Titel van de nieuwe actie' });
  await expect(actionTitle).toBeFocused();
  await actionTitle.fill('Register van AI-systemen');
  await actionTitle.press('Enter');
  const action = treeitem(theme, 'Register van AI-systemen');
  await expect(action).toHaveAttribute('aria-level', '2');
  await expect(page.getByText('„Register van AI-systemen” toegevoegd.')).toBeVisible();
  await actionTitle.press('Escape');
  await expect(theme).toBeFocused();

  await action.getByRole('button', { name: '+ Taak toevoegen' }).click();
  const taskTitle = page.getByRole('textbox', { name: 'Titel van de nieuwe taak' });
  await taskTitle.fill('Inventaris van AI-toepassingen opstellen');
  await taskTitle.press('Enter');
  const task = treeitem(action, 'Inventaris van AI-toepassingen opstellen');
  await expect(task).toHaveAttribute('aria-level', '3');
  await expect(action).toHaveAccessibleDescription(
    /^0\/1 afgerond, ?1 open, ?0 geblokkeerd, ?0 te laat, ?Niet ingepland$/,
  );

  await page.reload();
  const again = treeitem(treeitem(page, 'Betrouwbare AI'), 'Register van AI-systemen');
  await expect(again).toHaveAttribute('aria-expanded', 'false');
  // Keyboard: Right opens the action, a second Right enters it.
  await again.focus();
  await page.keyboard.press('ArrowRight');
  await expect(again).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(treeitem(again, 'Inventaris van AI-toepassingen opstellen')).toBeFocused();

  // A new task without target sprint starts in the backlog, as the roadmap shows.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Roadmap' })
    .click();
  await expect(
    page
      .getByRole('list', { name: 'Betrouwbare AI · Backlog' })
      .getByRole('button', { name: /^Inventaris van AI-toepassingen opstellen, / }),
  ).toBeVisible();
});

test('moves a task to another action, renames it and reorders tasks with Alt+arrow; the tree is one tab stop', async ({
  page,
}) => {
  await openPlan(page);
  const processen = treeitem(page, 'Processen voor AI-tools en -projecten');
  await expect(processen).toHaveAttribute('aria-expanded', 'false');
  await processen.focus();
  await page.keyboard.press('ArrowRight');
  const dpia = treeitem(processen, DPIA);
  await dpia.focus();
  await page.keyboard.press('Enter');
  const form = dpia.getByRole('form', { name: `${DPIA} bewerken` });
  await form
    .getByRole('textbox', { name: 'Titel van de taak' })
    .fill('DPIA M365 Copilot opstellen');
  await form
    .getByRole('combobox', { name: 'Verplaatsen naar…' })
    .selectOption({ label: 'Voldoen aan de EU AI Act' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  const eu = treeitem(page, 'Voldoen aan de EU AI Act');
  await expect(treeitem(eu, 'DPIA M365 Copilot opstellen')).toBeFocused();
  await page.reload();
  const euAgain = treeitem(page, 'Voldoen aan de EU AI Act');
  // The tasks arrive after the plan: until then the action has nothing to open.
  await expect(euAgain).toHaveAttribute('aria-expanded', 'false');
  await euAgain.focus();
  await page.keyboard.press('ArrowRight');
  await expect(treeitem(euAgain, 'DPIA M365 Copilot opstellen')).toBeVisible();
  // One tab stop: the roving tabindex leaves exactly one item in the tab order.
  await expect(page.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);

  // Alt+Up trades places with the task above in the same sprint, here and on the board.
  const werking = treeitem(page, 'Werking en samenstelling AI-kernteam');
  await expect(werking).toHaveAttribute('aria-expanded', 'false');
  await werking.focus();
  await page.keyboard.press('ArrowRight');
  const loop = treeitem(werking, 'Werking kernteam: gebruik MS Loop i.p.v. OneNote?');
  const order = () => werking.locator('[role="treeitem"] .outline-title').allInnerTexts();
  const before = await order();
  const at = before.indexOf('Werking kernteam: gebruik MS Loop i.p.v. OneNote?');
  expect(before[at - 1]).toBe('Samenstelling en rollen kernteam wijzigen waar nodig');
  await loop.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(order)
    .toEqual([...before.slice(0, at - 1), before[at], before[at - 1], ...before.slice(at + 1)]);
  await expect(loop).toBeFocused();
  await openBoard(page, '/?view=bord&sprint=4');
  const cards = page
    .getByRole('region', { name: new RegExp(`^${ROLLEN}, \\d+ ta(ak|ken)$`) })
    .getByRole('listitem');
  // Read once the column's cards are there: the board draws its tasks after the plan.
  const onBoard = async () => {
    const texts = await cards.allInnerTexts();
    return [
      texts.findIndex((x) => x.includes('Werking kernteam: gebruik MS Loop')),
      texts.findIndex((x) => x.includes('Samenstelling en rollen kernteam')),
    ];
  };
  await expect.poll(async () => Math.min(...(await onBoard()))).toBeGreaterThanOrEqual(0);
  const [loopAt, blockedAt] = await onBoard();
  expect(loopAt).toBeLessThan(blockedAt!);
});

test('the Geblokkeerd filter narrows the outline to the blocked tasks and their actions', async ({
  page,
}) => {
  await openPlan(page);
  const toggle = page.getByRole('button', { name: /^Alleen geblokkeerd \(\d+\)$/ });
  // The count is read once the plan has loaded: before that the toggle says "(0)".
  await expect(toggle).toHaveText(/^Alleen geblokkeerd \([1-9]\d*\)$/);
  const n = Number(/\((\d+)\)/.exec((await toggle.textContent()) ?? '')?.[1]);
  await toggle.click();
  await expect(page).toHaveURL(/[?&]geblokkeerd=1/);
  await expect(page.getByText(/^Filter actief:/)).toContainText(`Filter actief: ${n} van`);
  await page.getByRole('button', { name: 'Alles uitklappen' }).click();
  await expect(page.locator('[role="treeitem"].outline-task')).toHaveCount(n);
  await expect(
    treeitem(page, 'Samenstelling en rollen kernteam wijzigen waar nodig'),
  ).toBeVisible();
  await expect(treeitem(page, 'AI-fonds uitwerken')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
