import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openBoard, switchToEnglish, test } from './fixtures';

// The board on a phone: 390 × 844 with touch, the size of a common phone held upright.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const STRATEGIE = 'Strategie en doelstellingen';
const BETROUWBAAR = 'Betrouwbare AI';
const ENQUETE = 'AI-readiness-enquête invullen';

/** The board's columns as regions: "Strategie en doelstellingen, 4 taken". */
const columns = (page: Page) => page.getByRole('region', { name: /, \d+ (ta(ak|ken)|tasks?)$/ });
const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}, \\d+ (ta(ak|ken)|tasks?)$`) });
const picker = (page: Page, name = 'Kolom') => page.getByRole('combobox', { name });

/** No part of the page sticks out to the right: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(390);
}

/** The "Kolom" option of a column, whatever its count. */
async function pickColumn(page: Page, name: string, label = 'Kolom') {
  const option = picker(page, label).locator('option', { hasText: new RegExp(`^${name} \\(`) });
  await picker(page, label).selectOption((await option.getAttribute('value')) ?? '');
}

/** A real finger on the touch screen, through Chrome's input layer (touch events, not mouse). */
async function finger(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  return {
    down: (x: number, y: number) => send('touchStart', x, y),
    move: (x: number, y: number) => send('touchMove', x, y),
    up: () => send('touchEnd'),
  };
}

/**
 * Swipes across `on` by `dx` pixels sideways (negative: to the left) and `dy` down: the touch
 * events a finger makes, dispatched in the page. Through Chrome's input layer a busy machine may
 * merge or drop a quick gesture's events; these arrive exactly as sent.
 */
async function swipe(on: Locator, dx: number, dy = 0) {
  await on.evaluate(
    (el, move) => {
      const box = el.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const at = (cx: number, cy: number) =>
        new Touch({ identifier: 1, target: el, clientX: cx, clientY: cy });
      const fire = (type: string, touch: Touch, down: Touch[]) =>
        el.dispatchEvent(
          new TouchEvent(type, {
            bubbles: true,
            cancelable: true,
            touches: down,
            targetTouches: down,
            changedTouches: [touch],
          }),
        );
      const start = at(x, y);
      fire('touchstart', start, [start]);
      for (let i = 1; i <= 5; i++) {
        const touch = at(x + (move.dx * i) / 5, y + (move.dy * i) / 5);
        fire('touchmove', touch, [touch]);
      }
      fire('touchend', at(x + move.dx, y + move.dy), []);
    },
    { dx, dy },
  );
}

test('the phone board shows one column at a time, picked with "Kolom" and swiped to, and never scrolls sideways', async ({
  page,
}) => {
  await openBoard(page);
  await expect(picker(page)).toBeVisible();
  await expect(columns(page)).toHaveCount(1);
  await expect(column(page, STRATEGIE)).toBeVisible();
  await expect(picker(page).locator('option', { hasText: /^Betrouwbare AI \(\d+\)$/ })).toHaveCount(
    1,
  );
  await expectNoSidewaysScroll(page);

  await pickColumn(page, BETROUWBAAR);
  await expect(column(page, BETROUWBAAR)).toBeVisible();
  await expect(columns(page)).toHaveCount(1);

  // Back to the first column with the list; the one after it is the second option.
  await pickColumn(page, STRATEGIE);
  const options = await picker(page).locator('option').allTextContents();
  const second = options[1]!.replace(/ \(\d+\)$/, '');

  // A swipe to the left goes to the next column, and says so politely.
  await swipe(column(page, STRATEGIE).getByRole('heading'), -150);
  await expect(column(page, second)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `Kolom ${second}, 2 van ${options.length}` }),
  ).toHaveCount(1);

  // A swipe to the right goes back to the column before.
  await swipe(column(page, second).getByRole('heading'), 150);
  await expect(column(page, STRATEGIE)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `Kolom ${STRATEGIE}, 1 van ${options.length}` }),
  ).toHaveCount(1);

  // Past the first column a swipe does nothing; mostly up and down is scrolling, not a swipe.
  await swipe(column(page, STRATEGIE).getByRole('heading'), 150);
  await swipe(column(page, STRATEGIE).getByRole('heading'), -60, 200);
  await expect(column(page, STRATEGIE)).toBeVisible();
  await expect(columns(page)).toHaveCount(1);
  await expectNoSidewaysScroll(page);
});

test('a tapped card opens its task in a dialog that fills the phone screen', async ({ page }) => {
  await openBoard(page);
  await column(page, STRATEGIE).getByRole('button', { name: ENQUETE }).tap();
  const dialog = page.getByRole('dialog', { name: ENQUETE });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
});

test('"Verplaatsen naar…" moves a card to another column, the phone board follows it there, and it stays after a reload', async ({
  page,
}) => {
  await openBoard(page);
  await column(page, STRATEGIE).getByRole('button', { name: ENQUETE }).tap();
  await page.getByRole('button', { name: 'Verplaatsen naar…' }).tap();
  const move = page.getByRole('dialog', { name: `“${ENQUETE}” verplaatsen` });
  await expect(move.getByRole('combobox', { name: 'Naar kolom' })).toHaveValue(/.+/);
  await expect(move.getByRole('combobox', { name: 'Sprint' })).toHaveValue(/.+/);
  await expectNoAxeViolations(page);
  await move.getByRole('combobox', { name: 'Naar kolom' }).selectOption({ label: BETROUWBAAR });
  await move.getByRole('button', { name: 'Verplaatsen', exact: true }).tap();

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(column(page, BETROUWBAAR).getByRole('button', { name: ENQUETE })).toBeFocused();
  await page.reload();
  await pickColumn(page, BETROUWBAAR);
  await expect(column(page, BETROUWBAAR).getByRole('button', { name: ENQUETE })).toBeVisible();
  await pickColumn(page, STRATEGIE);
  await expect(column(page, STRATEGIE).getByRole('button', { name: ENQUETE })).toHaveCount(0);
});

test('"Verplaatsen naar…" moves a card to the next sprint, where the board then shows it', async ({
  page,
}) => {
  await openBoard(page);
  await column(page, STRATEGIE).getByRole('button', { name: ENQUETE }).tap();
  await page.getByRole('button', { name: 'Verplaatsen naar…' }).tap();
  const move = page.getByRole('dialog', { name: `“${ENQUETE}” verplaatsen` });
  const sprint = move.getByRole('combobox', { name: 'Sprint' });
  const next = sprint.locator('option', { hasText: /^Sprint 5 · / });
  await sprint.selectOption((await next.getAttribute('value')) ?? '');
  await move.getByRole('button', { name: 'Verplaatsen', exact: true }).tap();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(column(page, STRATEGIE).getByRole('button', { name: ENQUETE })).toHaveCount(0);
  await page.getByRole('button', { name: /Volgende sprint/ }).tap();
  await expect(page.getByRole('combobox', { name: 'Sprint' })).toHaveValue('5');
  await expect(column(page, STRATEGIE).getByRole('button', { name: ENQUETE })).toBeVisible();
});

test('a long press picks a card up by touch and moving the finger down puts it lower in its column', async ({
  page,
}) => {
  await openBoard(page);
  const list = column(page, STRATEGIE).getByRole('list').first();
  const titles = list.locator('.card-title');
  await expect(titles.nth(1)).toBeVisible();
  await list.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const [first, second] = [await titles.nth(0).textContent(), await titles.nth(1).textContent()];
  const from = (await titles.nth(0).boundingBox())!;
  const to = (await list.getByRole('listitem').nth(1).boundingBox())!;
  const live = page.locator('[id^="DndLiveRegion"]');
  const touch = await finger(page);
  const x = from.x + from.width / 2;
  await touch.down(x, from.y + from.height / 2);
  // The touch sensor picks the card up after a moment's press: the announcement says when.
  await expect(live).toContainText(/opgepakt|boven/);
  const endY = to.y + to.height - 4;
  for (let i = 1; i <= 10; i++)
    await touch.move(x, from.y + from.height / 2 + ((endY - from.y) * i) / 10);
  await expect(live).toContainText(`boven ${STRATEGIE}`);
  await touch.up();
  await expect(live).toContainText(`neergezet in ${STRATEGIE}`);
  // It went down: the card that was second is now above it.
  await expect(titles.nth(0)).toHaveText(second ?? '');
  const order = await titles.allTextContents();
  expect(order.indexOf(first ?? '')).toBeGreaterThan(order.indexOf(second ?? ''));
});

test('"Alleen geblokkeerd" on the phone leaves only blocked cards, still one column and no sideways scroll', async ({
  page,
}) => {
  await openBoard(page);
  await page.getByRole('button', { name: /^Alleen geblokkeerd \(\d+\)$/ }).tap();
  await expect(page.getByRole('button', { name: /^Alleen geblokkeerd/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await pickColumn(page, 'AI-rollen, processen en verantwoordelijkheden');
  const rollen = column(page, 'AI-rollen, processen en verantwoordelijkheden');
  await expect(
    rollen.getByRole('button', { name: 'Samenstelling en rollen kernteam' }),
  ).toBeVisible();
  await expect(
    rollen.getByRole('button', { name: 'Opstellen van een DPIA M365 Copilot' }),
  ).toHaveCount(0);
  await expect(columns(page)).toHaveCount(1);
  await expectNoSidewaysScroll(page);
});

test('"Sprint plannen" on the phone puts the backlog above the one column, without sideways scroll', async ({
  page,
}) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Sprint plannen' }).tap();
  const backlog = page.getByRole('region', { name: 'Backlog om te plannen' });
  // The panel's code loads on first use: its content, not the "laden" placeholder, is measured.
  await expect(backlog.getByRole('region', { name: /^Open taken per persoon/ })).toBeVisible();
  await expect(column(page, STRATEGIE)).toBeVisible();
  await expect(columns(page)).toHaveCount(1);
  const [panel, col] = [
    (await backlog.boundingBox())!,
    (await column(page, STRATEGIE).boundingBox())!,
  ];
  expect(col.y).toBeGreaterThan(panel.y + panel.height - 1);
  expect(col.width).toBeGreaterThan(300);
  await expectNoSidewaysScroll(page);
});

test('Jaarplan, Sprintrapport, Instellingen and the other views fit the phone without sideways scroll', async ({
  page,
}) => {
  for (const view of [
    'jaarplan',
    'rapport',
    'instellingen',
    'geblokkeerd',
    'roadmap',
    'gegevens',
  ]) {
    await openBoard(page, `/?view=${view}`);
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
    await expect(page.locator('main h2').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
});

test('the phone board and its dialogs are in English too, with zero axe violations', async ({
  page,
}) => {
  await openBoard(page);
  await expectNoAxeViolations(page);
  await switchToEnglish(page);
  await expect(picker(page, 'Column')).toBeVisible();
  // Theme names are the plan's own data, not translated.
  await pickColumn(page, BETROUWBAAR, 'Column');
  await column(page, BETROUWBAAR).getByRole('listitem').first().getByRole('button').tap();
  await page.getByRole('button', { name: 'Move to…' }).tap();
  const move = page.getByRole('dialog', { name: /^Move “/ });
  await expect(move.getByRole('combobox', { name: 'To column' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false });

  test('"Verplaatsen naar…" works with the keyboard beside all the columns, and the card keeps the focus', async ({
    page,
  }) => {
    await openBoard(page);
    await expect(picker(page)).toHaveCount(0);
    await expect(columns(page)).toHaveCount(6);
    await column(page, STRATEGIE).getByRole('button', { name: ENQUETE }).focus();
    await page.keyboard.press('Enter');
    const moveTo = page.getByRole('button', { name: 'Verplaatsen naar…' });
    await moveTo.focus();
    await page.keyboard.press('Enter');
    const target = page.getByRole('combobox', { name: 'Naar kolom' });
    await expect(target).toBeFocused();
    await target.selectOption({ label: BETROUWBAAR });
    await page.getByRole('button', { name: 'Verplaatsen', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(column(page, BETROUWBAAR).getByRole('button', { name: ENQUETE })).toBeFocused();
    await expect(column(page, STRATEGIE).getByRole('button', { name: ENQUETE })).toHaveCount(0);
  });
});
