/**
 * The read-aloud highlight: CSS Custom Highlight API, so the page's DOM is never
 * touched, plus keeping the highlighted sentence in view.
 */
import { documentOf, windowOf } from './door-keys.js';
import type { Host, Undo } from './host.js';

export const READING_HIGHLIGHT = 'wza-reading';

type HighlightCtor = new (...ranges: Range[]) => object;
interface HighlightRegistry {
  set(name: string, highlight: object): void;
  delete(name: string): boolean;
}

export interface Highlighter {
  /** Highlights this range (null clears) and scrolls it into view when it left the viewport. */
  show(range: Range | null): void;
  remove: Undo;
}

type HighlightWindow = Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };

export function createHighlighter(page: Host): Highlighter {
  const win = windowOf(page) as HighlightWindow;
  const registry = win.CSS?.highlights;
  const Ctor = win.Highlight;
  let sheet: { remove(): void } | null = null;
  const clear = () => {
    try {
      registry?.delete(READING_HIGHLIGHT);
    } catch {
      /* registry gone */
    }
  };
  return {
    show(range) {
      if (!range) return clear();
      if (registry && Ctor) {
        sheet ??= page.styles(`::highlight(${READING_HIGHLIGHT}){background-color:#ffe34d;color:#000}`);
        registry.set(READING_HIGHLIGHT, new Ctor(range));
      }
      scrollIntoViewIfNeeded(page, range);
    },
    remove() {
      clear();
      sheet?.remove();
      sheet = null;
    },
  };
}

/** Scrolls so the range sits in the upper third of the viewport, only when it is (partly) out of view. */
export function scrollIntoViewIfNeeded(page: Host, range: Range): void {
  const win = windowOf(page);
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return;
  // The toolbar takes the top of the viewport (html scroll-padding-top says how much).
  const top = parseFloat(win.getComputedStyle(documentOf(page).documentElement).scrollPaddingTop) || 0;
  if (rect.top >= top && rect.bottom <= win.innerHeight) return;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  win.scrollBy({ top: rect.top - top - (win.innerHeight - top) / 3, behavior: reduce ? 'auto' : 'smooth' });
}

/**
 * The DOM position under a point (for click-to-jump, and the sentence under the
 * pointer), or null. `shadowRoots`: open shadow roots the search may look into.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  const hit = r ? { node: r.startContainer, offset: r.startOffset } : null;
  // caretRangeFromPoint (Chromium < 128, Safari) stops at shadow hosts: look inside ourselves.
  for (const root of shadowRoots) {
    if (hit && root.contains(hit.node)) return hit;
    const inside = caretInShadowRoot(root, x, y);
    if (inside) return inside;
  }
  return hit;
}

/** The text position under a point inside an open shadow root, from the rectangles of its characters. */
function caretInShadowRoot(root: ShadowRoot, x: number, y: number): { node: Node; offset: number } | null {
  const el = root.elementFromPoint(x, y);
  if (!el || !root.contains(el)) return null;
  const range = root.ownerDocument.createRange();
  const box = (t: Text, i: number) => {
    range.setStart(t, i);
    range.setEnd(t, i + 1);
    return range.getBoundingClientRect();
  };
  const walker = root.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    // The first character not before the point, in reading order (lines top down, each left to right).
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const b = box(t, mid);
      if (b.bottom < y || (b.top <= y && b.right <= x)) lo = mid + 1;
      else hi = mid;
    }
    // On the pointer's line (not the start of a later one): found.
    if (lo < t.length && box(t, lo).top <= y) return { node: t, offset: lo };
  }
  return { node: el, offset: 0 };
}
