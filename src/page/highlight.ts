/**
 * The read-aloud highlight: CSS Custom Highlight API, so the page's DOM is never
 * touched, plus keeping the highlighted sentence in view.
 */
import type { Page, Undo } from './page.js';

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

export function createHighlighter(page: Page): Highlighter {
  const win = page.window as Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };
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
export function scrollIntoViewIfNeeded(page: Page, range: Range): void {
  const win = page.window;
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return;
  // The toolbar takes the top of the viewport (html scroll-padding-top says how much).
  const top = parseFloat(win.getComputedStyle(page.document.documentElement).scrollPaddingTop) || 0;
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
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
