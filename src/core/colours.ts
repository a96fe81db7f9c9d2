/**
 * The colour schemes, pure: their names in menu order and each one's palette.
 * The contrast maths are core/contrast.ts (care mode's part uses them, the
 * start-up file does not).
 */
export const COLOUR_SCHEMES = ['default', 'black-white', 'black-yellow', 'blue-white', 'yellow-black'] as const;
export type ColourScheme = (typeof COLOUR_SCHEMES)[number];

/** The colours of one scheme. Every pair a page shows (text, link, focus ring on bg) is ≥ 7:1. */
export interface Palette {
  fg: string;
  bg: string;
  link: string;
  /** Focus outline, and the widget's own focus ring. */
  focus: string;
}

export const PALETTES: Record<Exclude<ColourScheme, 'default'>, Palette> = {
  'black-white': { fg: '#ffffff', bg: '#000000', link: '#ffff00', focus: '#00ffff' },
  'black-yellow': { fg: '#ffff00', bg: '#000000', link: '#00ffff', focus: '#ffffff' },
  'blue-white': { fg: '#ffffff', bg: '#002b80', link: '#ffff00', focus: '#ffff00' },
  'yellow-black': { fg: '#000000', bg: '#ffff00', link: '#0000b3', focus: '#000000' },
};

/** Next scheme in menu order, wrapping (Alt+` cycles). */
export function nextScheme(current: ColourScheme, order: readonly ColourScheme[]): ColourScheme {
  const i = order.indexOf(current);
  return order[(i + 1) % order.length]!;
}
