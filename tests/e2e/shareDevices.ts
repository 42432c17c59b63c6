import type { Browser, BrowserContext, Page } from '@playwright/test';
import { dumpDatabase } from './durability-helpers';
import { DEMO_TODAY, openBoard, test, trackForeignRequests } from './fixtures';
import { dropTables, syncServer, uniquePrefix, type SyncServer } from './syncServers';

// The browsers of the sharing tests: each its own context (its own IndexedDB, a device of its
// own), on the demo's day, with every request off the app's origin and the server recorded.

export interface Device {
  context: BrowserContext;
  page: Page;
  foreign: string[];
}

export async function device(
  browser: Browser,
  baseURL: string,
  server: SyncServer,
  clipboard = false,
): Promise<Device> {
  const context = await browser.newContext({
    baseURL,
    ...(clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}),
  });
  const page = await context.newPage();
  const foreign = trackForeignRequests(page, baseURL, [server.wsUrl, server.url]);
  await page.clock.setFixedTime(DEMO_TODAY);
  await openBoard(page);
  return { context, page, foreign };
}

/** The header's words on sync: a polite status named after the settings section. */
export const syncStatus = (page: Page) =>
  page.getByRole('banner').getByRole('status', { name: 'Samenwerken' });

export async function activePlanId(page: Page): Promise<string> {
  const meta = (await dumpDatabase(page)).meta ?? [];
  return String(meta.find((m) => m.key === 'activePlanId')?.value);
}

/**
 * A spec file's own sync server on `port`, started before its tests (which run one after the
 * other) and stopped, with its tables dropped, after them. Call once at the top of the file.
 */
export function serverSuite(port: number) {
  const prefix = uniquePrefix();
  let server: SyncServer | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ baseURL }) => {
    server = syncServer(port, prefix, new URL(baseURL!).origin);
    await server.start();
  });
  test.afterAll(async () => {
    await server?.stop();
    await dropTables(prefix);
  });
  const started = () => {
    if (!server) throw new Error('the suite’s sync server has not started');
    return server;
  };
  return {
    server: started,
    device: (browser: Browser, baseURL: string, clipboard = false) =>
      device(browser, baseURL, started(), clipboard),
  };
}
