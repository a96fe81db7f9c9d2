/**
 * Finds the article of a page: what 连读 reads and 纯文本 shows. One module,
 * shared by both. Order: the site owner's `data-article`; the containers that
 * Chinese government CMSs use; `<meta name="ContentStart">`/`ContentEnd`
 * markers; `article`/`main`/`[role=main]`; then a text-density heuristic that
 * never picks navigation, sidebars or footers.
 */

export interface Article {
  /** The element holding the article body. */
  body: Element;
  /** The title, as text. */
  title: string;
  /** The element the title was read from, when it is on the page (not a meta tag or document.title). */
  titleElement: Element | null;
  /** How it was found, for debugging and tests. */
  source: 'config' | 'cms' | 'markers' | 'landmark' | 'heuristic';
}

/** Containers used by common government CMS templates (TRS, Hanweb, UCAP, …), most specific first. */
export const CMS_SELECTORS = [
  '.TRS_Editor',
  '.trs_editor_view',
  '.TRS_UEDITOR',
  '#UCAP-CONTENT',
  '.pages_content',
  '#zoom',
  '.zoom',
  '#ivs_content',
] as const;

const LANDMARKS = ['article', 'main', '[role="main"]'] as const;

/** Never part of an article. */
const EXCLUDED = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], script, style, noscript, template, wza-launcher, wza-toolbar';
const EXCLUDED_CLASS = /(^|[\s_-])(nav|menu|footer|foot|header|sidebar|side|breadcrumb|crumb|topbar|banner|copyright|share|related|comment|ad|ads|links)([\s_-]|$)/i;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

function isExcluded(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.matches(EXCLUDED)) return true;
    const idClass = `${e.id} ${typeof e.className === 'string' ? e.className : ''}`;
    if (e !== el.ownerDocument.body && EXCLUDED_CLASS.test(idClass)) return true;
  }
  return false;
}

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Content between <meta name="ContentStart"> and <meta name="ContentEnd">: their nearest common container. */
function betweenMarkers(doc: Document): Element | null {
  const start = doc.querySelector('meta[name="ContentStart"]');
  const end = doc.querySelector('meta[name="ContentEnd"]');
  if (!start || !end || !doc.body?.contains(start)) return null;
  const range = doc.createRange();
  range.setStartAfter(start);
  range.setEndBefore(end);
  const common = range.commonAncestorContainer;
  return common.nodeType === Node.ELEMENT_NODE ? (common as Element) : common.parentElement;
}

/**
 * Text-density heuristic: the block with the most text in paragraphs of its own,
 * with little of that text inside links, outside navigation/footers/sidebars.
 */
function densest(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  for (const p of body.querySelectorAll('p, td, pre, li, div, font, span')) {
    // Only leaf-ish text blocks: their own direct text counts.
    let own = 0;
    for (const n of p.childNodes) if (n.nodeType === Node.TEXT_NODE) own += (n.textContent ?? '').replace(/\s+/g, '').length;
    if (own < 20 || isExcluded(p)) continue;
    const linkText = [...p.querySelectorAll('a')].reduce((sum, a) => sum + textLength(a), 0);
    if (linkText > own) continue;
    const punctuation = (p.textContent?.match(/[，。,.；;！？!?、]/g) ?? []).length;
    const score = own + punctuation * 10;
    const parent = p.parentElement ?? body;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand && grand !== body.parentElement) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && !isExcluded(el)) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

const HEADINGS = 'h1, h2, h3, .title, .article-title, .art_title, [class*="title"]';

/** The title: meta ArticleTitle, else the nearest heading before or inside the body, else document.title. */
function findTitle(doc: Document, body: Element): { title: string; titleElement: Element | null } {
  const heading = nearestHeading(body);
  const meta = doc.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content')?.trim();
  if (meta) {
    // Prefer the on-page heading when it says the same, so reading can highlight it.
    const same = heading && norm(heading.textContent) === norm(meta) ? heading : null;
    return { title: meta, titleElement: same };
  }
  if (heading) return { title: (heading.textContent ?? '').trim(), titleElement: heading };
  return { title: doc.title.trim(), titleElement: null };
}

function norm(s: string | null): string {
  return (s ?? '').replace(/\s+/g, '');
}

function nearestHeading(body: Element): Element | null {
  const inside = body.querySelector('h1, h2');
  if (inside && body.firstElementChild && inside === firstMeaningful(body)) return inside;
  // Walk up from the body looking at earlier siblings for a heading.
  for (let el: Element | null = body; el && el !== el.ownerDocument.body; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (isExcluded(sib)) continue;
      const h = sib.matches(HEADINGS) ? sib : sib.querySelector('h1, h2, h3');
      if (h && textLength(h) > 0 && !isExcluded(h)) return h;
    }
  }
  return inside && !isExcluded(inside) ? inside : null;
}

function firstMeaningful(el: Element): Element | null {
  for (const child of el.children) if (textLength(child) > 0) return child;
  return null;
}

/** Finds the article, or null when the page has no readable text at all. */
export function findArticle(doc: Document, configured: string | null = null): Article | null {
  if (!doc.body) return null;
  const found = (body: Element | null, source: Article['source']): Article | null => {
    if (!body || textLength(body) === 0) return null;
    return { body, source, ...findTitle(doc, body) };
  };
  if (configured) {
    const a = found(safeQuery(doc, configured), 'config');
    if (a) return a;
  }
  for (const selector of CMS_SELECTORS) {
    const a = found(doc.querySelector(selector), 'cms');
    if (a) return a;
  }
  const marked = found(betweenMarkers(doc), 'markers');
  if (marked) return marked;
  for (const selector of LANDMARKS) {
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => !isExcluded(el) || el.matches('main, [role="main"]'));
    const best = candidates.sort((a, b) => textLength(b) - textLength(a))[0] ?? null;
    const a = found(best, 'landmark');
    if (a) return a;
  }
  return found(densest(doc), 'heuristic');
}
