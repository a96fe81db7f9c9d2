/**
 * Colour maths, pure: parsing the colours browsers report, WCAG relative
 * luminance and contrast ratio, compositing, and nudging a text colour until it
 * reaches a contrast target (关怀版's contrast raising); and the contrast of each
 * scheme's palette.
 */
import type { Palette } from './colours.js';

/** sRGB 0–255 per channel, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * Parses what getComputedStyle returns: `rgb(…)`, `rgba(…)` (comma or space
 * syntax) and `#rgb`/`#rrggbb`. Returns null for anything else (e.g. `color(…)`).
 */
export function parseColour(text: string): Rgba | null {
  const s = text.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!;
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16), a: 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s);
  if (!fn) return null;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
  const [r, g, b] = parts.slice(0, 3).map(channel) as [number, number, number];
  const alphaText = parts[3];
  const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  if ([r, g, b, a].some((n) => Number.isNaN(n))) return null;
  return { r, g, b, a };
}

export function toHex({ r, g, b }: Rgba): string {
  const c = (n: number) =>
    Math.round(Math.min(255, Math.max(0, n)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

function mix(from: Rgba, to: Rgba, t: number): Rgba {
  return { r: from.r + (to.r - from.r) * t, g: from.g + (to.g - from.g) * t, b: from.b + (to.b - from.b) * t, a: 1 };
}

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * The colour closest to `fg` (mixed toward black or white, whichever can reach
 * the target on this background) whose contrast against the opaque `bg` is at
 * least `target`. Returns `fg` itself (made opaque) when it already passes.
 */
export function ensureContrast(fg: Rgba, bg: Rgba, target: number): Rgba {
  const base = composite(fg, bg);
  if (contrastRatio(base, bg) >= target) return base;
  const toward = contrastRatio(BLACK, bg) >= contrastRatio(WHITE, bg) ? BLACK : WHITE;
  let lo = 0;
  let hi = 1;
  // Binary search on the mix: 20 halvings are far below one 8-bit step.
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (contrastRatio(mix(base, toward, mid), bg) >= target) hi = mid;
    else lo = mid;
  }
  // Round each channel toward the target side so rounding cannot undo the result.
  const out = mix(base, toward, hi);
  const round = toward === BLACK ? Math.floor : Math.ceil;
  return { r: round(out.r), g: round(out.g), b: round(out.b), a: 1 };
}

/** The contrast of every pair a palette puts on the page: text, links and focus rings on the background. */
export function paletteContrasts(p: Palette): { text: number; link: number; focus: number } {
  const c = (a: string, b: string) => contrastRatio(parseColour(a)!, parseColour(b)!);
  return { text: c(p.fg, p.bg), link: c(p.link, p.bg), focus: c(p.focus, p.bg) };
}
