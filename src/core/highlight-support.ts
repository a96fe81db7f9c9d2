/**
 * Whether a window has the CSS Custom Highlight API: a feature-detect on the window passed in, so the runtime
 * (start-up script) can tell the toolbar without loading the door's highlighter, which comes with read-aloud.
 */
export function canHighlight(win: Window): boolean {
  const w = win as Window & { Highlight?: unknown; CSS?: { highlights?: unknown } };
  return !!w.CSS?.highlights && typeof w.Highlight === 'function';
}
