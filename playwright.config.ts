import { defineConfig } from '@playwright/test';

// Separate ports, build folders and output folders let several runs share one machine.
const port = Number(process.env.E2E_PORT ?? 4317);
const dist = process.env.E2E_DIST ?? 'dist';
const out = process.env.E2E_OUT ?? 'test-results';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `${out}/playwright`,
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  // A test that passes only on a second try is a bug to fix, not to hide: no retries, on CI too.
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${out}/e2e.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-BE',
    // The service worker (and its one-time "werkt nu ook zonder netwerk" notice) is tested in
    // offline.spec.ts; elsewhere it would only make the first seconds of every page differ.
    serviceWorkers: 'block',
    timezoneId: 'Europe/Brussels',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
