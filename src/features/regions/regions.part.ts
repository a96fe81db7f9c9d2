/**
 * Region jumps' own lazy part (dist/wza-regions.js), loaded on the first jump:
 * find the regions of a kind, move focus to the next one and say where focus
 * is, or that the page has none.
 */
import { nextRegion, parseNamedRegions, REGION_KINDS, type NamedRegions } from '../../core/regions.js';
import type { Undo } from '../../page/host.js';
import { findRegions, focusRegion, namedRegionsAttribute } from '../../page/regions.js';
import type { FeatureContext } from '../feature.js';
import { regionAnnouncements } from './announce-messages.js';

let named: NamedRegions['selectors'] | null = null;

/** The site owner's `data-regions`, checked once: each bad part warned about once, the good ones used. */
function namedRegions(ctx: FeatureContext): NamedRegions['selectors'] {
  if (named) return named;
  const value = namedRegionsAttribute(ctx.page);
  if (!value) return (named = {});
  const parsed = parseNamedRegions(value, (s) => ctx.page.isValidSelector(s));
  for (const problem of parsed.problems) {
    console.warn(`[wza] data-regions: ${problem} is left out; write it as "header:#top; nav:.menu; article:#zoom".`);
  }
  return (named = parsed.selectors);
}

/**
 * Moves focus to the next region of kind `index` (REGION_KINDS order, as the
 * shortcuts Alt+1 … Alt+6) and says so; returns how to take off the tabindex it added, if it did.
 */
export function jump(ctx: FeatureContext, index: number): Undo | null {
  const kind = REGION_KINDS[index]!;
  const t = regionAnnouncements[ctx.t.lang];
  const name = t.names[kind];
  const found = findRegions(ctx.page, kind, namedRegions(ctx)[kind], ctx.config.article);
  if (!found.length) {
    ctx.announce(t.none(name));
    return null;
  }
  const focused = ctx.page.activeElement();
  const i = nextRegion(
    found.length,
    found.findIndex((region) => focused !== null && region.contains(focused)),
  );
  const release = focusRegion(ctx.page, found[i]!);
  ctx.announce(t.arrived(name, i + 1, found.length));
  return release;
}
