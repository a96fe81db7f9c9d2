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

/** The tabindex the newest jump gave a region: it goes on blur (page/regions.ts), and on 退出. */
let release: Undo | null = null;
let listening = false;

/** Takes off the tabindex the newest jump added, if it is still there. */
export function releaseJump(): void {
  release?.();
  release = null;
}

/**
 * Moves focus to the next region of kind `index` (REGION_KINDS order, as the
 * shortcuts Alt+1 … Alt+6 and the toolbar's 区域 menu) and says so.
 */
export function jump(ctx: FeatureContext, index: number): void {
  if (!listening) {
    listening = true;
    ctx.bus.on('exit', releaseJump);
  }
  const kind = REGION_KINDS[index]!;
  const t = regionAnnouncements[ctx.t.lang];
  const name = t.names[kind];
  const found = findRegions(ctx.page, kind, namedRegions(ctx)[kind], ctx.config.article);
  if (!found.length) {
    ctx.announce(t.none(name));
    return;
  }
  const focused = ctx.page.activeElement();
  const i = nextRegion(
    found.length,
    found.findIndex((region) => focused !== null && region.contains(focused)),
  );
  release = focusRegion(ctx.page, found[i]!) ?? release;
  ctx.announce(t.arrived(name, i + 1, found.length));
}
