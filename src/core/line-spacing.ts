/**
 * 行距 (line spacing), pure: the levels, the base each element's spacing grows
 * from, and the level's sheet. The font tags (page/font-scale.ts) carry every
 * element's own line height; their rules read the two custom properties set
 * here, so a step is one small sheet on :root and never a walk of the page.
 */

/** The page's own spacing (100), then three steps up; the next press after the last goes back to 100. */
export const LINE_SPACING_LEVELS = [100, 125, 150, 175] as const;

/**
 * What `line-height: normal` is taken to be. It depends on the font: about 1.15
 * for Arial, about 1.45 for the CJK fonts Chinese pages use. The larger one, so a
 * step over `normal` is visibly more whatever the font.
 */
export const NORMAL_LINE_RATIO = 1.45;

/** Below this an element's own spacing grows as if it were this tight: the first step then gives at least 1.25 × 1.2 = 1.5. */
const TIGHTEST = 1.2;
/**
 * Above this the spacing grows as if it were this wide: a line height of two or
 * more font sizes is a one-line bar (`height:46px; line-height:46px` navigation),
 * not running text, and its px value stays the floor, so such bars keep their
 * size at the first step instead of spilling out of their box.
 */
const WIDEST = 2;

/** The next level of a press: up, and from the top back to the page's own. */
export function nextLineSpacing(level: number): number {
  return LINE_SPACING_LEVELS.find((l) => l > level) ?? LINE_SPACING_LEVELS[0];
}

/** The ratio an element's spacing grows from, given its own (line height / font size in px). */
export function lineSpacingBase(ratio: number): number {
  return Math.round(Math.min(Math.max(ratio, TIGHTEST), WIDEST) * 1000) / 1000;
}

/**
 * The level's sheet: `--wza-ls` multiplies each element's base (in em), and
 * `--wza-ls-n` is the unitless line height for elements whose own is `normal`.
 * At 100 the properties are not set at all: the font rules then give the page's own.
 */
export function lineSpacingCss(level: number): string {
  if (!(level > 100)) return '';
  const factor = Math.round(level) / 100;
  return `:root{--wza-ls:${factor};--wza-ls-n:calc(${factor}*${NORMAL_LINE_RATIO})}`;
}
