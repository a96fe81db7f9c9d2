/**
 * One shared pointer and focus tracker for the aids that follow the user's
 * attention (十字光标, 放大镜, 大字幕). Each subscriber gets at most one call per
 * animation frame with where the pointer (or keyboard focus) is now, so three
 * aids on cost one set of passive listeners and one frame callback, not three.
 *
 * Pointer events only record coordinates and the target the browser already
 * hit-tested; all reading of the page (text, rects, styles) happens once in the
 * frame callback, and only for what a subscriber asks for (lazily, cached for
 * that frame).
 */
import { documentOf, windowOf } from './door-keys.js';
import type { Host, Undo } from './host.js';
import { textOf, type PointedText } from './pointed-text.js';
import { isFocusVisible } from './pointing.js';

export type { PointedText };

/** Where the user's attention is, for one frame. */
export interface Pointed {
  /** 'pointer' for the mouse or pen, 'focus' for keyboard focus. */
  source: 'pointer' | 'focus';
  /** Viewport coordinates: the pointer, or the centre of the focused element. */
  x: number;
  y: number;
  /** The element under the pointer or focused (inside shadow roots when open), or null. */
  target: Element | null;
  /** The focused element's viewport rect (source 'focus'), else a 0×0 rect at the pointer. */
  rect(): DOMRect;
  /** The text the user points at, worked out once per frame on first ask. */
  text(): PointedText;
}

/** A subscriber: called once per frame with the new state, or null when the pointer left the window. */
export type PointedListener = (pointed: Pointed | null) => void;

/** What a subscriber reads of each frame's state, so the tracker can read it before anyone writes. */
export interface SubscribeOptions {
  /** The subscriber calls `text()`: it is worked out first, before any subscriber writes to the page. */
  text?: boolean;
}

interface Tracker {
  subscribe(listener: PointedListener, options?: SubscribeOptions): Undo;
  /** The last state, so an aid turned on mid-way can show at once. */
  last(): Pointed | null;
}

const trackers = new WeakMap<Document, Tracker>();

/** The page's one tracker; listeners are on the page only while someone subscribes. */
export function pointerTracker(page: Host): Tracker {
  let tracker = trackers.get(documentOf(page));
  if (!tracker) trackers.set(documentOf(page), (tracker = createTracker(page)));
  return tracker;
}

function createTracker(page: Host): Tracker {
  const win = windowOf(page);
  const listeners = new Set<PointedListener>();
  /** Subscribers that read the pointed text. */
  const readers = new Set<PointedListener>();
  let undos: Undo[] = [];
  let frame = 0;
  // Raw input, recorded by the event handlers (no page reads there).
  let source: 'pointer' | 'focus' | 'gone' | null = null;
  let x = 0;
  let y = 0;
  let target: Element | null = null;
  let last: Pointed | null = null;
  let scrolled = false;

  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(flush);
  };

  function flush(): void {
    frame = 0;
    if (source === null) return;
    let state: Pointed | null = null;
    if (source === 'gone') state = null;
    else if (source === 'focus') state = focusState(target);
    else {
      // After a scroll under a still pointer, what is under it changed: one hit test, this frame only.
      if (scrolled) target = elementAt(x, y);
      state = pointerState(x, y, target);
    }
    scrolled = false;
    last = state;
    // Read before any write: a crosshair moving first would make the text's style
    // read (and its caret hit test) force a style and layout pass mid-frame.
    if (state && readers.size) state.text();
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        console.warn('[wza] pointer aid failed:', error);
      }
    }
  }

  function pointerState(px: number, py: number, el: Element | null): Pointed {
    let text: PointedText | null = null;
    return {
      source: 'pointer',
      x: px,
      y: py,
      target: el,
      rect: () => new DOMRect(px, py, 0, 0),
      text: () => (text ??= el ? textOf(page, el, px, py) : { text: '', fontSize: 16 }),
    };
  }

  function focusState(el: Element | null): Pointed | null {
    if (!el || !el.isConnected) return null;
    // One read per frame: the focused element's box, for its centre.
    const r = el.getBoundingClientRect();
    let text: PointedText | null = null;
    return {
      source: 'focus',
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
      target: el,
      rect: () => r,
      text: () => (text ??= textOf(page, el, null, null)),
    };
  }

  const handlePointer = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const t = event.target as Element | null;
    // Only a shadow host (our own reader view) needs the inner target; composedPath allocates, so not always.
    const inner = (t?.shadowRoot ? event.composedPath()[0] : t) as Node | null | undefined;
    source = 'pointer';
    x = event.clientX;
    y = event.clientY;
    target = inner?.nodeType === 1 ? (inner as Element) : null;
    schedule();
  };

  const handleFocus = () => {
    const el = page.activeElement();
    // Keyboard focus only: a click that focuses a link must not pull the aids away from the pointer.
    if (!el || el === documentOf(page).body || !isFocusVisible(el)) return;
    source = 'focus';
    target = el;
    schedule();
  };

  const handleLeave = (event: PointerEvent) => {
    // relatedTarget null: the pointer left the window (not just an element).
    if (event.relatedTarget || event.pointerType === 'touch' || source === 'focus') return;
    source = 'gone';
    schedule();
  };

  const handleScroll = () => {
    // The focused element moved, or the page moved under a still pointer.
    if (source !== 'focus' && source !== 'pointer') return;
    scrolled = source === 'pointer';
    schedule();
  };

  const elementAt = (px: number, py: number): Element | null => {
    let el = documentOf(page).elementFromPoint(px, py);
    // Into our own reader view's shadow root, as composedPath does for pointer events.
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(px, py);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };

  function start(): void {
    const passive = { passive: true, capture: true };
    undos = [
      page.listen('window', 'pointermove', handlePointer, passive),
      page.listen('window', 'pointerdown', handlePointer, passive),
      page.listen('document', 'pointerout', handleLeave, passive),
      page.listen('document', 'focusin', handleFocus, passive),
      page.listen('window', 'scroll', handleScroll, passive),
    ];
  }

  function stop(): void {
    for (const undo of undos.splice(0)) undo();
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    source = null;
    target = null;
    last = null;
  }

  return {
    subscribe(listener, options = {}) {
      if (listeners.size === 0) start();
      listeners.add(listener);
      if (options.text) readers.add(listener);
      return () => {
        readers.delete(listener);
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) stop();
      };
    },
    last: () => last,
  };
}
