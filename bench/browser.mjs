/* global window, document, HTMLAnchorElement, indexedDB, MutationObserver, requestAnimationFrame */
// Browser goals on plans of 1,000, 10,000 and 50,000 tasks: the production build in Debian's
// Chromium, the real IndexedDB, the real screens. Kept out of `npm test` like the domain bench:
// timing never gates CI.
//
//   node bench/browser.mjs            builds dist-bench, serves it on 4344, measures, prints a table
//   BENCH_SIZES=10000 node bench/browser.mjs    only those plan sizes (default 1000,10000,50000)
//   BENCH_SKIP_BUILD=1 node bench/browser.mjs   reuses an existing dist-bench
//   BENCH_RUNS=9 node bench/browser.mjs         more repetitions per interaction (default 5)
//   BENCH_JSON=path node bench/browser.mjs      also writes the numbers as JSON
//   BENCH_ONLY=board,drag,views,data,db        runs only those parts (after the restore)
//   BENCH_CPU=1 node bench/browser.mjs         records a CPU profile of every measurement and prints
//                                               the heaviest functions (best with an unminified build:
//                                               npx vite build --minify false --outDir dist-bench-prof,
//                                               then BENCH_DIST=dist-bench-prof BENCH_SKIP_BUILD=1)
//   BENCH_PROFILE=dir node bench/browser.mjs    keeps the browser profiles there (dir-1000, …;
//                                               otherwise fresh ones in the temp folder) and writes a
//                                               plan only when it is not in it yet (faster reruns)
//
// Every interaction is timed inside the page the way the browser's Event Timing counts (input →
// next paint), but to the paint of the interaction's *end state*: from the input event that starts
// it (seen in the capture phase) to the first animation frame after the frame in which the screen
// reached its end state (so that frame's style, layout and paint are counted) and, where the end
// state streams in (live queries, lazy chunks), after the DOM has been quiet for a moment. The
// browser's own Event Timing figure (the longest event of the interaction, to its next paint) is
// printed beside it: it stops at the first paint, so it misses work that a live query does later.
//
// Cold load: a new browser process on a profile that holds the plan and the installed service
// worker, nothing else warm. Warm reload: the same page loaded again in that browser.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview, runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_PORT ?? 4344);
const DIST = process.env.BENCH_DIST ?? 'dist-bench';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BASE = `http://127.0.0.1:${PORT}`;
const PLANNER_FIXTURE = path.resolve(root, '../shared/fixtures/planner-export-2021.xlsx');
/** "Today" for the app, as in the e2e tests: inside sprint 4. */
const TODAY = Date.parse('2025-05-20T09:00:00+02:00');

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

/**
 * name → goal at 1k, 10k and 50k tasks; ms unless the name gives the unit. The 10k goals are
 * issue 14's; an interaction it does not name gets its rule: four times better than the web's
 * "good" INP (200 ms), so 50 ms. At 1k, the team's real size, every interaction is within two
 * frames (33 ms; 16 where 10k already asks one frame). At 50k: cold ≤ 1 s, every interaction
 * ≤ 100 ms. Bulk work (restore, import, backup, whole-table reads) and view opens keep budgets.
 */
const GOALS = {
  'restore backup (file → confirm question)': [null, 3000, null],
  'restore backup (confirm → done)': [null, 5000, null],
  'board cold load (new browser, nav start → first column painted)': [300, 300, 1000],
  'board warm reload (nav start → first column painted)': [300, 300, 1000],
  'board: switch sprint 5 → 4': [33, 100, 100],
  'board: open the backlog (Sprint plannen)': [33, 150, 100],
  'board: group Labels → Status': [33, 50, 100],
  'board: group Status → Labels': [33, 50, 100],
  'board: filter Geblokkeerd on': [33, 50, 100],
  'board: filter Geblokkeerd off': [33, 50, 100],
  'board: search, per keystroke': [16, 16, 100],
  'board: open task dialog': [33, 50, 100],
  'board: keyboard pick-up (Space)': [33, 50, 100],
  'board: keyboard move (arrow)': [33, 50, 100],
  'board: keyboard drop → DB write': [300, 300, 300],
  'board: keyboard drop → card in new column': [33, 50, 100],
  'open Jaarplan': [200, 1000, 3000],
  'open Roadmap': [200, 1000, 3000],
  'open Sprintrapport': [100, 200, 1000],
  'back to the board (in-app)': [100, 300, 1000],
  'Planner import preview, 632 tasks': [null, 3000, null],
  'backup (click → file)': [500, 2000, 10000],
  // IndexedDB itself (one Dexie bulkAdd, six task indexes) takes 2.1–2.3 s here; no app code runs.
  'DB: bulkAdd every task (app schema, one transaction)': [null, 3000, null],
  'DB: tasks of one sprint': [null, 100, null],
  'DB: tasks of the plan': [null, 500, null],
  'JS: entry chunk, gzip kB': [null, 200, null],
  'JS: first load (entry + preloads), gzip kB': [null, 200, null],
  'DOM: elements on the board, sprint 4': [15000, 15000, 15000],
  'JS heap after load, MB': [100, 100, 300],
  'JS heap after ten interactions, MB': [100, 100, 300],
};
const SIZE_COLUMN = { 1000: 0, 10000: 1, 50000: 2 };

function goalOf(name, size) {
  const goals = GOALS[name];
  if (!goals) return null;
  const i = SIZE_COLUMN[size];
  // A size between the named ones takes the goal of the next larger one.
  return i === undefined ? goals[size < 10000 ? 1 : 2] : goals[i];
}

/** size → name → values; and the same for the browser's own Event Timing of each interaction. */
const results = new Map();
const eventTimings = new Map();
let currentSize = 10000;
function push(map, name, value) {
  if (value === null || value === undefined) return;
  const bySize = map.get(currentSize) ?? new Map();
  map.set(currentSize, bySize);
  const list = bySize.get(name) ?? [];
  list.push(value);
  bySize.set(name, list);
}
const record = (name, value) => push(results, name, value);
const runsOf = (name) => results.get(currentSize)?.get(name)?.length ?? 0;

// ---------- build, serve, data ----------

async function buildApp() {
  if (process.env.BENCH_SKIP_BUILD && existsSync(path.join(root, DIST, 'index.html'))) return;
  console.log(`building ${DIST} …`);
  await build({ root, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
}

function bundleSizes() {
  const dir = path.join(root, DIST);
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const gz = (file) => gzipSync(readFileSync(path.join(dir, file))).length / 1024;
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
    (m) => m[1],
  );
  if (!entry) throw new Error(`no entry script in ${DIST}/index.html`);
  record('JS: entry chunk, gzip kB', gz(entry));
  record(
    'JS: first load (entry + preloads), gzip kB',
    [entry, ...preloads].reduce((sum, f) => sum + gz(f), 0),
  );
  return { entry, preloads };
}

async function benchModules() {
  const load = async (file) =>
    (await runnerImport(path.join(root, file), { root, configFile: false, logLevel: 'error' }))
      .module;
  const [data, schema, stored] = await Promise.all([
    load('bench/data.ts'),
    load('src/db/schema.ts'),
    load('src/db/storedTask.ts'),
  ]);
  return { data, schema: schema.SCHEMA_V1, dbName: schema.DB_NAME, storedTask: stored.storedTask };
}

/** One size's plan: the backup, and what the board should count once it shows sprint 4. */
function planOfSize(data, size) {
  const backup = data.benchBackup(size);
  const tasks = backup.data.tasks;
  const inSprint = tasks.filter((t) => t.sprintId === data.FULL_SPRINT_ID);
  return {
    backup,
    inSprint: inSprint.length,
    blockedInSprint: inSprint.filter((t) => t.status === 'geblokkeerd').length,
    inBacklog: tasks.filter((t) => t.sprintId === null).length,
  };
}

// ---------- in-page helpers ----------

/**
 * Runs before the app: a moving clock that starts at TODAY (only Date is replaced, so timers,
 * requestAnimationFrame and performance.now stay real), and the timing probe.
 */
function pageSetup(today) {
  const RealDate = Date;
  const offset = today - RealDate.now();
  function FakeDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    return args.length ? new RealDate(...args) : new RealDate(RealDate.now() + offset);
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = () => RealDate.now() + offset;
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  window.Date = FakeDate;

  const probe = {
    armed: false,
    start: null,
    end: null,
    done: false,
    lastMutation: 0,
    longest: 0,
    pred: null,
    quietMs: 0,
    seenAt: null,
    downloads: 0,
    /** The start times of the latest animation frames: the paint of a frame ends before the next. */
    frames: [],
    /** The browser's Event Timing entries (input → next paint, in steps of 8 ms, ≥ 16 ms). */
    events: [],
  };
  window.__bench = probe;
  // A download is done when the app hands the file to the browser (downloadBlob clicks a link).
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) probe.downloads += 1;
    return click.call(this);
  };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'input', 'change', 'click']) {
    window.addEventListener(
      type,
      () => {
        if (!probe.armed) return;
        probe.armed = false;
        probe.start = performance.now();
      },
      true,
    );
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longest = Math.max(probe.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.events.push({ start: e.startTime, duration: e.duration, name: e.name });
    if (probe.events.length > 500) probe.events.splice(0, probe.events.length - 500);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const startObserver = () =>
    new MutationObserver(() => {
      probe.lastMutation = performance.now();
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  if (document.documentElement) startObserver();
  else document.addEventListener('readystatechange', startObserver, { once: true });

  // Every frame: is the end state reached, and has the DOM been quiet long enough since?
  let checking = false;
  const frame = () => {
    requestAnimationFrame(frame);
    probe.frames.push(performance.now());
    if (probe.frames.length > 600) probe.frames.splice(0, 300);
    // Only checks that begin after the input event count, also for a predicate that takes a while.
    if (!probe.pred || probe.done || checking || probe.start === null) return;
    const at = performance.now();
    checking = true;
    Promise.resolve()
      .then(() => probe.pred())
      .then(
        (ok) => {
          checking = false;
          if (!ok) {
            probe.seenAt = null;
            return;
          }
          if (probe.seenAt === null || probe.lastMutation > probe.seenAt) probe.seenAt = at;
          if (
            probe.quietMs === 0 ||
            at - Math.max(probe.lastMutation, probe.seenAt) >= probe.quietMs
          ) {
            probe.end = probe.seenAt;
            probe.done = true;
          }
        },
        () => (checking = false),
      );
  };
  requestAnimationFrame(frame);
  // Cold load: the first column box on screen, counted from navigation start.
  probe.start = 0;
  probe.pred = () => {
    const col = document.querySelector('section.column');
    return !!col && col.getBoundingClientRect().height > 0;
  };
}

/**
 * Arms the probe: the next input event starts the clock; `pred(arg)` ends it. The predicate goes
 * in as source text of the evaluated expression, because the app's CSP (rightly) forbids eval.
 */
async function arm(page, pred, { quietMs = 400, arg = null } = {}) {
  await page.evaluate(`(() => {
    const p = window.__bench;
    const fn = ${pred.toString()};
    const arg = ${JSON.stringify(arg)};
    Object.assign(p, { armed: true, start: null, end: null, done: false, seenAt: null, quietMs: ${quietMs}, longest: 0 });
    p.pred = () => fn(arg);
  })()`);
}

async function settle(page, name, timeout = 30_000) {
  try {
    await page.waitForFunction(() => window.__bench.done, null, { timeout, polling: 50 });
  } catch {
    console.log(`  ! ${name}: no end state within ${timeout} ms`);
    return null;
  }
  const { start, end, longest, eventMs } = await paintedEnd(page);
  if (start === null) {
    console.log(`  ! ${name}: no input event seen`);
    return null;
  }
  const ms = Math.max(0, end - start);
  record(name, ms);
  push(eventTimings, name, eventMs);
  await afterInteraction();
  return { ms, longest };
}

/**
 * The end of a measurement: the first frame that starts after the one in which the end state was
 * seen, so the rendering of that frame is counted, as Event Timing counts to the next paint. Also
 * the longest Event Timing entry that began with this interaction (null when none was ≥ 16 ms or
 * the input was synthetic, as Playwright's selectOption is).
 */
async function paintedEnd(page) {
  await page.waitForFunction(
    () => window.__bench.frames.some((f) => f > window.__bench.end),
    null,
    {
      polling: 'raf',
    },
  );
  return page.evaluate(() => {
    const p = window.__bench;
    const end = p.frames.find((f) => f > p.end);
    const own =
      p.start === null ? [] : p.events.filter((e) => e.start >= p.start - 50 && e.start <= end);
    const eventMs = own.length ? Math.max(...own.map((e) => e.duration)) : null;
    return { start: p.start, end, longest: p.longest, eventMs };
  });
}

const cpu = { session: null, self: new Map() };
const heap = { session: null, interactions: 0 };

/** The page's JS heap in MB after a full garbage collection: what stays, not what waits. */
async function heapMb() {
  await heap.session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await heap.session.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

async function afterInteraction() {
  heap.interactions += 1;
  if (heap.interactions === 10 && heap.session)
    record('JS heap after ten interactions, MB', await heapMb());
}

async function measure(page, name, pred, action, options) {
  await arm(page, pred, options);
  if (cpu.session) await cpu.session.send('Profiler.start');
  await action();
  const result = await settle(page, name, options?.timeout);
  if (cpu.session) addProfile(name, (await cpu.session.send('Profiler.stop')).profile);
  return result;
}

/** Self time per function and measurement, summed over the runs; the profiles go to test-results-bench/cpu. */
function addProfile(name, profile) {
  const dir = path.join(root, 'test-results-bench', 'cpu');
  mkdirSync(dir, { recursive: true });
  const slug = name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  writeFileSync(
    path.join(dir, `${currentSize}-${slug}-${runsOf(name)}.cpuprofile`),
    JSON.stringify(profile),
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const key = `${currentSize}: ${name}`;
  const self = cpu.self.get(key) ?? new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  cpu.self.set(key, self);
}

function printProfiles() {
  for (const [key, self] of cpu.self) {
    const [size, name] = [Number(key.split(': ')[0]), key.slice(key.indexOf(': ') + 2)];
    const runs = results.get(size)?.get(name)?.length || 1;
    const top = [...self]
      .filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`\n${key} (self ms per run)`);
    for (const [k, v] of top) console.log(`  ${(v / runs).toFixed(1).padStart(7)}  ${k}`);
  }
}

// ---------- the scenario ----------

const column = (name) => `section.column[aria-label^="${name},"]`;

async function restore(page, backupJson, taskCount, dbName) {
  await page.goto(`${BASE}/?view=gegevens`);
  await page.getByRole('heading', { name: 'Gegevens', level: 2 }).waitFor();
  await measure(
    page,
    'restore backup (file → confirm question)',
    () => document.activeElement?.textContent === 'Alle huidige gegevens vervangen?',
    () =>
      page.getByLabel('Back-upbestand kiezen (.json)').setInputFiles({
        name: 'sprintbord-bench.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backupJson),
      }),
    { quietMs: 0 },
  );
  await measure(
    page,
    'restore backup (confirm → done)',
    (count) =>
      [...document.querySelectorAll('[role=status]')].some((el) =>
        el.textContent.includes(`Back-up teruggezet: ${count}`),
      ),
    () => page.getByRole('button', { name: 'Ja, alles vervangen' }).click(),
    // IndexedDB writes of this size take long on a busy machine; leaving early would abort them.
    { quietMs: 0, arg: taskCount, timeout: 300_000 },
  );
  if ((await countTasks(page, dbName)) !== taskCount)
    throw new Error('the restore did not complete');
}

async function themeOf(page, dbName, taskId) {
  return page.evaluate(
    ({ dbName, taskId }) =>
      new Promise((ok) => {
        const r = indexedDB.open(dbName);
        r.onsuccess = () => {
          const get = r.result.transaction('tasks').objectStore('tasks').get(taskId);
          get.onsuccess = () => {
            r.result.close();
            ok(get.result?.themeId ?? null);
          };
        };
        r.onerror = () => ok(null);
      }),
    { dbName, taskId },
  );
}

async function countTasks(page, dbName) {
  return page.evaluate(
    (dbName) =>
      new Promise((ok) => {
        const r = indexedDB.open(dbName);
        r.onsuccess = () => {
          if (!r.result.objectStoreNames.contains('tasks')) return ok(0);
          const c = r.result.transaction('tasks').objectStore('tasks').count();
          c.onsuccess = () => {
            r.result.close();
            ok(c.result);
          };
        };
        r.onerror = () => ok(0);
      }),
    dbName,
  );
}

const COLD = 'board cold load (new browser, nav start → first column painted)';
const WARM = 'board warm reload (nav start → first column painted)';

/** Navigation start → the frame after the first column box was on screen (pageSetup's probe). */
async function firstColumn(page) {
  await page.goto(`${BASE}/?view=bord&sprint=4`);
  await page.waitForFunction(() => window.__bench.done, null, { timeout: 60_000, polling: 50 });
  return (await paintedEnd(page)).end;
}

/**
 * Cold loads, each in a new browser on the profile (plan and service worker in it, no memory
 * cache, no compiled code), then warm reloads in the last one. Returns that browser.
 */
async function coldAndWarm(profile) {
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  let browser = null;
  for (let i = 0; i < runs; i++) {
    await browser?.context.close();
    browser = await openBrowser(profile);
    record(COLD, await firstColumn(browser.page));
  }
  for (let i = 0; i < runs; i++) record(WARM, await firstColumn(browser.page));
  // Let the board finish whatever streams in after the first column before counting.
  await browser.page.waitForTimeout(500);
  record(
    'DOM: elements on the board, sprint 4',
    await browser.page.evaluate(() => document.querySelectorAll('*').length),
  );
  record('JS heap after load, MB', await heapMb());
  return browser;
}

const boardReady = () => {
  const cols = document.querySelectorAll('section.column');
  return cols.length > 0 && cols[0].getBoundingClientRect().height > 0;
};

/** The board shows `count` tasks: the column headings add up (every task stands in one label column). */
const boardShows = (count) =>
  [...document.querySelectorAll('section.column')].reduce(
    (sum, c) => sum + Number(/, (\d+) ta/.exec(c.getAttribute('aria-label'))?.[1] ?? 0),
    0,
  ) === count;

async function boardInteractions(page, { inSprint, inBacklog, blockedInSprint }) {
  const sprint = page.getByRole('combobox', { name: 'Sprint', exact: true });
  const group = page.getByRole('combobox', { name: 'Groeperen op' });
  for (let i = 0; i < RUNS; i++) {
    await sprint.selectOption('5');
    await page.waitForFunction(
      (count) =>
        [...document.querySelectorAll('section.column')].reduce(
          (sum, c) => sum + Number(/, (\d+) ta/.exec(c.getAttribute('aria-label'))?.[1] ?? 0),
          0,
        ) !== count,
      inSprint,
    );
    await measure(page, 'board: switch sprint 5 → 4', boardShows, () => sprint.selectOption('4'), {
      arg: inSprint,
    });
  }
  // The backlog is planned beside the sprint ("Sprint plannen"): done when its heading counts
  // every backlog task and its first rows stand in the list.
  const planning = page.getByRole('button', { name: 'Sprint plannen' });
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    await measure(
      page,
      'board: open the backlog (Sprint plannen)',
      (count) =>
        document.querySelector('.planning-count')?.textContent === `${count} taken` &&
        !!document.querySelector('.planning-list li'),
      () => planning.click(),
      { arg: inBacklog },
    );
    await planning.click();
    await page.waitForFunction(() => !document.querySelector('.planning-panel'));
  }
  for (let i = 0; i < RUNS; i++) {
    await measure(
      page,
      'board: group Labels → Status',
      () => !!document.querySelector('section.column[aria-label^="In uitvoering,"]'),
      () => group.selectOption('status'),
    );
    await measure(
      page,
      'board: group Status → Labels',
      () => !!document.querySelector('section.column[aria-label^="Thema 0,"]'),
      () => group.selectOption('label'),
    );
  }
  const blocked = page.locator('button.filter-blocked');
  // The end state is the board showing only the blocked tasks (and then all again), not the
  // button's aria-pressed, which flips before the columns have been filtered.
  for (let i = 0; i < RUNS; i++) {
    await measure(page, 'board: filter Geblokkeerd on', boardShows, () => blocked.click(), {
      arg: blockedInSprint,
    });
    await measure(page, 'board: filter Geblokkeerd off', boardShows, () => blocked.click(), {
      arg: inSprint,
    });
  }
  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  for (let i = 0; i < Math.max(1, Math.ceil(RUNS / 3)); i++) {
    await search.click();
    const text = 'enquete 4';
    for (let k = 1; k <= text.length; k++) {
      await measure(
        page,
        'board: search, per keystroke',
        (value) => document.querySelector('input[type=search]')?.value === value,
        () => page.keyboard.type(text[k - 1]),
        {
          arg: text.slice(0, k),
          quietMs: 200,
        },
      );
    }
    await search.press('Escape');
    await page.waitForFunction(() => document.querySelector('input[type=search]')?.value === '');
  }
  for (let i = 0; i < RUNS; i++) {
    const card = page.locator(`${column('Thema 2')} button.card-title`).nth(i);
    const title = await card.textContent();
    await measure(
      page,
      'board: open task dialog',
      (t) => {
        const d = document.querySelector('dialog[open]');
        return !!d && d.textContent.includes(t) && !d.querySelector('[role=status]');
      },
      () => card.click(),
      { arg: title },
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  }
}

async function keyboardDrags(page, dbName) {
  const live = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';
  for (let i = 0; i < RUNS; i++) {
    const card = page.locator(`${column('Thema 0')} button.card-title`).first();
    const title = await card.textContent();
    const taskId = await page.evaluate(
      async ({ dbName, title }) => {
        const db = await new Promise((ok, fail) => {
          const r = indexedDB.open(dbName);
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        const all = await new Promise((ok) => {
          const r = db.transaction('tasks').objectStore('tasks').getAll();
          r.onsuccess = () => ok(r.result);
        });
        db.close();
        return all.find((t) => t.title === title && t.sprintId === 'sprint-4').id;
      },
      { dbName, title },
    );
    await card.focus();
    await measure(
      page,
      'board: keyboard pick-up (Space)',
      // dnd-kit announces the pick-up and, at once, what the card is over.
      () =>
        /opgepakt|boven/.test(document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? ''),
      () => page.keyboard.press('Space'),
      { quietMs: 0 },
    );
    for (let k = 0; k < 20; k++) {
      const before = await page.evaluate(live);
      if (before.includes('boven Thema 1')) break;
      await measure(
        page,
        'board: keyboard move (arrow)',
        (before) => {
          const now = document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';
          return now !== before && now.includes('boven');
        },
        () => page.keyboard.press('ArrowRight'),
        { arg: before, quietMs: 0, timeout: 3000 },
      );
    }
    // The drop is done when another connection reads the new theme from IndexedDB.
    await page.evaluate(
      ({ dbName, taskId }) => {
        window.__dbHasMoved = () =>
          new Promise((ok) => {
            const r = indexedDB.open(dbName);
            r.onsuccess = () => {
              const get = r.result.transaction('tasks').objectStore('tasks').get(taskId);
              get.onsuccess = () => {
                r.result.close();
                ok(get.result?.themeId === 'theme-1');
              };
            };
          });
      },
      { dbName, taskId },
    );
    await arm(page, () => window.__dbHasMoved(), { quietMs: 0 });
    if (cpu.session) await cpu.session.send('Profiler.start');
    await page.keyboard.press('Space');
    await settle(page, 'board: keyboard drop → DB write');
    // Same drop, seen on screen: the card stands in the new column (measured from the same key press).
    const drop = await page.evaluate(() => window.__bench.start);
    await page.evaluate(
      ({ title, drop }) => {
        const p = window.__bench;
        // No quiet period: the overlay's drop animation goes on mutating the DOM after the card is there.
        Object.assign(p, {
          armed: false,
          start: drop,
          end: null,
          done: false,
          seenAt: null,
          quietMs: 0,
        });
        p.pred = () =>
          [
            ...document.querySelectorAll(
              'section.column[aria-label^="Thema 1,"] button.card-title',
            ),
          ].some((b) => b.textContent === title);
      },
      { title, drop },
    );
    await settle(page, 'board: keyboard drop → card in new column');
    if (cpu.session)
      addProfile(
        'board: keyboard drop → card in new column',
        (await cpu.session.send('Profiler.stop')).profile,
      );
  }
}

async function views(page) {
  const nav = (name) =>
    page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name, exact: true });
  const heading = (text) =>
    [...document.querySelectorAll('main h2')].some((x) => x.textContent.trim() === text) &&
    ![...document.querySelectorAll('main [role=status]')].some((x) =>
      x.textContent.includes('laden…'),
    );
  for (let i = 0; i < RUNS; i++) {
    for (const [link, name, h] of [
      ['Jaarplan', 'open Jaarplan', 'Jaarplan'],
      ['Roadmap', 'open Roadmap', 'Roadmap'],
      ['Sprintrapport', 'open Sprintrapport', 'Sprintrapport'],
    ]) {
      await measure(page, name, heading, () => nav(link).click(), { arg: h, quietMs: 500 });
      await measure(page, 'back to the board (in-app)', boardReady, () => nav('Bord').click(), {
        quietMs: 500,
      });
    }
  }
}

async function dataPage(page) {
  const nav = page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Gegevens', exact: true });
  await nav.click();
  await page.getByRole('heading', { name: 'Gegevens', level: 2 }).waitFor();
  const xlsx = await readFile(PLANNER_FIXTURE);
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    await measure(
      page,
      'Planner import preview, 632 tasks',
      () =>
        [...document.querySelectorAll('h4, h3')].some(
          (h) => h.textContent === 'Voorbeeld van de import',
        ),
      () =>
        page.getByLabel('Planner-export kiezen (.xlsx)').setInputFiles({
          name: 'planner.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: xlsx,
        }),
      { quietMs: 300, timeout: 60_000 },
    );
    await page.locator('.data-confirm').getByRole('button', { name: 'Annuleren' }).click();
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('h4, h3')].some(
          (h) => h.textContent === 'Voorbeeld van de import',
        ),
    );
  }
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await measure(
      page,
      'backup (click → file)',
      (n) => window.__bench.downloads > n,
      () => page.getByRole('button', { name: 'Back-up maken' }).click(),
      { quietMs: 0, arg: await page.evaluate(() => window.__bench.downloads), timeout: 60_000 },
    );
    await (await download).cancel();
  }
}

/** Dexie itself, with the app's schema, on a scratch database beside the app's. */
async function database(page, schema, dbName) {
  await page.evaluate(
    readFileSync(path.join(root, 'node_modules/dexie/dist/dexie.min.js'), 'utf8'),
  );
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  const out = await page.evaluate(
    async ({ schema, dbName, runs }) => {
      const Dexie = window.Dexie;
      const app = new Dexie(dbName);
      app.version(1).stores(schema);
      await app.open();
      const planId = (await app.table('plans').toCollection().first()).id;
      const times = { insert: [], sprint: [], plan: [], counts: {} };
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        const sprint = await app
          .table('tasks')
          .where('[planId+sprintId]')
          .equals([planId, 'sprint-4'])
          .toArray();
        times.sprint.push(performance.now() - t);
        times.counts.sprint = sprint.length;
        t = performance.now();
        const all = await app.table('tasks').where('planId').equals(planId).toArray();
        times.plan.push(performance.now() - t);
        times.counts.plan = all.length;
        const scratch = new Dexie(`${dbName}-bench-scratch`);
        scratch.version(1).stores(schema);
        await scratch.open();
        t = performance.now();
        await scratch.transaction('rw', scratch.table('tasks'), () =>
          scratch.table('tasks').bulkAdd(all),
        );
        times.insert.push(performance.now() - t);
        scratch.close();
        await Dexie.delete(`${dbName}-bench-scratch`);
      }
      app.close();
      return times;
    },
    { schema, dbName, runs },
  );
  for (const v of out.insert) record('DB: bulkAdd every task (app schema, one transaction)', v);
  for (const v of out.sprint) record('DB: tasks of one sprint', v);
  for (const v of out.plan) record('DB: tasks of the plan', v);
  return out.counts;
}

// ---------- report ----------

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const isCount = (name) => name.includes(' kB') || name.includes(' MB') || name.startsWith('DOM');
const fmt = (v, name) =>
  v === null || v === undefined
    ? '–'
    : `${v >= 100 || name.startsWith('DOM') ? Math.round(v) : v.toFixed(1)}${isCount(name) ? '' : ' ms'}`;

/** Every measurement of one plan size against its goal; the ratio is median ÷ goal. */
function rowsOf(size) {
  const bySize = results.get(size) ?? new Map();
  return Object.keys(GOALS)
    .map((name) => {
      const goal = goalOf(name, size);
      const xs = bySize.get(name);
      const ets = eventTimings.get(size)?.get(name);
      if (!xs?.length)
        return goal === null ? null : { name, goal, median: null, runs: 0, ok: false };
      const m = median(xs);
      return {
        name,
        goal,
        median: m,
        max: Math.max(...xs),
        ratio: goal ? m / goal : null,
        eventTiming: ets?.length ? median(ets) : null,
        runs: xs.length,
        ok: goal === null || m <= goal,
      };
    })
    .filter(Boolean);
}

function markdownOf(rows) {
  return [
    '| measurement | goal | median | ratio | max | Event Timing | runs | |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${fmt(r.goal, r.name)} | ${fmt(r.median, r.name)} | ${r.ratio === null || r.ratio === undefined ? '–' : `${r.ratio.toFixed(2)}×`} | ${fmt(r.max, r.name)} | ${fmt(r.eventTiming, 'ms')} | ${r.runs} | ${r.ok ? 'ok' : 'OVER'} |`,
    ),
  ].join('\n');
}

/** One line per measurement, one column per size: "median (ratio to that size's goal)". */
function summaryOf(sizes) {
  const cell = (name, size) => {
    const row = rowsOf(size).find((r) => r.name === name);
    if (!row || row.median === null) return '–';
    return `${fmt(row.median, name)} (${row.ratio === null ? '–' : `${row.ratio.toFixed(2)}×`})`;
  };
  return [
    `| measurement | ${sizes.map((n) => `${n.toLocaleString('en')} tasks`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...Object.keys(GOALS)
      .filter((name) => sizes.some((n) => results.get(n)?.has(name)))
      .map((name) => `| ${name} | ${sizes.map((n) => cell(name, n)).join(' | ')} |`),
  ].join('\n');
}

// ---------- browsers and plans ----------

const launch = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
// The service worker stays on, as users have it: a cold load is served by it.
const contextOptions = {
  locale: 'nl-BE',
  timezoneId: 'Europe/Brussels',
  viewport: { width: 1440, height: 900 },
};

/**
 * A new browser process on a real profile on disk, as users have: an incognito context keeps
 * IndexedDB in memory, where Chromium writes 10k rows about ten times slower than on disk.
 */
async function openBrowser(profile) {
  const context = await chromium.launchPersistentContext(profile, { ...launch, ...contextOptions });
  await context.addInitScript(pageSetup, TODAY);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.log(`  ! page error: ${e.message}`));
  heap.session = await context.newCDPSession(page);
  heap.interactions = 0;
  if (process.env.BENCH_CPU) {
    cpu.session = heap.session;
    await cpu.session.send('Profiler.enable');
    await cpu.session.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  return { context, page };
}

/**
 * Writes a plan straight into the app's IndexedDB, table by table, for the sizes the Gegevens page
 * is not measured on (a 50k backup is over the 25 MB a restore accepts). The rows are the same
 * ones a restore writes; the app reads them after the next load.
 */
async function writePlan(page, dbName, rows) {
  await page.evaluate(
    async ({ dbName, planId }) => {
      const db = await new Promise((ok, fail) => {
        const r = indexedDB.open(dbName);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const tx = db.transaction([...db.objectStoreNames], 'readwrite');
      for (const name of db.objectStoreNames) tx.objectStore(name).clear();
      tx.objectStore('meta').put({ key: 'activePlanId', value: planId });
      tx.objectStore('meta').put({ key: 'seeded', value: true });
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onabort = () => fail(tx.error);
      });
      db.close();
    },
    { dbName, planId: rows.plans[0].id },
  );
  for (const [table, list] of Object.entries(rows)) {
    for (let from = 0; from < list.length; from += 10_000) {
      await page.evaluate(
        async ({ dbName, table, chunk }) => {
          const db = await new Promise((ok, fail) => {
            const r = indexedDB.open(dbName);
            r.onsuccess = () => ok(r.result);
            r.onerror = () => fail(r.error);
          });
          const tx = db.transaction(table, 'readwrite');
          for (const row of chunk) tx.objectStore(table).put(row);
          await new Promise((ok, fail) => {
            tx.oncomplete = ok;
            tx.onabort = () => fail(tx.error);
          });
          db.close();
        },
        { dbName, table, chunk: list.slice(from, from + 10_000) },
      );
    }
  }
}

/** The profile holds the plan (written, or restored through the Gegevens page at 10k) and the service worker. */
async function preparePlan(profile, plan, dbName, storedTask) {
  const { context, page } = await openBrowser(profile);
  try {
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(
      () =>
        new Promise((ok) => {
          navigator.serviceWorker?.ready.then(ok);
          setTimeout(ok, 20_000);
        }),
    );
    const tasks = plan.backup.data.tasks;
    // task-1 stands outside sprint 4, where the drags happen: it tells this plan from an older one.
    const probeTask = tasks[1];
    if (
      (await countTasks(page, dbName)) === tasks.length &&
      (await themeOf(page, dbName, probeTask.id)) === probeTask.themeId
    )
      return;
    console.log(`  writing the ${tasks.length}-task plan …`);
    if (currentSize === 10_000)
      await restore(page, JSON.stringify(plan.backup), tasks.length, dbName);
    // Straight into IndexedDB, so in the form the app stores (a backlog task's sprintId is '').
    else
      await writePlan(page, dbName, {
        ...plan.backup.data,
        tasks: plan.backup.data.tasks.map(storedTask),
      });
    if ((await countTasks(page, dbName)) !== tasks.length)
      throw new Error('the plan was not written');
  } finally {
    await context.close();
  }
}

// ---------- main ----------

async function runSize(size, modules, only) {
  currentSize = size;
  const plan = planOfSize(modules.data, size);
  const { dbName } = modules;
  console.log(
    `\n${size} tasks: ${plan.inSprint} in sprint 4 (${plan.blockedInSprint} blocked), ${plan.inBacklog} in the backlog, ${plan.backup.data.history.length} history lines`,
  );
  const profile = process.env.BENCH_PROFILE
    ? path.resolve(`${process.env.BENCH_PROFILE}-${size}`)
    : mkdtempSync(path.join(tmpdir(), `sprintbord-bench-${size}-`));
  const part = (name) => !only || only.includes(name);
  let browser = null;
  try {
    await preparePlan(profile, plan, dbName, modules.storedTask);
    console.log('  cold and warm loads …');
    browser = await coldAndWarm(profile);
    const { page } = browser;
    // Grouping is kept per browser; every run starts from the default, Labels.
    await page.evaluate(() => window.localStorage.removeItem('sprintbord.view'));
    await page.reload();
    await page.waitForFunction(boardShows, plan.inSprint, { timeout: 60_000 });
    if (part('board')) await boardInteractions(page, plan);
    if (part('drag')) await keyboardDrags(page, dbName);
    if (part('views')) {
      console.log('  views …');
      await views(page);
    }
    if (part('data') && size === 10_000) {
      console.log('  data page …');
      await dataPage(page);
    }
    if (part('db') && size === 10_000) {
      console.log('  database …');
      const counts = await database(page, modules.schema, dbName);
      console.log(`  (sprint query returned ${counts.sprint}, plan query ${counts.plan})`);
    }
    return true;
  } catch (error) {
    console.error(error);
    const shot = path.join(root, 'test-results-bench', `failure-${size}.png`);
    mkdirSync(path.dirname(shot), { recursive: true });
    await browser?.page.screenshot({ path: shot, fullPage: false }).then(
      () => console.error(`screenshot: ${shot}`),
      () => undefined,
    );
    return false;
  } finally {
    await browser?.context.close();
    if (!process.env.BENCH_PROFILE) rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  await buildApp();
  currentSize = 10_000;
  const { entry } = bundleSizes();
  const modules = await benchModules();
  console.log(`entry ${entry}; plan sizes ${SIZES.join(', ')}`);
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  const only = process.env.BENCH_ONLY?.split(',');
  const failed = [];
  try {
    for (const size of SIZES) if (!(await runSize(size, modules, only))) failed.push(size);
  } finally {
    await server.close();
  }

  if (cpu.self.size) printProfiles();
  const all = [];
  for (const size of SIZES) {
    const rows = rowsOf(size);
    all.push({ size, rows });
    console.log(
      `\nBrowser goals at ${size.toLocaleString('en')} tasks (Chromium, median of the runs)\n`,
    );
    console.log(markdownOf(rows));
  }
  console.log('\nAll sizes: median (ratio to the goal)\n');
  console.log(summaryOf(SIZES));
  if (process.env.BENCH_JSON)
    writeFileSync(
      process.env.BENCH_JSON,
      JSON.stringify(
        {
          sizes: all,
          raw: Object.fromEntries([...results].map(([n, m]) => [n, Object.fromEntries(m)])),
        },
        null,
        2,
      ),
    );
  const over = all.flatMap(({ size, rows }) =>
    rows.filter((r) => !r.ok).map((r) => `${size}: ${r.name}`),
  );
  if (failed.length || over.length) {
    console.log(
      `\n${over.length} over the goal or not measured${failed.length ? `; the run stopped on an error at ${failed.join(', ')} tasks` : ''}`,
    );
    process.exitCode = 1;
  }
}

await main();
