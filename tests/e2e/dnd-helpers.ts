import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Drags a card with the mouse in small steps until dnd-kit's live region says it is over the
 * wanted target, then lets go: waiting for the announcement instead of a pixel position keeps
 * the test independent of the layout and of a slow machine.
 */
export async function dragByMouse(page: Page, card: Locator, target: Locator, targetName: string) {
  const live = page.locator('[id^="DndLiveRegion"]');
  await card.scrollIntoViewIfNeeded();
  const from = (await card.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const to = (await target.boundingBox())!;
    const end = { x: to.x + to.width / 2, y: to.y + Math.min(to.height / 2, 60) };
    await page.mouse.move(
      start.x + ((end.x - start.x) * i) / steps,
      start.y + ((end.y - start.y) * i) / steps,
    );
  }
  await expect(live).toContainText(`boven ${targetName}.`);
  await page.mouse.up();
}
