/**
 * Room at the top of the viewport for the toolbar and at the bottom for the
 * caption bar, made so that no part of the page moves over another: the page's
 * flow moves down by the toolbar's height (padding on <html>), and everything
 * the flow does not carry moves with it:
 *
 * - fixed elements placed by `top` move down by the top room; fixed elements
 *   placed by `bottom` move up by the bottom room (a fixed footer bar stays above
 *   the captions);
 * - sticky elements stick that much lower (or higher);
 * - absolutely positioned elements whose containing block is the initial one
 *   (no positioned or transformed ancestor: the banners and navs that old CMS
 *   templates place with `position:absolute; top:…`) move down with the flow.
 *
 * Each such element is tagged once with its own offset (`data-wza-below-bar="t120"`),
 * read with the page's own styles; one rule per offset adds the room, which lives in
 * two custom properties, so a change of height rewrites one tiny sheet. Elements that
 * arrive later, or whose class changes (a header that becomes fixed on scroll), are
 * read again. Page zoom (`--wza-zoom` on <body>) scales offsets inside
 * the body: the room is divided back out.
 */
import { inlineImportant, overrideInline } from './inline-style.js';
import { addPageStyles, type StyleHandle } from './page-styles.js';
import { tagElements, type TagHandle, type TagSpec } from './tagger.js';

export type Edge = 'top' | 'bottom';

export interface Reserved {
  /** Changes the room's height; written on the next frame (a ResizeObserver may call it mid-layout). */
  set(height: number): void;
  remove(): void;
}

export const SHIFT_ATTR = 'data-wza-below-bar';

const ROOM = { top: '--wza-room-top', bottom: '--wza-room-bottom' } as const;
const room = (edge: Edge) => `var(${ROOM[edge]}, 0px) / var(--wza-zoom, 1)`;

/** Offsets are tagged as `<kind><side><px>`: f(ixed), s(ticky), a(bsolute); t(op) or b(ottom). */
function shifted(key: string): { side: Edge; value: string } {
  const side: Edge = key[1] === 't' ? 'top' : 'bottom';
  const px = key.slice(2);
  // Fixed and sticky elements keep their distance from their edge of the shrunken viewport;
  // initial-containing-block elements move down with the flow, whichever edge places them.
  const value = key[0] === 'a' ? `calc(${px}px ${side === 'top' ? '+' : '-'} ${room('top')})` : `calc(${px}px + ${room(side)})`;
  return { side, value };
}

function shiftRule(key: string, selector: string): string {
  const { side, value } = shifted(key);
  return `${selector}{${side}:${value}!important}`;
}

type StyleMapped = Element & { computedStyleMap?: () => { get(property: string): unknown } };

/**
 * Which of `top` and `bottom` place the element (are not `auto`), or null when the
 * browser cannot tell: getComputedStyle reports the used offsets of a positioned
 * element, never `auto`; the Typed OM (not in Firefox) reports the computed values.
 */
function placedBy(el: Element): Record<Edge, boolean> | null {
  const map = (el as StyleMapped).computedStyleMap;
  if (typeof map !== 'function') return null;
  try {
    const values = map.call(el);
    return { top: String(values.get('top')) !== 'auto', bottom: String(values.get('bottom')) !== 'auto' };
  } catch {
    return null;
  }
}

/** The viewport edge a fixed element is nearer to. */
function nearerEdge(el: Element, win: Window): Edge {
  const r = el.getBoundingClientRect();
  return r.top + r.height / 2 <= win.innerHeight / 2 ? 'top' : 'bottom';
}

function shiftSpec(win: Window): TagSpec {
  /** Whether an element is the containing block of its absolutely positioned descendants (cached per batch). */
  let holds = new Map<Element, boolean>();
  const containsAbsolute = (el: Element | null): boolean => {
    if (!el || el === el.ownerDocument.documentElement) return false;
    const known = holds.get(el);
    if (known !== undefined) return known;
    const s = win.getComputedStyle(el);
    const own =
      s.position !== 'static' ||
      s.transform !== 'none' ||
      (s.filter !== 'none' && s.filter !== '') ||
      (s.perspective !== 'none' && s.perspective !== '') ||
      /paint|layout|strict|content/.test(s.contain || '') ||
      /transform|perspective|filter/.test(s.willChange || '');
    const result = own || containsAbsolute(el.parentElement);
    holds.set(el, result);
    return result;
  };
  const px = (v: string) => (v.endsWith('px') ? String(Math.round(parseFloat(v) * 100) / 100) : null);
  return {
    attr: SHIFT_ATTR,
    skip: new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'LINK', 'META', 'BR', 'WBR', 'SOURCE', 'TRACK']),
    reread: ['class'],
    readWithOurStyles: true,
    startBatch: () => (holds = new Map()),
    read(el, style) {
      const position = style.position;
      if (position !== 'fixed' && position !== 'sticky' && position !== 'absolute') return null;
      // Inside a positioned (or transformed) ancestor an absolute element moves with that ancestor.
      if (position === 'absolute' && containsAbsolute(el.parentElement)) return null;
      const placed = placedBy(el) ?? { top: style.top !== 'auto', bottom: style.bottom !== 'auto' };
      // Neither offset set: the element sits at its place in the flow and moves with it.
      if (!placed.top && !placed.bottom) return null;
      let side: Edge = placed.top ? 'top' : 'bottom';
      // A fixed element placed by both (or in a browser that cannot tell) keeps to the edge it is nearer.
      if (position === 'fixed' && placed.top && placed.bottom) side = nearerEdge(el, win);
      const value = px(side === 'top' ? style.top : style.bottom);
      return value === null ? null : `${position[0]}${side[0]}${value}`;
    },
    rule: shiftRule,
    write(el, key) {
      // An inline `top: … !important` beats every sheet: only the element's own style can move it.
      const { side, value } = shifted(key);
      return inlineImportant(el, side) ? overrideInline(el, side, value) : null;
    },
  };
}

interface Shared {
  users: number;
  tags: TagHandle;
  sheet: StyleHandle;
  heights: Record<Edge, number>;
  /** Heights asked for since the last frame (written together on the next one). */
  pending: Partial<Record<Edge, number>>;
  own: Record<Edge, number>;
  frame: number;
}

const shared = new WeakMap<Document, Shared>();

function css(s: Shared): string {
  const { top, bottom } = s.heights;
  return (
    `:root{${ROOM.top}:${top}px;${ROOM.bottom}:${bottom}px}` +
    `html{padding-top:${s.own.top + top}px!important;padding-bottom:${s.own.bottom + bottom}px!important;` +
    `scroll-padding-top:${top}px!important;scroll-padding-bottom:${bottom}px!important}`
  );
}

/** Makes room of `height` px at one edge of the viewport; the handle changes or removes it. */
export function reserveRoom(doc: Document, edge: Edge, height: number): Reserved {
  const win = doc.defaultView!;
  let s = shared.get(doc);
  if (!s) {
    const root = win.getComputedStyle(doc.documentElement);
    const own = { top: parseFloat(root.paddingTop) || 0, bottom: parseFloat(root.paddingBottom) || 0 };
    const entry: Shared = { users: 0, heights: { top: 0, bottom: 0 }, pending: {}, own, frame: 0, sheet: null!, tags: null! };
    // Neither sheet changes font sizes or colours: reads of the page's own styles may leave them on.
    entry.sheet = addPageStyles(doc, css(entry), { keepWhileReading: true });
    entry.tags = tagElements(doc, shiftSpec(win), { keepWhileReading: true });
    shared.set(doc, entry);
    s = entry;
  }
  const held = s;
  held.users++;
  held.heights[edge] = Math.round(height);
  held.sheet.set(css(held));
  let removed = false;
  return {
    set(h) {
      if (removed) return;
      held.pending[edge] = Math.round(h);
      held.frame ||= win.requestAnimationFrame(() => {
        held.frame = 0;
        const pending = held.pending;
        held.pending = {};
        let changed = false;
        for (const e of Object.keys(pending) as Edge[]) {
          if (pending[e] !== held.heights[e]) changed = true;
          held.heights[e] = pending[e]!;
        }
        if (changed) held.sheet.set(css(held));
      });
    },
    remove() {
      if (removed) return;
      removed = true;
      delete held.pending[edge];
      held.heights[edge] = 0;
      if (--held.users > 0) return held.sheet.set(css(held));
      if (held.frame) win.cancelAnimationFrame(held.frame);
      held.tags.remove();
      held.sheet.remove();
      shared.delete(doc);
    },
  };
}
