/**
 * Magnifier geometry, pure: how big the magnified text is, how wide the panel may
 * be, and how tall it may be so that, above or below the pointer, it always fits
 * inside the viewport (floating-ui then flips and shifts it there).
 */

/** SPEC §3: at least twice the page's size, and at least 24 px. */
export const MIN_FONT_PX = 24;

/** The magnified font size for text shown at `pagePx` on the page. */
export function magnifiedSize(pagePx: number): number {
  const px = Number.isFinite(pagePx) && pagePx > 0 ? pagePx : 16;
  return Math.max(MIN_FONT_PX, Math.ceil(px * 2));
}

/** Space kept between the panel and the viewport's edges, and between the pointer and the panel. */
export const EDGE_PX = 8;
export const GAP_PX = 24;

/**
 * The panel's largest size for this viewport: a readable line (about 20 Chinese
 * characters) but never wider than the viewport, and at most half the viewport
 * high minus the gap, so either the side above or the side below the pointer
 * can hold it whole.
 */
export function panelLimits(fontPx: number, viewportWidth: number, viewportHeight: number): { maxWidth: number; maxHeight: number } {
  const readable = fontPx * 20 + 2 * 16;
  const maxWidth = Math.max(0, Math.min(readable, viewportWidth - 2 * EDGE_PX));
  const maxHeight = Math.max(0, Math.floor(viewportHeight / 2 - GAP_PX - EDGE_PX));
  return { maxWidth: Math.floor(maxWidth), maxHeight };
}

/** A zero-size rect at a point, for floating-ui's virtual reference element. */
export function pointRect(x: number, y: number, width = 0, height = 0) {
  return { x, y, width, height, top: y, left: x, right: x + width, bottom: y + height };
}
