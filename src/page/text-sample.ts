/**
 * A sample of the page's visible text, for deciding the page's language: the
 * first ~2,000 characters of text in body, in document order, leaving out
 * scripts, styles, templates, hidden elements and the widget's own wza-*
 * elements. Read once at start-up; no layout is read, and the walk is capped so
 * a huge page stays cheap.
 */

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'textarea']);
/** Nodes visited at most: a page of empty wrappers cannot make the read long. */
const MAX_NODES = 20000;

export function textSample(doc: Document, max = 2000): string {
  const body = doc.body;
  if (!body) return '';
  // SHOW_ELEMENT | SHOW_TEXT; no filter callback (one JS call per node would cost more than the walk).
  const walker = doc.createTreeWalker(body, 0x1 | 0x4);
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = walker.nextNode();
  while (node && length < max && visited++ < MAX_NODES) {
    if (node.nodeType === 3) {
      const text = (node as Text).data.trim();
      if (text) {
        parts.push(text);
        length += text.length;
      }
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const name = el.localName;
    if (SKIP.has(name) || name.startsWith('wza-') || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') {
      // Skip the subtree: the next sibling, else the next sibling of the nearest ancestor that has one.
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
    } else node = walker.nextNode();
  }
  return parts.join(' ').slice(0, max);
}
