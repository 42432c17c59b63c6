import type { Page } from '@playwright/test';
import { dragByMouse } from './dnd-helpers';
import { dragByKeyboard, expect, openBoard, test } from './fixtures';

// Issue 16, fault 4: sprint planning pulls work from the backlog into the sprint, by mouse and by
// keyboard, with the open tasks per person as a capacity check.

const SOVEREIGNTY = 'AI-soevereiniteit: standpunt Groep Gent formuleren';
const LAWYERS = 'Specifieke AI-opleiding voor juristen en aankopers';
const CHATBOT = 'Idee: chatbot voor vragen over afvalophaling';

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ ta(ak|ken)$`) });
const panel = (page: Page) => page.getByRole('region', { name: 'Backlog om te plannen' });
const backlogList = (page: Page) => panel(page).getByRole('list', { name: /^Backlog/ });
const load = (page: Page) =>
  panel(page).getByRole('region', { name: 'Open taken per persoon in sprint 5' });

async function openPlanning(page: Page) {
  await openBoard(page, '/?sprint=5');
  await page.getByRole('button', { name: 'Sprint plannen' }).click();
  await expect(page.getByRole('button', { name: 'Sprint plannen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The backlog has been read once its tasks show.
  await expect(
    backlogList(page).getByRole('button', { name: SOVEREIGNTY, exact: true }),
  ).toBeVisible();
}

async function countOf(page: Page, person: string): Promise<number> {
  const item = load(page)
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${person}: `) });
  const text = (await item.textContent()) ?? '';
  return Number(/: (\d+) ta/.exec(text)?.[1]);
}

test('plans sprint 5: a backlog task dragged by mouse into a theme column joins the sprint as Gepland and counts for its person', async ({
  page,
}) => {
  await openPlanning(page);
  const before = await countOf(page, 'Innovatiestrateeg');
  const target = column(page, 'Strategie en doelstellingen');
  await dragByMouse(
    page,
    backlogList(page).getByRole('button', { name: SOVEREIGNTY, exact: true }),
    target,
    'Strategie en doelstellingen',
  );
  const card = target.getByRole('listitem').filter({ hasText: SOVEREIGNTY });
  await expect(card.getByText('Gepland', { exact: true })).toBeVisible();
  await expect(card).toHaveClass(/card-new/);
  await expect(
    backlogList(page).getByRole('button', { name: SOVEREIGNTY, exact: true }),
  ).toHaveCount(0);
  await expect(load(page).getByText(`Innovatiestrateeg: ${before + 1} taken`)).toBeVisible();

  await page.reload();
  await expect(
    column(page, 'Strategie en doelstellingen').getByRole('button', {
      name: SOVEREIGNTY,
      exact: true,
    }),
  ).toBeVisible();
});

test('plans sprint 5 by keyboard: Space on a backlog task, arrows to a column, Space drops it there and focus follows it to its card', async ({
  page,
}) => {
  await openPlanning(page);
  const before = await countOf(page, 'HR');
  await dragByKeyboard(
    page,
    backlogList(page).getByRole('button', { name: LAWYERS, exact: true }),
    'ArrowRight',
    'Verandermanagement',
  );
  const pulled = column(page, 'Verandermanagement').getByRole('button', {
    name: LAWYERS,
    exact: true,
  });
  await expect(pulled).toBeVisible();
  // The dragged backlog item is gone: focus follows the task to its card in the sprint.
  await expect(pulled).toBeFocused();
  await expect(load(page).getByText(`HR: ${before + 1} taken`)).toBeVisible();
});

test('"Naar sprint 5" pulls a backlog task into the sprint and puts focus on the next one', async ({
  page,
}) => {
  await openPlanning(page);
  const before = await countOf(page, 'Publiekszaken');
  const pull = backlogList(page).getByRole('button', { name: `${CHATBOT} naar sprint 5` });
  await pull.focus();
  await page.keyboard.press('Enter');
  await expect(
    column(page, 'AI-use-cases identificeren en ontwikkelen').getByRole('button', {
      name: CHATBOT,
    }),
  ).toBeVisible();
  await expect(load(page).getByText(`Publiekszaken: ${before + 1} taken`)).toBeVisible();
  await expect(page.locator(':focus')).toHaveAccessibleName(/naar sprint 5$/);
});

test('a sprint card dragged by keyboard onto the backlog leaves the sprint as Backlog', async ({
  page,
}) => {
  await openPlanning(page);
  const card = column(page, 'Strategie en doelstellingen')
    .getByRole('list')
    .getByRole('button')
    .first();
  await expect(card).toBeVisible();
  const title = (await card.textContent()) ?? '';
  await dragByKeyboard(page, card, 'ArrowLeft', 'de backlog');
  await expect(backlogList(page).getByRole('button', { name: title, exact: true })).toBeVisible();
  await expect(
    backlogList(page).getByRole('listitem').filter({ hasText: title }).getByText('Backlog'),
  ).toBeVisible();
});

test('the backlog is searched and filtered by theme and person', async ({ page }) => {
  await openPlanning(page);
  await panel(page).getByRole('searchbox', { name: 'Zoeken in de backlog' }).fill('juristen');
  await expect(backlogList(page).getByRole('listitem')).toHaveCount(1);
  await expect(panel(page).getByText(/^1 van \d+ getoond$/)).toBeVisible();
  await panel(page).getByRole('searchbox', { name: 'Zoeken in de backlog' }).fill('');
  await panel(page)
    .getByRole('combobox', { name: 'Persoon' })
    .selectOption({ label: 'Publiekszaken' });
  await expect(backlogList(page).getByRole('button', { name: CHATBOT, exact: true })).toBeVisible();
  await expect(backlogList(page).getByRole('button', { name: LAWYERS, exact: true })).toHaveCount(
    0,
  );
  await panel(page).getByRole('combobox', { name: 'Persoon' }).selectOption({ label: 'Alle' });
  await panel(page)
    .getByRole('combobox', { name: 'Thema' })
    .selectOption({ label: 'Verandermanagement' });
  await expect(backlogList(page).getByRole('button', { name: LAWYERS, exact: true })).toBeVisible();
  await expect(backlogList(page).getByRole('button', { name: CHATBOT, exact: true })).toHaveCount(
    0,
  );
});

test('"Backlog" is no longer a sprint in the board’s picker; the old backlog link opens planning', async ({
  page,
}) => {
  await openBoard(page, '/?sprint=5');
  await expect(
    page.getByRole('combobox', { name: 'Sprint' }).getByRole('option', { name: 'Backlog' }),
  ).toHaveCount(0);
  await openBoard(page, '/?sprint=backlog');
  await expect(panel(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sprint plannen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
