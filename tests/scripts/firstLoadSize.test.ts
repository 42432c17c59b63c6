// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoad, firstLoadScripts, report } from '../../scripts/first-load-size.mjs';

const script = fileURLToPath(new URL('../../scripts/first-load-size.mjs', import.meta.url));

// The shape Vite writes: the entry script, modulepreloads, a stylesheet, the manifest.
const VITE_HTML = `<!doctype html>
<html lang="nl-BE">
  <head>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-B.js">
    <link rel="modulepreload" crossorigin href="/assets/clock-C.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D.css">
  <link rel="manifest" href="/manifest.webmanifest"></head>
  <body><div id="root"></div></body>
</html>`;

describe('firstLoadScripts', () => {
  it.each([
    [
      'Vite’s page: the entry, then each modulepreload',
      VITE_HTML,
      ['/assets/index-A.js', '/assets/runtime-B.js', '/assets/clock-C.js'],
    ],
    [
      'a classic script and a plain preload are no module load',
      `<script src="/legacy.js"></script><link rel="preload" href="/font.woff2"><script type="module" src="/a.js"></script>`,
      ['/a.js'],
    ],
    [
      'a file named twice counts once',
      `<script type="module" src="/a.js"></script><link rel="modulepreload" href="/a.js">`,
      ['/a.js'],
    ],
    [
      'single quotes, no quotes, capitals and attributes in any order',
      `<SCRIPT src='/a.js' TYPE=module></SCRIPT><link href=/b.js rel="ModulePreload">`,
      ['/a.js', '/b.js'],
    ],
    ['a page without module scripts', '<html><body>hallo</body></html>', []],
  ])('%s', (_case, html, urls) => {
    expect(firstLoadScripts(html)).toEqual(urls);
  });
});

describe('firstLoad', () => {
  const sizes: Record<string, number> = {
    '/assets/index-A.js': 120_000,
    '/assets/runtime-B.js': 600,
    '/assets/clock-C.js': 60_000,
  };
  const gzipBytes = (url: string) => sizes[url]!;

  it('sums the gzipped size of the entry and every modulepreload', () => {
    const result = firstLoad(VITE_HTML, gzipBytes);
    expect(result.files).toEqual([
      { url: '/assets/index-A.js', gzip: 120_000 },
      { url: '/assets/runtime-B.js', gzip: 600 },
      { url: '/assets/clock-C.js', gzip: 60_000 },
    ]);
    expect(result.total).toBe(180_600);
    expect(result.budget).toBe(200_000);
    expect(result.over).toBe(false);
  });

  it.each([
    // [budget in kB, over?]
    [180.6, false],
    [180.599, true],
    [150, true],
  ])('with a budget of %s kB, 180.6 kB is over: %s', (budget, over) => {
    expect(firstLoad(VITE_HTML, gzipBytes, budget).over).toBe(over);
  });

  it('prints each file and the sum against the budget', () => {
    expect(report(firstLoad(VITE_HTML, gzipBytes, 150))).toEqual([
      '   120.00 kB  /assets/index-A.js',
      '     0.60 kB  /assets/runtime-B.js',
      '    60.00 kB  /assets/clock-C.js',
      'first-load JS 180.60 kB gzip (level 9) of a budget of 150.00 kB: OVER BUDGET',
    ]);
  });
});

describe('first-load-size script', () => {
  let dist: string | undefined;
  afterEach(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  // A tiny built site: the same bytes always gzip to the same size, so the exit code is fixed.
  function site(): string {
    dist = mkdtempSync(join(tmpdir(), 'first-load-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), VITE_HTML);
    writeFileSync(join(dist, 'assets/index-A.js'), 'export const a = 1;\n'.repeat(2000));
    writeFileSync(join(dist, 'assets/runtime-B.js'), 'export const b = 2;\n');
    writeFileSync(join(dist, 'assets/clock-C.js'), 'export const c = 3;\n');
    return dist;
  }

  function run(args: string[]): { status: number; output: string } {
    try {
      const output = execFileSync('node', [script, ...args], { encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, output };
    } catch (e) {
      const failed = e as { status: number; stdout: string; stderr: string };
      return { status: failed.status, output: failed.stdout + failed.stderr };
    }
  }

  it('passes a build within the budget and prints the figure', () => {
    const { status, output } = run([site(), '200']);
    expect(status).toBe(0);
    expect(output).toMatch(
      /first-load JS \d+\.\d\d kB gzip \(level 9\) of a budget of 200\.00 kB: ok/,
    );
  });

  it('fails a build over the budget and prints the figure', () => {
    const { status, output } = run([site(), '0.01']);
    expect(status).toBe(1);
    expect(output).toMatch(
      /first-load JS \d+\.\d\d kB gzip \(level 9\) of a budget of 0\.01 kB: OVER BUDGET/,
    );
  });

  it('fails when the page names no module script, rather than pass on nothing', () => {
    const folder = site();
    writeFileSync(join(folder, 'index.html'), '<html><body></body></html>');
    expect(run([folder]).status).toBe(1);
  });
});
