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

/** Attachments (附件) are part of the article even though they are a list of links. */
const ATTACHMENT_HREF = /\.(docx?|xlsx?|pptx?|pdf|wps|et|ofd|zip|rar|7z|txt|csv)([?#]|$)|download|downfile|attach/i;
const ATTACHMENT_TEXT = /附件|attachment|\.(docx?|xlsx?|pdf|wps|ofd|zip|rar)\b/i;

/**
 * A list of links (related news, a column's latest items, a menu): at least two links
 * holding most of the text. Attachment lists are not.
 */
export function isLinkList(el: Element): boolean {
  if (!el.querySelector('a')) return false;
  const links = el.querySelectorAll('a');
  if (links.length < 2) return false;
  // Dates beside the items ("2024-07-01") are part of the list, not prose.
  const total = (el.textContent ?? '').replace(/\s+/g, '').replace(LIST_DATE, '').length;
  if (total === 0 || linkText(el) < total * 0.6) return false;
  if (ATTACHMENT_TEXT.test(el.textContent ?? '')) return false;
  for (const a of links) if (ATTACHMENT_HREF.test(a.getAttribute('href') ?? '')) return false;
  return true;
}

const LIST_DATE = /[[(（【]?\d{4}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?[\])）】]?/g;

/** Whether a container holds the site's navigation or footer, so it is the page's frame, not its article. */
function holdsPageChrome(el: Element): boolean {
  if (el.querySelector('nav, footer, [role="navigation"], [role="contentinfo"], [role="banner"]')) return true;
  if (/网站标识码|ICP备|公网安备|Website ?ID|版权所有/i.test(el.textContent ?? '')) return true;
  for (const e of el.querySelectorAll('[id], [class]')) if (PAGE_FRAME_CLASS.test(`${e.id} ${classOf(e)}`)) return true;
  return false;
}
const PAGE_FRAME_CLASS = /(^|[\s_-])(nav|mainnav|menu|footer|foot|header|head|topbar|banner|logo|copyright)([\s_-]|$)/i;

function classOf(el: Element): string {
  return typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
}

// What the blocks that templates put around (and often inside) the article body say.
// Each pattern is tested on the block's text without white space; only short blocks are tested.
/** 上一篇/下一篇 (and English "Previous:"/"Next:"). */
const PREV_NEXT = /^[【\[(（]?(上一篇|下一篇|上一条|下一条|上篇|下篇|previous(article|story|post)?[:：]|next(article|story|post)?[:：])/i;
/** 打印本页/关闭窗口, 返回顶部, 收藏, 纠错. */
const PAGE_TOOLS =
  /打印本页|打印此页|打印文章|打印正文|关闭窗口|关闭本页|【打印】|【关闭】|\[打印\]|\[关闭\]|我要打印|返回顶部|收藏本页|加入收藏|我要纠错|^(print(thispage)?|close(window)?|backtotop)$/i;
/** 分享到 …, 扫一扫, 二维码. */
const SHARE =
  /分享到|分享至|^分享[：:]|扫一扫|用手机扫|手机扫码|扫描二维码|二维码|^share(this(page|article)?)?[:：]?$|^share(on|to)?[:：]/i;
const SHARE_TARGET = /^(微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈|wechat|weibo)$/i;
/** 浏览次数, 访问量, 阅读次数, 点击数. */
const COUNTER = /(浏览次数|浏览量|访问量|访问次数|阅读次数|阅读量|点击数|点击量|点击率|点击次数|(page)?views)[：:]/i;
/** 【字体：大 中 小】, 字号：大 中 小, Font size: A+ A A-. */
const FONT_SIZE = /字[体号]{1,2}[：:]?(大中小|大小|小中大)|^(text|font)size[:：]?/i;
/** 责任编辑 and review lines at the end of the body. */
const EDITOR = /^[【\[(（]?(责任编辑|责编|编辑|审核|审校|校对|初审|复审|终审|签发|编审|editor|editedby)[：:]/i;
/** Bylines: the reader view shows them as its byline; they are not read as body text. (Not "Date:" or "Time:": event notices say that in their text.) */
const BYLINE =
  /^(发布时间|发布日期|发文日期|更新时间|信息来源|文章来源|稿件来源|来源|作者|发布机构|发布者|撰稿|published|updated|source)[：:]/i;
/** Headings of related-content blocks. */
const RELATED =
  /^(相关新闻|相关链接|相关阅读|相关文章|相关文件|相关稿件|相关政策|相关解读|相关信息|推荐阅读|延伸阅读|热点新闻|热门文章|热点推荐|猜你喜欢|更多新闻|更多阅读|relatednews|relatedlinks|relatedarticles|relatedstories|seealso|morenews|readmore)([：:]|$)/i;
/** Class names of those blocks inside article containers (not used for ancestors: `print-area` may wrap a whole article). */
const NON_ARTICLE_CLASS =
  /(^|[\s_-])(bdshare|bdsharebuttonbox|bshare|jiathis|fenxiang|xgxw|xglj|xgwz|tuijian|prevnext|prev|next|pager|pagination|print|tools|tool|hits|qrcode|ewm|erweima|zrbj|bianji|editor-name)([\s_-]|$)/i;
/** No sentence ends or pauses: a label, not prose. */
const SENTENCE_PUNCTUATION = /[。！？；，!?;,]/;

/**
 * Whether a block inside the article container is not article text: navigation, a
 * share bar, related-news and other link lists, 上一篇/下一篇, 打印本页/关闭窗口,
 * 浏览次数, 【字体：大 中 小】, 责任编辑 lines, bylines. 连读 (prepare.ts) and 纯文本
 * (article-text.ts) both ask this, so they read the same article. Attachments (附件) stay.
 * Cheap: one text read per element, the link checks only where there are links.
 */
export function isNotArticleText(el: Element): boolean {
  if (isBoilerplate(el) || (el.id || classOf(el) ? NON_ARTICLE_CLASS.test(`${el.id} ${classOf(el)}`) : false)) return true;
  const raw = el.textContent ?? '';
  // A long block is the article (or holds it); its parts are asked one by one.
  if (raw.length > 600) return isLinkList(el);
  const text = raw.replace(/\s+/g, '');
  if (!text) return false;
  // Prose (sentences ending in 。) is article text, whatever words it uses ("扫描二维码预约。").
  if (/[。！？!?]$/.test(text) || (text.match(/[。！？]/g)?.length ?? 0) >= 2) return isLinkList(el);
  if (text.length <= 80 && (PREV_NEXT.test(text) || PAGE_TOOLS.test(text) || COUNTER.test(text) || EDITOR.test(text))) return true;
  if (text.length <= 80 && (SHARE.test(text) || SHARE_TARGET.test(text))) return true;
  if (text.length <= 60 && FONT_SIZE.test(text.replace(/[【】[\]()（）|｜·]/g, ''))) return true;
  if (text.length <= 150 && BYLINE.test(text)) return true;
  if (RELATED.test(text) && (text.length <= 20 || !ATTACHMENT_TEXT.test(raw))) return true;
  if (isLinkList(el)) return true;
  // The label of a link list that follows it ("营商动态" above its list of items).
  if (text.length <= 16 && !SENTENCE_PUNCTUATION.test(text) && !el.querySelector('a')) {
    const next = el.nextElementSibling;
    if (next && isLinkList(next)) return true;
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
