import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// User text must only ever reach the page as text, and no code may be built from strings:
// these sinks are banned from the sources outright (the CSP forbids eval in the browser too).

const ROOT = path.resolve(__dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const sources = filesUnder(path.join(ROOT, 'src')).filter((f) =>
  /\.(ts|tsx|js|jsx|css|html)$/.test(f),
);

const BANNED: Array<[string, RegExp]> = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function constructor call', /(^|[^\w.])Function\s*\(\s*['"`]/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['setTimeout/setInterval with a string', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['javascript: URL', /javascript:/i],
  ['an external URL (no network at run time)', /https?:\/\/(?!www\.w3\.org\/)/],
];

describe('no code from strings, no HTML from user text, no outside URLs', () => {
  it('finds the source files', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each(BANNED)('no %s in src/', (_what, pattern) => {
    const hits = sources
      .filter((f) => pattern.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(hits).toEqual([]);
  });

  it('index.html has no inline script and loads nothing from elsewhere', () => {
    const html = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/src\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('the patterns catch what they should (so an empty result means something)', () => {
    const samples: Record<string, string> = {
      dangerouslySetInnerHTML: '<div dangerouslySetInnerHTML={{ __html: t }} />',
      eval: 'const x = eval("1+1");',
      'new Function': 'new Function("return 1")',
      'Function constructor call': 'Function("return this")()',
      'innerHTML / outerHTML': 'el.innerHTML = title;',
      insertAdjacentHTML: 'el.insertAdjacentHTML("beforeend", s)',
      'document.write': 'document.write(s)',
      'setTimeout/setInterval with a string': 'setTimeout("alert(1)", 10)',
      'javascript: URL': '<a href="javascript:alert(1)">',
      'an external URL (no network at run time)': 'fetch("https://cdn.example.com/x.js")',
    };
    for (const [what, pattern] of BANNED) expect(samples[what], what).toMatch(pattern);
    expect('retrieval(x); medieval(y)').not.toMatch(BANNED[1]![1]);
  });
});
