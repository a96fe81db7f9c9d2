/**
 * 纯文本, pure parts: the reader view's document model, the byline (date and
 * source) found in the text around an article's title, and the view's type size.
 */

export type ReaderBlock =
  | { kind: 'heading'; level: 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; caption: string; rows: { header: boolean; cells: string[] }[] }
  | { kind: 'image'; alt: string };

/** What the reader view shows: built from the article as text, never as HTML. */
export interface ReaderDoc {
  title: string;
  date: string;
  source: string;
  blocks: ReaderBlock[];
  /** The article's language (its lang attribute or the page's), for the view's lang. */
  lang: string;
}

const DATE =
  /(?:发布(?:时间|日期)|成文日期|日期|时间|Published|Date)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/i;
const SOURCE =
  /(?:信息来源|来源|发布机构|Source)\s*[:：]\s*([^\n|｜]+?)(?=\s{2,}|[\n|｜]|\s*(?:发布|时间|日期|作者|编辑|责任编辑|浏览|访问|点击|阅读|字号)|\s+[^\s:：]{1,6}[:：]|$)/i;

/**
 * Date and source from byline text such as "发布时间：2024-01-23  信息来源：区党政办公室".
 * Separate text runs should be joined with newlines (they often touch in the page).
 */
export function parseByline(text: string): { date: string; source: string } {
  const date = (DATE.exec(text)?.[1] ?? '').replace(/\s*([-/.年月])\s*/g, '$1').replace(/\s+/g, ' ');
  const source = SOURCE.exec(text)?.[1]?.trim() ?? '';
  return { date: date.trim(), source };
}

/**
 * An article heading's level in the view: the view's own h1 is the title, so the
 * article's highest heading level (`topLevel`) becomes h2 and the rest keep their
 * steps below it, at most h6.
 */
export function readerHeadingLevel(articleLevel: number, topLevel = articleLevel): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(2, articleLevel - topLevel + 2)) as 2 | 3 | 4 | 5 | 6;
}

/** The view's body text: large (24 px) at 100 %, growing with 文字放大. */
export function readerFontSize(textSizePercent: number): number {
  const p = Number.isFinite(textSizePercent) ? Math.min(200, Math.max(100, textSizePercent)) : 100;
  return Math.round((24 * p) / 100);
}
