/**
 * Raises text contrast to a minimum (care mode: 4.5:1). Each element with text
 * of its own is read with the page's original styles: its colour against the
 * background behind it (composited up the ancestors). Where the pair is too
 * weak, the element is tagged with a corrected colour (`data-wza-c="#595959"`),
 * the nearest colour that passes; one sheet rule per colour. Text over a
 * background image is left alone (its background cannot be known). It is care
 * mode's own lazy part (features/care/care.part.ts), so the start-up file does
 * not carry it.
 */
import { composite, contrastRatio, ensureContrast, parseColour, toHex, type Rgba } from '../core/contrast.js';
import { documentOf } from './door-keys.js';
import type { Host } from './host.js';
import { BOOST, tagElements, type TagSpec, type Undo } from './tagger.js';

export const CONTRAST_ATTR = 'data-wza-c';
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const FORM = new Set(['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);

function hasOwnText(el: Element): boolean {
  if (FORM.has(el.tagName)) return true;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue!.trim()) return true;
  return false;
}

export function raiseContrast(host: Host, min: number): Undo {
  const doc = documentOf(host);
  const win = doc.defaultView;
  if (!win) return () => {};
  let cache = new Map<Element, Rgba | null>();

  /** The opaque colour behind an element's text, or null when an image is involved. */
  const backgroundOf = (el: Element | null): Rgba | null => {
    if (!el) return WHITE; // the canvas
    const known = cache.get(el);
    if (known !== undefined) return known;
    const style = win.getComputedStyle(el);
    let result: Rgba | null;
    if (style.backgroundImage !== 'none') result = null;
    else {
      const own = parseColour(style.backgroundColor);
      if (own && own.a >= 1) result = own;
      else {
        const below = backgroundOf(el.parentElement);
        result = below && own ? composite(own, below) : below;
      }
    }
    cache.set(el, result);
    return result;
  };

  const spec: TagSpec = {
    attr: CONTRAST_ATTR,
    startBatch: () => (cache = new Map()),
    wants: hasOwnText,
    read(el, style) {
      const fg = parseColour(style.color);
      const bg = backgroundOf(el);
      if (!fg || !bg) return null;
      if (contrastRatio(composite(fg, bg), bg) >= min) return null;
      return toHex(ensureContrast(fg, bg, min));
    },
    rule: (key, selector) => `${selector}${BOOST}{color:${key}!important;-webkit-text-fill-color:${key}!important}`,
  };
  const handle = tagElements(doc, spec);
  return () => handle.remove();
}
