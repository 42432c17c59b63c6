// The JavaScript a first visit downloads before the board can run, gzipped, against a budget.
//
//   node scripts/first-load-size.mjs [dist folder, default dist] [budget in kB, default 200]
//
// First-load JS is what the built index.html asks for up front: the entry <script type="module">
// and every <link rel="modulepreload">. Lazy chunks (reports, settings, Excel, the calendar …)
// are not in it: they load when opened. Each file is gzipped on its own with node:zlib at level 9
// (what a server that compresses ahead of time sends) and the sizes are summed; 1 kB = 1000 bytes,
// as Vite's build report counts. Same build, same bytes, same figure: nothing here depends on time.
// Exits 1, printing the figure per file, when the sum is over the budget.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 200;

/** The value of one attribute of a tag's text, or null; quotes optional, as Vite writes both. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/**
 * The scripts of a first load, in the order the page names them: module entry scripts (src) and
 * modulepreload links (href), each once. Classic scripts, stylesheets and other links are not.
 * @param {string} html
 * @returns {string[]}
 */
export function firstLoadScripts(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const url = isScript
      ? attribute(tag, 'type')?.toLowerCase() === 'module' && attribute(tag, 'src')
      : attribute(tag, 'rel')?.toLowerCase().split(/\s+/).includes('modulepreload') &&
        attribute(tag, 'href');
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

/**
 * The first-load figure of a page: each script's gzipped size and their sum, in bytes.
 * @param {string} html
 * @param {(url: string) => number} gzipBytes gzipped size of the file a URL names
 * @param {number} [budgetKb]
 */
export function firstLoad(html, gzipBytes, budgetKb = BUDGET_KB) {
  const files = firstLoadScripts(html).map((url) => ({ url, gzip: gzipBytes(url) }));
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, total, budget: budgetKb * 1000, over: total > budgetKb * 1000 };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** The lines the script prints: one per file, then the sum against the budget. */
export function report({ files, total, budget, over }) {
  return [
    ...files.map((f) => `  ${kb(f.gzip).padStart(10)}  ${f.url}`),
    `first-load JS ${kb(total)} gzip (level 9) of a budget of ${kb(budget)}: ${over ? 'OVER BUDGET' : 'ok'}`,
  ];
}

function main([dist = 'dist', budget = String(BUDGET_KB)] = []) {
  const root = resolve(dist);
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const gzipBytes = (url) => {
    // The page names files from the site root (/assets/x.js) or relative to it (./assets/x.js).
    const file = join(root, url.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
    return gzipSync(readFileSync(file), { level: 9 }).length;
  };
  const result = firstLoad(html, gzipBytes, Number(budget));
  const lines = report(result);
  if (result.files.length === 0) {
    console.error(`no module script in ${join(root, 'index.html')}: nothing measured`);
    return 1;
  }
  (result.over ? console.error : console.log)(lines.join('\n'));
  return result.over ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
