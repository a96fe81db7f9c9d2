/**
 * Region jumps (读屏 help), the pure part: the regions a page has, in the order
 * their shortcuts take them (Alt+1 … Alt+6), how a site owner names theirs
 * (`data-regions`), and which of several regions of one kind comes next.
 * The door (page/regions.ts) finds them on the page and moves focus.
 */

/**
 * What HTML and ARIA call each region, in shortcut order (Alt+1 header … Alt+6
 * footer): landmark elements and roles. `header`/`footer` inside an article or
 * a section are not the page's banner and footer: the door leaves those out.
 * The article's `<article>` elements are the article detector's to weigh.
 */
export const LANDMARKS = {
  header: 'header, [role="banner"]',
  nav: 'nav, [role="navigation"]',
  search: 'search, [role="search"]',
  article: 'main, [role="main"]',
  sidebar: 'aside, [role="complementary"]',
  footer: 'footer, [role="contentinfo"]',
} as const;

export type RegionKind = keyof typeof LANDMARKS;
/** The kinds of region, in shortcut order: the shortcuts name a region by its index here, so this module loads only with the jumps. */
export const REGION_KINDS = Object.keys(LANDMARKS) as RegionKind[];

/**
 * The ids and classes that Chinese government CMS templates (TRS, Hanweb JCMS,
 * UCAP, 集约化 platforms) give these regions, for pages without landmarks; the
 * article itself comes from the article detector. Exact names only (matched
 * whole), so `.header-logo` or `.navbar-toggle` are not taken for the region.
 */
export const CMS_NAMES: Readonly<Record<Exclude<RegionKind, 'article'>, readonly string[]>> = {
  header: ['header', 'head', 'top', 'topbar', 'top-bar', 'banner', 'site-header', 'page-header', 'masthead'],
  nav: [
    'nav',
    'navbar',
    'menu',
    'mainnav',
    'main-nav',
    'topnav',
    'navigation',
    'column-nav',
    'leftnav',
    'crumb',
    'breadcrumb',
    'location',
    'position',
  ],
  search: ['search', 'search-box', 'searchbox', 'site-search', 'sousuo'],
  sidebar: ['sidebar', 'side', 'aside', 'left', 'right', 'con-left', 'con-right', 'sidebox', 'side-box'],
  footer: ['footer', 'foot', 'bottom', 'copyright', 'site-footer', 'page-footer'],
};

/** What a site owner's `data-regions` says: a selector per kind, and each part that could not be used. */
export interface NamedRegions {
  selectors: Partial<Record<RegionKind, string>>;
  problems: string[];
}

/**
 * Parses `data-regions="header:#top; nav:.menu, #subnav; article:#zoom"`: parts
 * separated by `;`, each a kind, `:`, and a CSS selector (checked by `isValid`,
 * injected so this stays pure). Bad parts are reported and left out; the rest is used.
 */
export function parseNamedRegions(value: string, isValid: (selector: string) => boolean): NamedRegions {
  const selectors: Partial<Record<RegionKind, string>> = {};
  const problems: string[] = [];
  for (const part of value.split(';')) {
    const text = part.trim();
    if (!text) continue;
    const colon = text.indexOf(':');
    const kind = text.slice(0, colon).trim() as RegionKind;
    const selector = text.slice(colon + 1).trim();
    if (colon < 0 || !REGION_KINDS.includes(kind)) problems.push(`"${text}" (the kind must be one of ${REGION_KINDS.join(', ')})`);
    else if (!selector || !isValid(selector)) problems.push(`"${text}" (not a valid CSS selector)`);
    else selectors[kind] = selector;
  }
  return { selectors, problems };
}

/**
 * Which of `count` regions of one kind to go to: the first, or the one after
 * the region focus is in now (`current`, -1 when none), wrapping round.
 */
export function nextRegion(count: number, current: number): number {
  if (count <= 0) return -1;
  return current < 0 ? 0 : (current + 1) % count;
}
