/**
 * Font scaling of the whole page. Each element is tagged once with its original
 * font size and line height (`data-wza-fs="16/32"`); a generated sheet gives every
 * bucket `font-size: calc(max(16px, var(--wza-min-fs)) * var(--wza-text-scale))`.
 * A level change then is one custom property on :root (text size), a minimum is
 * another (care mode): no new walk. px sizes, author !important and text that
 * arrives later scale alike; an inline `font-size: … !important`, which no
 * sheet can beat, gets the same value written through CSSOM and restored on undo.
 *
 * Shared: text size and care mode both need it; the tags stay while either holds it.
 */
import { inlineImportant, overrideInline } from './inline-style.js';
import { BOOST, tagElements, type TagHandle, type TagSpec, type Undo } from './tagger.js';

export const FONT_ATTR = 'data-wza-fs';

const round = (n: number) => Math.round(n * 100) / 100;

function fontValue(px: number): string {
  return `calc(max(${px}px, var(--wza-min-fs, 0px)) * var(--wza-text-scale, 1))`;
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
    const [fs, lh] = key.split('/') as [string, string];
    // A px line height is kept as a floor and grows with the text only up to 1.5 × its
    // size: body text keeps its spacing, while the `height:34px; line-height:34px`
    // idiom of one-line bars does not double and spill over the next row.
    // Care mode's minimum (in em) can raise it further.
    const ratio = Math.min(Number(lh) / Number(fs), 1.5);
    const lineHeight =
      lh === 'n' ? 'var(--wza-lh-normal, normal)' : `max(${lh}px, ${Math.round(ratio * 1000) / 1000}em, calc(var(--wza-min-lh, 0) * 1em))`;
    // break-word: a long word wraps instead of pushing the page sideways.
    return `${selector}${BOOST}{font-size:${fontValue(Number(fs))}!important;line-height:${lineHeight}!important;overflow-wrap:break-word!important}`;
  },
  write(el, key) {
    // An inline !important beats every sheet: only the element's own style can be scaled.
    return inlineImportant(el, 'font-size') ? overrideInline(el, 'font-size', fontValue(Number(key.split('/')[0]))) : null;
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
