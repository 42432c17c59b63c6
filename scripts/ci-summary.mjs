// Sums the unit and browser test results into the one line CI reads: "N passed, N failed, N skipped".
//
//   node scripts/ci-summary.mjs <exit status of npm test> [results folder, default test-results]
//
// `npm test` stops at the first failing step (lint, typecheck, unit, build, e2e). Tests that never
// ran because of that are failures too, not silence: they are listed (vitest list, playwright
// --list) and counted as failed, so a run that stopped at lint can never read "0 failed".
// Skipped and todo tests are counted and printed; a flaky test (passed only on a retry) is failed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {{ status: number, unit: any, e2e: any, unitListed: number | null, e2eListed: number | null }} Input
 * unit / e2e: the Vitest and Playwright JSON reports, or null when that step never wrote one.
 * unitListed / e2eListed: how many tests the suite holds (from a listing), null when unknown.
 */

/** How many tests a Playwright report accounts for; 0 when Playwright stopped before any. */
export function e2eTestsSeen(e2e) {
  const s = e2e?.stats;
  if (!s) return 0;
  return (s.expected ?? 0) + (s.unexpected ?? 0) + (s.flaky ?? 0) + (s.skipped ?? 0);
}

/** @param {Input} input */
export function summarize({ status, unit, e2e, unitListed, e2eListed }) {
  const lines = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  // A listing that could not be made still means at least one test did not run.
  const neverRan = (listed) => (listed && listed > 0 ? listed : 1);

  if (unit) {
    // A file that fails to load has no test results of its own: count it as one failure.
    const brokenFiles = (unit.testResults ?? []).filter(
      (f) =>
        f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
    ).length;
    const u = {
      passed: unit.numPassedTests ?? 0,
      failed: (unit.numFailedTests ?? 0) + brokenFiles,
      skipped: unit.numPendingTests ?? 0,
      todo: unit.numTodoTests ?? 0,
    };
    passed += u.passed;
    failed += u.failed;
    skipped += u.skipped + u.todo;
    lines.push(
      `unit: ${u.passed} passed, ${u.failed} failed, ${u.skipped} skipped, ${u.todo} todo` +
        (brokenFiles ? ` (${brokenFiles} test file(s) failed to load)` : ''),
    );
  } else {
    // No unit report: lint or typecheck stopped the run (that step is one failure), or Vitest died.
    const n = neverRan(unitListed);
    failed += 1 + n;
    lines.push('lint, typecheck or vitest failed before any unit result: 1 failed step');
    lines.push(`unit: never ran, ${n} test(s) counted as failed`);
  }

  if (e2eTestsSeen(e2e) > 0) {
    const s = e2e.stats;
    const errors = (e2e.errors ?? []).length;
    const e = {
      passed: s.expected ?? 0,
      failed: (s.unexpected ?? 0) + (s.flaky ?? 0) + errors,
      skipped: s.skipped ?? 0,
    };
    passed += e.passed;
    failed += e.failed;
    skipped += e.skipped;
    lines.push(
      `e2e: ${e.passed} passed, ${e.failed} failed, ${e.skipped} skipped` +
        (s.flaky ? ` (${s.flaky} flaky, counted as failed)` : '') +
        (errors ? ` (${errors} error(s) outside tests)` : ''),
    );
  } else {
    const n = neverRan(e2eListed);
    failed += n;
    // With unit tests green, something between them and the browser tests broke (the build,
    // or Playwright itself before any test): that step is one failure of its own.
    const unitGreen = unit && failed === n;
    if (unitGreen) failed += 1;
    if (unitGreen) lines.push('build or Playwright failed before any browser test: 1 failed step');
    lines.push(`e2e: never ran, ${n} test(s) counted as failed`);
  }

  // Every result green but the command still failed: that failure is not hidden either.
  if (status !== 0 && failed === 0) {
    failed = 1;
    lines.push(`npm test exited with ${status} although every test passed: 1 failed step`);
  }
  const total = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
  return { passed, failed, skipped, lines: [...lines, total] };
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * How many tests a suite holds, without running them. A listing already in the results folder is
 * used as is; otherwise it is made there, so a second summary does not pay for it again.
 */
function listed(dir, name, command, args, count) {
  const file = join(dir, name);
  if (!existsSync(file)) {
    const run = spawnSync(command, [...args(file)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    // Playwright prints its listing; Vitest writes it to the file it is given.
    if (run.stdout && !existsSync(file)) {
      try {
        JSON.parse(run.stdout);
        writeFileSync(file, run.stdout);
      } catch {
        // not JSON: no listing, counted as one test that never ran
      }
    }
  }
  const json = readJson(file);
  return json ? count(json) : null;
}

function main() {
  const status = Number(process.argv[2] ?? 1);
  const dir = resolve(process.argv[3] ?? 'test-results');
  const unit = readJson(join(dir, 'unit.json'));
  const e2e = readJson(join(dir, 'e2e.json'));
  const unitListed = unit
    ? null
    : listed(
        dir,
        'unit-list.json',
        'npx',
        (f) => ['vitest', 'list', `--json=${f}`],
        (j) => (Array.isArray(j) ? j.length : null),
      );
  const e2eListed =
    e2eTestsSeen(e2e) > 0
      ? null
      : listed(
          dir,
          'e2e-list.json',
          'npx',
          () => ['playwright', 'test', '--list', '--reporter=json'],
          // Playwright reports every listed test as "skipped" because none ran.
          (j) => (j.stats ? (j.stats.skipped ?? 0) + (j.stats.expected ?? 0) : null),
        );
  const { lines } = summarize({ status, unit, e2e, unitListed, e2eListed });
  for (const line of lines) console.log(line);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
