/**
 * Font scaling of the whole page. Each element is tagged once with its original
 * font size and line height (`data-wza-fs="16/32"`); a generated sheet gives every
 * bucket `font-size: calc(max(16px, var(--wza-min-fs)) * var(--wza-text-scale))`.
 * A level change then is one custom property on :root (text size), a minimum is
 * another (care mode): no new walk. px sizes, author !important and text that
 * arrives later scale alike; an inline `font-size: … !important`, which no
 * sheet can beat, gets the same value written through CSSOM and restored on undo
 * (an inline `line-height: … !important` likewise).
 *
 * Shared: text size, care mode and 行距 need it; the tags stay while any holds it.
 */
import { inlineImportant, overrideInline } from './inline-style.js';
import { lineSpacingBase } from '../core/line-spacing.js';
import { BOOST, tagElements, type TagHandle, type TagSpec, type Undo } from './tagger.js';

export const FONT_ATTR = 'data-wza-fs';

const round = (n: number) => Math.round(n * 100) / 100;

function fontValue(px: number): string {
  return `calc(max(${px}px, var(--wza-min-fs, 0px)) * var(--wza-text-scale, 1))`;
}

/**
 * The line height of one bucket. A px line height is kept as a floor and grows with
 * the text only up to 1.5 × its size: body text keeps its spacing, while the
 * `height:34px; line-height:34px` idiom of one-line bars does not double and spill
 * over the next row. Care mode's minimum (`--wza-min-lh`, in em) and 行距's factor
 * (`--wza-ls` × the element's own ratio, or care's minimum where that is more, so
 * each 行距 step is visible in care mode too; core/line-spacing.ts) can raise it
 * further; unset, both are 0 and the page's own line height stays.
 */
function lineHeightValue(key: string): string {
  const [fs, lh] = key.split('/') as [string, string];
  if (lh === 'n') return 'var(--wza-ls-n, var(--wza-lh-normal, normal))';
  const own = Number(lh) / Number(fs);
  const ratio = Math.round(Math.min(own, 1.5) * 1000) / 1000;
  return `max(${lh}px, ${ratio}em, calc(var(--wza-min-lh, 0) * 1em), calc(var(--wza-ls, 0) * max(${lineSpacingBase(own)}, var(--wza-min-lh, 0)) * 1em))`;
}

const spec: TagSpec = {
  attr: FONT_ATTR,
  read(_el, style) {
    const fs = parseFloat(style.fontSize);
    if (!(fs > 0)) return null;
    const lh = style.lineHeight.endsWith('px') ? String(round(parseFloat(style.lineHeight))) : 'n';
    return `${round(fs)}/${lh}`;
  },
  rule(key, selector) {
    const fs = Number(key.split('/')[0]);
    return `${selector}${BOOST}{font-size:${fontValue(fs)}!important;line-height:${lineHeightValue(key)}!important;overflow-wrap:break-word!important}`;
  },
  write(el, key) {
    // An inline !important beats every sheet: only the element's own style can be scaled.
    const undos: Undo[] = [];
    if (inlineImportant(el, 'font-size')) undos.push(overrideInline(el, 'font-size', fontValue(Number(key.split('/')[0]))));
    // The same for its line height, or 行距 and care mode's minimum could not reach it.
    if (inlineImportant(el, 'line-height')) undos.push(overrideInline(el, 'line-height', lineHeightValue(key)));
    if (undos.length === 0) return null;
    return () => {
      for (const undo of undos.reverse()) undo();
    };
  },
};

const shared = new WeakMap<Document, { users: number; handle: TagHandle }>();

/** Tags the page for font scaling (once, however many features ask); returns the release. */
export function scaleFonts(doc: Document): Undo {
  let entry = shared.get(doc);
  if (!entry) {
    entry = { users: 0, handle: tagElements(doc, spec) };
    shared.set(doc, entry);
  }
  entry.users++;
  const held = entry;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--held.users === 0) {
      held.handle.remove();
      shared.delete(doc);
    }
  };
}
