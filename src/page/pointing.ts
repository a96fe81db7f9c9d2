/**
 * Where the user points: the element the pointer rests on (after a delay) and
 * the element that gets keyboard focus. Listeners are passive and never stop or
 * prevent anything, so links and buttons keep working.
 */
import { documentOf, windowOf } from './door-keys.js';
import type { Host, Undo } from './host.js';

export interface PointingHandlers {
  /** The pointer rested on this element for `delay` ms, or it got keyboard focus. */
  onPoint(target: Element, how: 'pointer' | 'focus'): void;
  /** The pointer moved on to another element (cancel what was being said). */
  onLeave(): void;
}

export function watchPointing(page: Host, handlers: PointingHandlers, delay = 300): Undo {
  const win = windowOf(page);
  const ElementCtor = (win as Window & { Element: typeof Element }).Element;
  let timer = 0;
  let last: Element | null = null;
  const realTarget = (e: Event): Element | null => {
    const t = e.composedPath()[0] ?? e.target;
    return t instanceof ElementCtor ? t : null;
  };
  // pointerover fires only when the pointer enters another element, never per pixel of
  // movement: that is the coalescing. The rest timer restarts on each new element.
  const onOver = (e: PointerEvent) => {
    const target = realTarget(e);
    if (target === last) return;
    last = target;
    win.clearTimeout(timer);
    handlers.onLeave();
    if (target) timer = win.setTimeout(() => handlers.onPoint(target, 'pointer'), delay);
  };
  const onFocus = (e: FocusEvent) => {
    const target = realTarget(e);
    if (!target || target === documentOf(page).body) return;
    // Keyboard focus only: a click's focus would repeat what the pointer just said.
    if (isFocusVisible(target)) handlers.onPoint(target, 'focus');
  };
  const undos = [
    page.listen('document', 'pointerover', onOver, { passive: true, capture: true }),
    page.listen('document', 'focusin', onFocus, { passive: true, capture: true }),
  ];
  return () => {
    win.clearTimeout(timer);
    for (const u of undos) u();
  };
}

/** Keyboard focus (:focus-visible); an old browser without it counts all focus. Shared with the pointer aids' tracker. */
export function isFocusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}
