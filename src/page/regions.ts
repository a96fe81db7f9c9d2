/**
 * Region jumps, the door part (loaded with the lazily loaded part): finds the
 * page's regions of one kind and moves focus to one of them.
 *
 * Where a region comes from, first found wins: the site owner's `data-regions`
 * selector; the landmark elements and roles (core/regions.ts LANDMARKS); then,
 * for pages without landmarks, the article detector's answer for 正文 and the
 * ids and classes CMS templates give the other regions (CMS_NAMES) or, for
 * 搜索, a form that searches.
 *
 * Focus moves without a sideways scroll and without changing the page beyond a
 * `tabindex="-1"` on a region that cannot take focus, removed again on blur.
 */
import { CMS_NAMES, LANDMARKS, type RegionKind } from '../core/regions.js';
import { documentOf, windowOf } from './door-keys.js';
import type { Host, Undo } from './host.js';
import { findArticle } from './speech/article.js';

/** `header`/`footer` are the page's banner and footer only when not inside one of these (HTML-AAM). */
const SECTIONING =
  'article, aside, main, nav, section, [role="article"], [role="complementary"], [role="main"], [role="navigation"], [role="region"]';

/** Search boxes by the names CMS templates give their query field. */
const SEARCH_FIELD =
  'input[type="search"], input[name="q"], input[name="query"], input[name="keyword"], input[name="keywords"], input[name="searchword"], input[name="searchWord"], input[name="wd"], input[name="kw"], input[name="SearchKey"]';

/** The site owner's names for the regions: `data-regions` on our script tag (or any script element, for bundler users). */
export function namedRegionsAttribute(host: Host): string | null {
  return documentOf(host).querySelector('script[data-regions]')?.getAttribute('data-regions') ?? null;
}

/** Elements that are text, not blocks of the page. */
const PHRASING = /^(a|abbr|b|big|br|button|cite|code|em|font|i|img|input|label|mark|q|s|select|small|span|strong|sub|sup|textarea|time|u)$/;

/** Shown, with a size: an empty `<a id="top">` anchor or a hidden block is no region. */
function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Keeps the outermost of nested candidates, in document order. */
function outermost(list: readonly Element[]): Element[] {
  return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
}

function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/**
 * The page's regions of this kind, in document order (visible ones only).
 * `named` is the site owner's selector for it; `articleSelector` is `data-article`.
 */
export function findRegions(host: Host, kind: RegionKind, named: string | undefined, articleSelector: string | null): Element[] {
  const doc = documentOf(host);
  const body = doc.body;
  if (!body) return [];
  const shown = (list: Element[]) => outermost(list.filter(visible));
  if (named) {
    const mine = shown(queryAll(doc, named));
    if (mine.length) return mine;
  }
  if (kind === 'article') {
    const configured = articleSelector ? shown(queryAll(doc, articleSelector)) : [];
    if (configured.length) return configured.slice(0, 1);
  }
  let landmarks = queryAll(body, LANDMARKS[kind]);
  if (kind === 'header' || kind === 'footer') {
    // A header or footer element inside an article or a section is that part's own, not the page's.
    landmarks = landmarks.filter((el) => el.hasAttribute('role') || !el.parentElement?.closest(SECTIONING));
  }
  const found = shown(landmarks);
  if (found.length) return found;

  const article = findArticle(doc, articleSelector)?.body ?? null;
  if (kind === 'article') return article && visible(article) ? [article] : [];
  let candidates: Element[];
  if (kind === 'search') {
    candidates = queryAll(body, 'form').filter(
      (form) => form.querySelector(SEARCH_FIELD) || /search|sousuo|query/i.test(form.getAttribute('action') ?? ''),
    );
  } else {
    const names = new Set(CMS_NAMES[kind]);
    candidates = queryAll(body, '[id], [class]').filter((el) => {
      // Blocks only: a `<span class="right">` date or an `<a class="top">` link is no region.
      if (PHRASING.test(el.localName)) return false;
      if (names.has(el.id.toLowerCase())) return true;
      for (const c of el.classList) if (names.has(c.toLowerCase())) return true;
      return false;
    });
  }
  // The page's frame around the article, or a part of the article itself, is not a region of its own.
  if (kind !== 'search') candidates = candidates.filter((el) => !article || !(el.contains(article) || article.contains(el)));
  return shown(candidates);
}

/**
 * Moves focus to a region and scrolls it into view vertically only: the page's
 * horizontal scroll stays where it was. A region that cannot take focus gets
 * `tabindex="-1"` while it has focus; the returned undo removes it now (退出),
 * null when none was added.
 */
export function focusRegion(host: Host, region: Element): Undo | null {
  const doc = documentOf(host);
  const win = windowOf(host);
  const el = region as HTMLElement;
  let undo: Undo | null = null;
  if (!el.hasAttribute('tabindex') && !isFocusable(el)) {
    el.setAttribute('tabindex', '-1');
    const remove = () => {
      el.removeEventListener('blur', remove);
      if (el.getAttribute('tabindex') === '-1') el.removeAttribute('tabindex');
    };
    el.addEventListener('blur', remove);
    undo = remove;
  }
  // The toolbar's room at the top of the viewport (scroll-padding-top) is not a place to show the region.
  const padTop = parseFloat(win.getComputedStyle(doc.documentElement).scrollPaddingTop) || 0;
  const rect = el.getBoundingClientRect();
  if (rect.top < padTop || rect.bottom > win.innerHeight) host.scrollTo(Math.max(0, win.scrollY + rect.top - padTop), win.scrollX);
  el.focus({ preventScroll: true });
  return undo;
}

function isFocusable(el: HTMLElement): boolean {
  return el.matches('a[href], button, input, select, textarea, summary, [contenteditable=""], [contenteditable="true"]');
}
