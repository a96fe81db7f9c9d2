/** Care mode's sheet, as a pure function of the site's hide selector. */

/** The smallest sizes care mode allows, in CSS px. */
export const CARE_MIN_TEXT_PX = 20;
export const CARE_MIN_HEADING_PX = 28;
export const CARE_MIN_LINE_HEIGHT = 1.5;
export const CARE_MIN_TARGET_PX = 44;

const TARGETS = 'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],[role=menuitem],[role=tab]';

/**
 * `:root part${boost}` for each part of the selector list, comma-joined: what
 * `:root :is(list)${boost}` says, for Chromium < 88, which has no :is()/:where().
 * Commas inside `:not(…)` or `[title="a,b"]` do not split (one level of nesting
 * is enough for the site's hide selectors).
 */
export function eachOf(list: string, boost: string): string {
  return list
    .split(/,(?![^(]*\))(?![^[]*\])/)
    .map((part) => `:root ${part.trim()}${boost}`)
    .join(',');
}

export function careCss(hide: string | null, boost: string): string {
  return [
    // Read by the font tags (src/page/font-scale.ts): minimums, not fixed sizes.
    `:root{--wza-min-fs:${CARE_MIN_TEXT_PX}px;--wza-min-lh:${CARE_MIN_LINE_HEIGHT};--wza-lh-normal:${CARE_MIN_LINE_HEIGHT}}`,
    `${eachOf('h1,h2,h3,h4,h5,h6,[role=heading]', boost)}{--wza-min-fs:${CARE_MIN_HEADING_PX}px!important}`,
    `:root a[href]${boost}{text-decoration-line:underline!important}`,
    // min-* only act where the element has a box of its own (block, inline-block,
    // flex items, form controls): links inside a line of text keep the line's flow.
    `${eachOf(TARGETS, boost)}{min-width:${CARE_MIN_TARGET_PX}px!important;min-height:${CARE_MIN_TARGET_PX}px!important}`,
    `:root *${boost},:root *${boost}::before,:root *${boost}::after{animation-play-state:paused!important;transition:none!important}`,
    hide ? `${eachOf(hide, boost)}{display:none!important}` : '',
  ].join('\n');
}
