// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real script on small result folders, the way .ci/run calls it. Every folder that lacks a
// report holds the listing instead, so the script never has to list the real suites here.
const script = fileURLToPath(new URL('../../scripts/ci-summary.mjs', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function summary(status: number, folder: string): string[] {
  return execFileSync('node', [script, String(status), fixture(folder)], { encoding: 'utf8' })
    .trim()
    .split('\n');
}

describe('ci-summary', () => {
  it.each([
    // [case, exit status of npm test, fixture folder, last line]
    ['all green, with skipped and todo tests', 0, 'green', '5 passed, 0 failed, 3 skipped'],
    [
      'stopped at lint: the step and every unit and browser test fail',
      1,
      'stopped-at-lint',
      '0 passed, 6 failed',
    ],
    [
      'a unit test failed: the browser tests that never ran fail too',
      1,
      'unit-failed',
      '2 passed, 3 failed',
    ],
    [
      'the build failed after green unit tests: the step and the browser tests fail',
      1,
      'build-failed',
      '3 passed, 3 failed',
    ],
    [
      'the web server never started: its error and every browser test fail',
      1,
      'server-failed',
      '3 passed, 3 failed',
    ],
    ['a flaky browser test counts as failed', 1, 'flaky', '4 passed, 1 failed'],
    [
      'a unit test file that fails to load counts as failed',
      1,
      'broken-file',
      '3 passed, 1 failed, 1 skipped',
    ],
    [
      'a failing exit with every test green is one failure',
      1,
      'green',
      '5 passed, 1 failed, 3 skipped',
    ],
  ])('%s', (_case, status, folder, last) => {
    expect(summary(status, folder).at(-1)).toBe(last);
  });

  it('prints the skipped and todo unit tests and the skipped browser tests', () => {
    expect(summary(0, 'green')).toEqual([
      'unit: 3 passed, 0 failed, 1 skipped, 1 todo',
      'e2e: 2 passed, 0 failed, 1 skipped',
      '5 passed, 0 failed, 3 skipped',
    ]);
  });

  it('says which tests never ran and why', () => {
    expect(summary(1, 'stopped-at-lint')).toEqual([
      'lint, typecheck or vitest failed before any unit result: 1 failed step',
      'unit: never ran, 3 test(s) counted as failed',
      'e2e: never ran, 2 test(s) counted as failed',
      '0 passed, 6 failed',
    ]);
  });
});
