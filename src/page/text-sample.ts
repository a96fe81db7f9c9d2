/**
 * A sample of the page's visible text, for deciding the page's language: the
 * first ~2,000 characters of the text in body, in document order, leaving out
 * the text of scripts, styles and the like. Only text nodes are visited and no
 * layout is read; the walk is capped so a huge page stays cheap. Read once at start-up.
 * (The widget's wza-* elements keep their text in shadow roots, which the walk does not enter.)
 */

const NOT_TEXT = /^(script|style|noscript|textarea|title)$/;
/** Text nodes visited at most: a page of empty text nodes cannot make the read long. */
const MAX_NODES = 20000;

export function textSample(doc: Document, max = 2000): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let sample = '';
  for (let i = 0, node = walker.nextNode(); node && sample.length < max && i < MAX_NODES; i++, node = walker.nextNode()) {
    const text = (node as Text).data.trim();
    const parent = node.parentElement;
    if (text && parent && !NOT_TEXT.test(parent.localName) && !parent.closest('[hidden]')) sample += text + ' ';
  }
  return sample.slice(0, max);
}
