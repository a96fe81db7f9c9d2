/**
 * Reads an article of the page as text for the 纯文本 view: title, date and
 * source, then its blocks in document order (paragraphs, headings, lists,
 * tables, images' alt text). Only text and attributes are read (textContent,
 * alt), never markup; hidden parts, scripts and the page's own chrome are left out.
 */
import { parseByline, readerHeadingLevel, type ReaderBlock, type ReaderDoc } from '../core/reader-doc.js';
import { languageOf, SENTENCE_SAMPLE_MIN } from '../core/language.js';
import { findArticle, isNotArticleText, type Article } from './speech/article.js';
import { foldSpace } from '../core/excerpt.js';
import { documentOf, windowOf } from './door-keys.js';
import type { Host } from './host.js';
import { notRendered } from './text-map.js';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'FORM',
  'NAV',
  'ASIDE',
]);
const BLOCK = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER FOOTER BLOCKQUOTE CENTER ADDRESS FIGURE FIGCAPTION DL DT DD PRE HR DETAILS SUMMARY'.split(' '),
);
/** A limit so a broken page cannot make the view endless. */
const MAX_BLOCKS = 5000;

/** Element test that works for nodes of any window (no instanceof across realms). */
const isElement = (n: Node | null | undefined): n is Element => n?.nodeType === 1;

/** The page's article (the configured selector first), as read-aloud finds it; null when the page has none. */
export function pageArticle(page: Host, configured: string | null): Article | null {
  return findArticle(documentOf(page), configured);
}

/**
 * `pageLang` is the page's language decided at start; the view's language is the
 * article's own `lang` when its text agrees, else that, else the text's.
 */
export function readArticle(page: Host, article: Article, pageLang: string = page.lang()): ReaderDoc {
  const win = windowOf(page);
  const blocks: ReaderBlock[] = [];
  let inline = '';
  const title = foldSpace(article.title);
  // The article's highest heading level (the title aside) becomes the view's h2.
  let topLevel = 6;
  for (const h of article.body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (h !== article.titleElement) topLevel = Math.min(topLevel, Number(h.tagName[1]));
  }

  // A date/source line at the top of the article body (when the body holds the title too): the view's byline, not a paragraph.
  let bylineInside = { date: '', source: '' };
  const flush = () => {
    const text = foldSpace(inline);
    inline = '';
    if (!text || blocks.length >= MAX_BLOCKS) return;
    if (!blocks.some((b) => b.kind === 'paragraph') && text.length < 120 && !bylineInside.date && !bylineInside.source) {
      const found = parseByline(text);
      if (found.date || found.source) {
        bylineInside = found;
        return;
      }
    }
    blocks.push({ kind: 'paragraph', text });
  };

  const hidden = (el: Element): boolean => {
    if ((el as HTMLElement).hidden || el.getAttribute('aria-hidden') === 'true') return true;
    return notRendered(el, win);
  };

  /** Visible text of an element, with images' alt text in place. */
  const textIn = (el: Element): string => {
    let out = '';
    for (const n of el.childNodes) {
      if (n.nodeType === 3) out += n.textContent ?? '';
      else if (isElement(n) && !SKIP.has(n.tagName) && !hidden(n)) {
        if (n.tagName === 'IMG') out += ` ${n.getAttribute('alt') ?? ''} `;
        else if (n.tagName === 'BR') out += ' ';
        else out += textIn(n);
      }
    }
    return out;
  };

  const walk = (node: Element) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        if (article.range && !article.range.intersectsNode(child)) continue;
        inline += child.textContent ?? '';
        continue;
      }
      if (!isElement(child) || SKIP.has(child.tagName) || child.localName.startsWith('wza-')) continue;
      if (child === article.titleElement) continue;
      // Articles found by ContentStart/ContentEnd markers are the stretch between them, not all of their container.
      if (article.range && !article.range.intersectsNode(child)) continue;
      if (hidden(child)) continue;
      // The same boundary as 连读 (related lists, 上一篇/下一篇, share bars…); a byline at the top still becomes the view's byline.
      if (isNotArticleText(child)) {
        if (!blocks.some((b) => b.kind === 'paragraph') && !bylineInside.date && !bylineInside.source) {
          const found = parseByline(foldSpace(textIn(child)));
          if (found.date || found.source) bylineInside = found;
        }
        continue;
      }
      const tag = child.tagName;
      if (/^H[1-6]$/.test(tag)) {
        flush();
        const text = foldSpace(textIn(child));
        // The title often repeats as the article's first heading: show it once.
        if (text && !(blocks.length === 0 && text === title))
          blocks.push({ kind: 'heading', level: readerHeadingLevel(Number(tag[1]), topLevel), text });
      } else if (tag === 'UL' || tag === 'OL') {
        flush();
        const items = [...child.children]
          .filter((li) => li.tagName === 'LI' && !hidden(li))
          .map((li) => foldSpace(textIn(li)))
          .filter(Boolean);
        if (items.length) blocks.push({ kind: 'list', ordered: tag === 'OL', items });
      } else if (tag === 'TABLE') {
        flush();
        blocks.push(readTable(child as HTMLTableElement));
      } else if (tag === 'IMG') {
        const alt = foldSpace(child.getAttribute('alt') ?? '');
        if (alt) {
          flush();
          blocks.push({ kind: 'image', alt });
        }
      } else if (tag === 'BR' || tag === 'HR') {
        flush();
      } else if (BLOCK.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };

  const readTable = (table: HTMLTableElement): ReaderBlock => {
    const rows: { header: boolean; cells: string[] }[] = [];
    for (const row of table.rows) {
      if (row.closest('table') !== table || hidden(row)) continue;
      const cells = [...row.cells].map((c) => foldSpace(textIn(c)));
      if (cells.some(Boolean))
        rows.push({ header: [...row.cells].every((c) => c.tagName === 'TH') || row.parentElement?.tagName === 'THEAD', cells });
    }
    return { kind: 'table', caption: foldSpace(table.caption ? textIn(table.caption) : ''), rows };
  };

  walk(article.body);
  flush();
  const outside = byline(page, article);
  const date = outside.date || bylineInside.date;
  const source = outside.source || bylineInside.source;
  const tagged = article.body.closest('[lang]');
  const own = tagged && tagged !== documentOf(page).documentElement ? tagged.getAttribute('lang') : null;
  const sample = [title, ...blocks.slice(0, 20).map((b) => ('text' in b ? b.text : ''))].join(' ').slice(0, 2000);
  const lang = languageOf(sample, [own, pageLang], pageLang, SENTENCE_SAMPLE_MIN);
  return { title, date, source, blocks, lang };
}

/** Date and source: the page's meta tags, else the text between the title and the body (e.g. "发布时间：…  来源：…"). */
function byline(page: Host, article: Article): { date: string; source: string } {
  const doc = documentOf(page);
  const meta = (names: string[]) => {
    for (const name of names) {
      const v = doc.querySelector(`meta[name="${name}" i], meta[property="${name}"]`)?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return '';
  };
  // The nearest ancestor holding both the title and the body: its text outside the body is the byline area.
  let area: Element | null = article.body.parentElement;
  if (article.titleElement) while (area && !area.contains(article.titleElement)) area = area.parentElement;
  const runs: string[] = [];
  let length = 0;
  if (area && area !== doc.body && area !== doc.documentElement) {
    const walker = doc.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && length < 2000; n = walker.nextNode()) {
      if (article.body.contains(n) || article.titleElement?.contains(n)) continue;
      const parent = n.parentElement;
      if (!parent || SKIP.has(parent.tagName)) continue;
      const text = (n.textContent ?? '').trim();
      if (text) {
        runs.push(text);
        length += text.length;
      }
    }
  }
  const found = parseByline(runs.join('\n'));
  return {
    date: found.date || meta(['PubDate', 'pubdate', 'publishdate', 'article:published_time']).slice(0, 19),
    source: found.source || meta(['ContentSource', 'source']),
  };
}
