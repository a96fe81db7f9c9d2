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
  /** For ContentStart/ContentEnd markers: the exact stretch between them (the body is their common container). */
  range?: Range;
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
const EXCLUDED =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], script, style, noscript, template, wza-launcher, wza-toolbar';
const EXCLUDED_CLASS =
  /(^|[\s_-])(nav|menu|footer|foot|header|sidebar|side|breadcrumb|crumb|topbar|banner|copyright|share|related|comment|ad|ads|links)([\s_-]|$)/i;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** Whether this element itself (not its ancestors) is navigation, a footer, a sidebar, a share bar… */
export function isBoilerplate(el: Element): boolean {
  if (el.matches(EXCLUDED)) return true;
  const idClass = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return el !== el.ownerDocument.body && el !== el.ownerDocument.documentElement && EXCLUDED_CLASS.test(idClass);
}

function isExcluded(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isBoilerplate(e)) return true;
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
function betweenMarkers(doc: Document): { body: Element; range: Range } | null {
  const start = doc.querySelector('meta[name="ContentStart"]');
  const end = doc.querySelector('meta[name="ContentEnd"]');
  if (!start || !end || !doc.body?.contains(start) || !(start.compareDocumentPosition(end) & 4)) return null;
  const range = doc.createRange();
  range.setStartAfter(start);
  range.setEndBefore(end);
  const common = range.commonAncestorContainer;
  const body = common.nodeType === 1 ? (common as Element) : common.parentElement;
  return body ? { body, range } : null;
}

/**
 * Text-density heuristic: the block with the most text in paragraphs of its own,
 * with little of that text inside links, outside navigation/footers/sidebars.
 */
function densest(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  for (const p of body.querySelectorAll(PARAGRAPHS)) {
    // A paragraph's own text: its text nodes and inline children (old CMSs wrap
    // every paragraph in <font>/<span>), but not nested blocks, which count themselves.
    let own = 0;
    let linkText = 0;
    for (const n of p.childNodes) {
      if (n.nodeType === 3) own += (n.textContent ?? '').replace(/\s+/g, '').length;
      else if (n.nodeType === 1 && INLINE.test((n as Element).tagName)) {
        const len = textLength(n as Element);
        const links =
          (n as Element).tagName === 'A' ? len : [...(n as Element).querySelectorAll('a')].reduce((sum, a) => sum + textLength(a), 0);
        own += len - links;
        linkText += links;
      }
    }
    if (own < 20 || linkText > own || isExcluded(p)) continue;
    const punctuation = (p.textContent?.match(/[，。,.；;！？!?、]/g) ?? []).length;
    const score = own + punctuation * 10;
    // The paragraph itself (a single-block article), its container in full, the one above in half.
    scores.set(p, (scores.get(p) ?? 0) + score);
    const parent = p.parentElement;
    if (!parent || parent === body.parentElement) continue;
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

const PARAGRAPHS = 'p, td, li, pre, div, dd, blockquote, section';
const INLINE = /^(A|SPAN|FONT|B|STRONG|EM|I|U|SMALL|BIG|SUB|SUP|LABEL|ABBR|CODE|MARK|Q|CITE|TIME)$/;

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
  return { title: pageTitle(doc), titleElement: null };
}

/** document.title without the column and site names CMSs append ("标题_栏目_网站", "Title | Site"). */
function pageTitle(doc: Document): string {
  const t = doc.title.trim();
  return t.split(/\s*(?:_|\||｜|\s[-–—]\s)\s*/)[0]?.trim() || t;
}

function norm(s: string | null): string {
  return (s ?? '').replace(/\s+/g, '');
}

function nearestHeading(body: Element): Element | null {
  const inside = body.querySelector('h1, h2');
  if (inside && body.firstElementChild && inside === firstMeaningful(body)) return inside;
  // Walk up from the body (a few levels: further up is the page's frame, not the
  // article) looking back through earlier siblings for the closest heading.
  let level = 0;
  for (let el: Element | null = body; el && el !== el.ownerDocument.body && level < 4; el = el.parentElement, level++) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (isExcluded(sib)) continue;
      const h = sib.matches(HEADINGS) ? sib : [...sib.querySelectorAll('h1, h2, h3')].filter((x) => !isExcluded(x)).pop();
      if (!h || textLength(h) === 0 || isExcluded(h)) continue;
      // Far from the body, a heading is more likely the site's name in its header:
      // accept it there only when the page title (before its column and site names) names it.
      const named = norm(pageTitle(body.ownerDocument));
      if (level >= 2 && !(named && (named.includes(norm(h.textContent)) || norm(h.textContent).includes(named)))) return null;
      return h;
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
  const markers = betweenMarkers(doc);
  const marked = markers && markers.range.toString().trim() ? found(markers.body, 'markers') : null;
  if (marked && markers) return { ...marked, range: markers.range };
  for (const selector of LANDMARKS) {
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => !isExcluded(el) || el.matches('main, [role="main"]'));
    const best = candidates.sort((a, b) => textLength(b) - textLength(a))[0] ?? null;
    const a = found(best, 'landmark');
    if (a) return a;
  }
  return found(densest(doc), 'heuristic');
}
