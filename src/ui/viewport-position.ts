/**
 * Positioning for the widget's floating panels (the toolbar's menus and the
 * magnifier) with floating-ui: its computePosition and its offset / flip /
 * shift middleware, run on a small platform written for how our panels live:
 * `position: fixed`, in the top layer, clipped by nothing but the viewport.
 *
 * Why not @floating-ui/dom's own platform: it handles offset parents, scroll and
 * clipping ancestors and transformed containers, none of which our panels have,
 * and it cost 2.6 KB gzip, which took the whole widget over SPEC §6's 40 KB.
 * The middleware still comes through @floating-ui/dom, whose public API it is.
 */
import { computePosition, type ComputePositionConfig, type ComputePositionReturn, type Platform } from '@floating-ui/core';

export { flip, offset, shift } from '@floating-ui/dom';

/** Something with a viewport rectangle: an element, or a virtual element at the pointer. */
export interface Reference {
  getBoundingClientRect(): DOMRect | { left: number; top: number; width: number; height: number };
}

export const viewportPlatform: Platform = {
  getElementRects({ reference, floating }) {
    const r = (reference as Reference).getBoundingClientRect();
    const size = viewportPlatform.getDimensions(floating) as { width: number; height: number };
    return { reference: { x: r.left, y: r.top, width: r.width, height: r.height }, floating: { x: 0, y: 0, ...size } };
  },
  // The layout size, before our own transform moves the panel (as @floating-ui/dom measures it).
  getDimensions: (element: HTMLElement) => ({ width: element.offsetWidth, height: element.offsetHeight }),
  getClippingRect: ({ element }) => {
    const root = (element as Element).ownerDocument.documentElement;
    return { x: 0, y: 0, width: root.clientWidth, height: root.clientHeight };
  },
};

/** Where to put `floating` next to `reference`, in viewport coordinates (strategy fixed). */
export function positionInViewport(
  reference: Reference,
  floating: HTMLElement,
  options: Partial<ComputePositionConfig> = {},
): Promise<ComputePositionReturn> {
  return computePosition(reference, floating, { strategy: 'fixed', platform: viewportPlatform, ...options });
}
