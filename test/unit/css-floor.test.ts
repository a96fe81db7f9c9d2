/**
 * CSS that the floor's old kernels (Chromium 86: 360 安全浏览器 13, QQ, Sogou) drop.
 * A browser that does not know a property drops the declaration; one that does not
 * know a selector drops the whole rule. Newer Chromium cannot simulate either, so
 * this scans every CSS text we ship: the styles in src/ (`.css` files, CSS in
 * strings, generated sheets) and the sheets generated at run time.
 *
 * - `inset`, `padding-inline`, `margin-inline` (Chromium 87) and the `translate`
 *   property (104) are allowed only beside their fallback in the same rule
 *   (top/right/bottom/left, padding-left/right, margin-left/right, transform).
 * - `:is()`, `:where()` and selector lists in `:not()` (Chromium 88) are not
 *   allowed at all: a rule containing them is lost whole.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careCss, eachOf } from '../../src/core/care.js';
import { schemeCss } from '../../src/features/colours/colours.js';
import { PALETTES } from '../../src/core/colours.js';
import { CURSOR_CSS } from '../../src/features/cursor/cursor.js';
import { BOOST } from '../../src/page/tagger.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|css)$/.test(path) ? [path] : [];
  });
}

/** Source text without comments (a `/* css *\/` marker or a note that names a property is no CSS). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** The declaration block around position `at`: from the `{` before it to the `}` after it. */
function blockAround(text: string, at: number): string {
  const open = text.lastIndexOf('{', at);
  const close = text.indexOf('}', at);
  return text.slice(open < 0 ? 0 : open, close < 0 ? text.length : close);
}

const PROPERTIES: { name: string; pattern: RegExp; fallback: RegExp }[] = [
  { name: 'inset', pattern: /(?<![-\w])inset\s*:/g, fallback: /(?<![-\w])(top|left)\s*:/ },
  { name: 'padding-inline', pattern: /padding-inline(-start|-end)?\s*:/g, fallback: /padding-(left|right)\s*:/ },
  { name: 'margin-inline', pattern: /margin-inline(-start|-end)?\s*:/g, fallback: /margin-(left|right)\s*:/ },
  { name: 'translate', pattern: /(?<![-\w])translate\s*:/g, fallback: /(?<![-\w])transform\s*:/ },
];

/** Each construct of `text` that the floor drops, described for the failure message. */
function dropped(text: string): string[] {
  const found: string[] = [];
  const line = (at: number) => text.slice(0, at).split('\n').length;
  for (const p of PROPERTIES) {
    for (const m of text.matchAll(p.pattern)) {
      if (!p.fallback.test(blockAround(text, m.index))) found.push(`line ${line(m.index)}: ${p.name} without a fallback beside it`);
    }
  }
  for (const m of text.matchAll(/:(is|where)\(/g)) found.push(`line ${line(m.index)}: :${m[1]}() (the whole rule is dropped)`);
  for (const m of text.matchAll(/:not\(/g)) {
    // The argument, up to its closing parenthesis.
    let depth = 0;
    let end = m.index + 5;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && depth-- === 0) break;
    }
    // A comma outside brackets and nested parentheses.
    if (/,(?![^(]*\))(?![^[]*\])/.test(text.slice(m.index + 5, end)))
      found.push(`line ${line(m.index)}: a selector list in :not() (the whole rule is dropped)`);
  }
  return found;
}

describe('CSS for the floor (Chromium 86)', () => {
  it('the scan finds each construct the floor drops, and accepts a fallback beside a property', () => {
    expect(dropped('.a{inset:0}')).toHaveLength(1);
    expect(dropped('.a{top:0;right:0;bottom:0;left:0;inset:0}')).toEqual([]);
    expect(dropped('.a{padding-inline:1px 2px}')).toHaveLength(1);
    expect(dropped('.a{translate:0 4px}')).toHaveLength(1);
    expect(dropped('.a{transform:translate(0,4px);translate:0 4px}')).toEqual([]);
    expect(dropped(':root :where(h1,h2){x:1}')).toHaveLength(1);
    expect(dropped(':root :is(.a){x:1}')).toHaveLength(1);
    expect(dropped('input:not([type=a],[type=b]){x:1}')).toHaveLength(1);
    expect(dropped('input:not([type=a]):not([title="x,y"]){x:1}')).toEqual([]);
    expect(dropped('.v{clip-path:inset(50%)}')).toEqual([]);
  });

  it('no source file under src/ ships CSS that the floor drops', () => {
    const offences = sources(SRC).flatMap((file) =>
      dropped(withoutComments(readFileSync(file, 'utf8'))).map((what) => `${relative(SRC, file)} ${what}`),
    );
    expect(offences).toEqual([]);
  });

  it('the generated sheets (care mode with a hide list, big cursor, every colour scheme) keep to the floor', () => {
    const sheets = [careCss('#piaochuang, .ad[title="a,b"], div:not(.x)', BOOST), CURSOR_CSS, ...Object.values(PALETTES).map(schemeCss)];
    expect(sheets.flatMap(dropped)).toEqual([]);
  });
});

describe('selector lists written out', () => {
  it('splits at top-level commas only', () => {
    expect(eachOf('#a, .b > p ,[title="x,y"], li:not(.c,.d)', '!')).toBe(
      ':root #a!,:root .b > p!,:root [title="x,y"]!,:root li:not(.c,.d)!',
    );
  });

  it('care mode hides each part of the site’s list, headings and targets without :is()/:where()', () => {
    const css = careCss('#piaochuang, .ad', '');
    expect(css).toContain(':root #piaochuang,:root .ad{display:none!important}');
    expect(css).toContain(':root h1,:root h2,');
    expect(css).toContain(':root a[href],:root button,');
  });
});
