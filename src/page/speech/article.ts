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

/**
 * Containers used by the CMS templates of Chinese government sites, most specific
 * first: the first one found (with text, not inside navigation or a footer) is the article.
 */
export const CMS_SELECTORS = [
  // TRS WCM (拓尔思): what its editors write out.
  '.TRS_Editor',
  '.TRS_UEDITOR',
  '.trs_editor_view',
  // UCAP (gov.cn and many provincial portals).
  '#UCAP-CONTENT',
  // 大汉 Hanweb JCMS: the font-size buttons (【字体：大 中 小】) zoom this element.
  '#zoom',
  '#Zoom',
  '#zoomcon',
  '#zoomCon',
  '.zoom',
  '#fontzoom',
  // gov.cn article pages.
  '.pages_content',
  // VSB (博达), used by many bureaus and colleges.
  '#vsb_content',
  '.v_news_content',
  // 集约化 platforms and common article templates.
  '#downloadContent',
  '#ivs_content',
  '.article-content',
  '.article_content',
  '#articleContent',
  '.article_con',
  '.articleCon',
  '.art_con',
  '.wzy_content',
  '.xl_content',
  '.detail-content',
  '.detail_content',
  '.news_content',
  '.newsContent',
  '#NewsContent',
  '.zwnr',
  '#zwnr',
] as const;

/**
 * Names that templates also give to other things (the page's whole middle, a sidebar
 * box, a list): taken only when the element holds no navigation or footer of the site
 * and is not a list of links, the longest of them.
 */
export const GENERIC_SELECTORS = ['.zw', '#zw', '.nr', '.view', '#content', '.content'] as const;

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

/** Text length outside links: what a reader reads, not what a menu offers. */
function ownText(el: Element): number {
  return textLength(el) - linkText(el);
}

function linkText(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += textLength(a);
  return n;
}

/** Attachments (附件) are part of the article even where they are a list of links. */
const ATTACHMENT_HREF = /\.(docx?|xlsx?|pdf|wps|ofd|zip|rar)\b|down|attach/i;
const ATTACHMENT_TEXT = /附件|attach/i;
/** Dates beside the items of a list ("2024-07-01") are part of the list, not prose. */
const LIST_DATE = /\d{4}[-/.年]\d\d?([-/.月]\d\d?日?)?/g;

/**
 * A list of links (related news, a column's latest items, a menu): at least two links
 * holding most of the text. Attachment lists are not.
 */
export function isLinkList(el: Element): boolean {
  const links = el.querySelectorAll('a');
  if (links.length < 2) return false;
  const raw = el.textContent ?? '';
  const total = raw.replace(/\s+/g, '').replace(LIST_DATE, '').length;
  if (!total || linkText(el) < total * 0.6 || ATTACHMENT_TEXT.test(raw)) return false;
  for (const a of links) if (ATTACHMENT_HREF.test(a.getAttribute('href') ?? '')) return false;
  return true;
}

/** Whether a container holds the site's navigation or footer, so it is the page's frame, not its article. */
function holdsPageChrome(el: Element): boolean {
  if (el.querySelector('nav, footer, [role="navigation"], [role="contentinfo"], [role="banner"]')) return true;
  if (/网站标识码|ICP备|公网安备|版权所有/.test(el.textContent ?? '')) return true;
  for (const e of el.querySelectorAll('[id], [class]')) if (PAGE_FRAME_CLASS.test(`${e.id} ${classOf(e)}`)) return true;
  return false;
}
const PAGE_FRAME_CLASS = /(^|[\s_-])(nav|menu|footer|foot|header|head|logo|copyright)([\s_-]|$)/i;

function classOf(el: Element): string {
  return typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
}

/**
 * What the short blocks that templates put around (and often inside) the article say,
 * tested on their text without white space: 上一篇/下一篇 (Previous:/Next:); 打印本页,
 * 关闭窗口, 返回顶部, 收藏, 纠错; 分享到, 扫一扫, 二维码; 浏览次数, 阅读量, 点击数;
 * 【字体：大 中 小】; 责任编辑, 审核 lines; bylines (发布时间, 来源, 作者: 纯文本 shows them
 * as its byline; not "时间：" or "Date:", which meeting and event notices say in their text);
 * the headings of related-content lists (相关新闻, 推荐阅读, Related).
 */
const CHROME_TEXT =
  /^[【[(（]?[上下]一?[篇条]|^(previous|next)(article|story)?[:：]|[【[]打印[】\]]|打印(本页|此页|正文)|我要打印|关闭(窗口|本页)|[【[]关闭[】\]]|返回顶部|加入收藏|收藏本页|纠错|^(print|close)(this)?(page|window)?$|分享[到至：:]|扫一扫|二维码|^share|^(微信|微博|QQ空间)$|(浏览|阅读|点击|访问)(次数|量|数)[：:]|views?[:：]|字[体号]{1,2}[：:]?[大中小]{2}|^[【[(（]?(责任编辑|责编|编辑|审核|校对|[初复终]审|签发|editor)[：:]|^(发布(时间|日期|机构)|(信息|文章|稿件)?来源|作者|published|updated|source)[：:]|^(相关|推荐|延伸|更多|热点|热门)(新闻|链接|阅读|文章|文件|政策|解读|信息)|^(related|seealso)/i;
/** Class names of those blocks inside article containers (not used for ancestors: `print-area` may wrap a whole article). */
const NON_ARTICLE_CLASS =
  /(^|[\s_-])(bdshare\w*|bshare|jiathis|fenxiang|xgxw|xglj|prevnext|prev|next|pager|print|tools?|hits|qrcode|ewm|zrbj)([\s_-]|$)/i;

/**
 * Whether a block inside the article container is not article text: navigation, a
 * share bar, related-news and other link lists (and the label above one), 上一篇/下一篇,
 * 打印本页/关闭窗口, 浏览次数, 【字体：大 中 小】, 责任编辑 lines, bylines. 连读 (prepare.ts)
 * and 纯文本 (article-text.ts) both ask this, so they read the same article. Attachments
 * (附件) and prose stay. Cheap: one text read per element, link checks only where there are links.
 */
export function isNotArticleText(el: Element): boolean {
  if (isBoilerplate(el) || NON_ARTICLE_CLASS.test(`${el.id} ${classOf(el)}`)) return true;
  const raw = el.textContent ?? '';
  const text = raw.length > 600 ? '' : raw.replace(/\s+/g, '');
  // Long blocks (the article, or holding it) are asked part by part; prose (sentences ending
  // in 。, "扫描二维码预约。") and attachments are article text, whatever words they use.
  if (!text || /[。！？!?]$/.test(text) || /。.*。/.test(text) || ATTACHMENT_TEXT.test(text)) return isLinkList(el);
  if (text.length <= 150 && CHROME_TEXT.test(text)) return true;
  if (isLinkList(el)) return true;
  // The label of the link list that follows it ("营商动态" above its items).
  const next = el.nextElementSibling;
  return text.length <= 16 && !/[。！？；，!?;,]/.test(text) && !el.querySelector('a') && next !== null && isLinkList(next);
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

const HEADINGS = 'h1, h2, h3, .title, .article-title, .art_title, [class*="title"], [class*="tit"], [class*="biaoti"]';

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
      const h = sib.matches(HEADINGS) ? sib : [...sib.querySelectorAll(HEADINGS)].filter((x) => !isExcluded(x)).pop();
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
    const el = [...doc.querySelectorAll(selector)].find((e) => textLength(e) > 0 && !isExcluded(e) && !isLinkList(e));
    const a = found(el ?? null, 'cms');
    if (a) return a;
  }
  for (const selector of GENERIC_SELECTORS) {
    const candidates = [...doc.querySelectorAll(selector)].filter(
      (e) => ownText(e) >= 20 && !isExcluded(e) && !isLinkList(e) && !holdsPageChrome(e),
    );
    const best = candidates.sort((a, b) => textLength(b) - textLength(a))[0] ?? null;
    const a = found(best, 'cms');
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
