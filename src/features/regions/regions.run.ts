/**
 * Region jumps, the working part (lazily loaded): find the regions of a kind,
 * move focus to the next one and say where focus is, or that the page has none.
 */
import { nextRegion, parseNamedRegions, type NamedRegions, type RegionKind } from '../../core/regions.js';
import type { Undo } from '../../page/host.js';
import { findRegions, focusRegion } from '../../page/regions.js';
import type { FeatureContext } from '../feature.js';

let named: NamedRegions['selectors'] | null = null;

/** The site owner's `data-regions`, checked once: each bad part warned about once, the good ones used. */
function namedRegions(ctx: FeatureContext): NamedRegions['selectors'] {
  if (named) return named;
  const value = ctx.config.regions;
  if (!value) return (named = {});
  const parsed = parseNamedRegions(value, (s) => ctx.page.isValidSelector(s));
  for (const problem of parsed.problems) {
    console.warn(`[wza] data-regions: ${problem} is left out; write it as "header:#top; nav:.menu; article:#zoom".`);
  }
  return (named = parsed.selectors);
}

/** Moves focus to the next region of this kind and says so; returns how to take off the tabindex it added, if it did. */
function jump(ctx: FeatureContext, kind: RegionKind): Undo | null {
  const t = ctx.t.regions;
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

export const regions = { jump };

declare module '../feature.js' {
  interface LazyParts {
    regions: typeof regions;
  }
}
