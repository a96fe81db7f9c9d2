/**
 * The text of a page region as one string, and the way back from string offsets
 * to DOM Ranges. Read-aloud segments the string (a pure function) and highlights
 * the Ranges; inline elements (<a>, <font>, <b>) are crossed freely, blocks are
 * separated by a newline so no sentence spans two paragraphs. Nothing is written.
 */

export interface TextMap {
  text: string;
  /** Text nodes in document order, with the offset where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'IMG',
]);
const NEVER = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'IFRAME', 'OBJECT', 'BUTTON']);

export interface CollectOptions {
  /** Subtrees left out (the title when it sits inside the body, navigation, share bars…). */
  skip?: (el: Element) => boolean;
  /** Only text inside this range counts (content between ContentStart/ContentEnd markers). */
  within?: Range | null;
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return notRendered(el);
}

/**
 * True when nobody sees `el`'s text: display:none subtrees (collapsed menus,
 * print-only blocks) and visibility:hidden ones. checkVisibility where the
 * browser has it (Chromium 105, Firefox 106, Safari 17.4), else the computed
 * style of the element itself: callers walk from the top and stop at the first
 * hidden element, so its ancestors have been looked at already.
 */
export function notRendered(el: Element, win: Window | null = el.ownerDocument.defaultView): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  // visibilityProperty: Chromium 121+; checkVisibilityCSS: its earlier name.
  if (typeof check === 'function') return !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  const style = win?.getComputedStyle(el);
  return !!style && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse');
}

/** Walks `root` in document order and builds its text with block separators. */
export function collectText(root: Element, options: CollectOptions = {}): TextMap {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const chunks: string[] = [];
  let length = 0;
  let lastWasBreak = true;
  const push = (s: string) => {
    chunks.push(s);
    length += s.length;
  };
  const brk = () => {
    if (!lastWasBreak) {
      push('\n');
      lastWasBreak = true;
    }
  };
  const within = options.within ?? null;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = node as Text;
      if (within && !within.intersectsNode(t)) return;
      const data = t.data;
      if (!data) return;
      nodes.push(t);
      starts.push(length);
      // Newlines inside a text node are source formatting, not structure: \r marks
      // them (a line break between two Chinese characters is no space when spoken).
      push(data.replace(/\n/g, '\r'));
      if (/\S/.test(data)) lastWasBreak = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (NEVER.has(el.tagName) || el.localName.startsWith('wza-')) return;
    if (el !== root && (options.skip?.(el) || hidden(el))) return;
    const block = BLOCKS.has(el.tagName);
    if (block) brk();
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) brk();
  };
  if (doc) visit(root);
  return { text: chunks.join(''), nodes, starts };
}

/** Index of the text node holding offset `pos` (the last node starting at or before it). */
function nodeAt(map: TextMap, pos: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = map.starts[mid]!;
    if (s < pos || (!preferEnd && s === pos)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM Range of text offsets [start, end), crossing inline elements. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  if (map.nodes.length === 0) return null;
  const a = nodeAt(map, start, false);
  const b = nodeAt(map, end, true);
  const startNode = map.nodes[a]!;
  const endNode = map.nodes[b]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(start - map.starts[a]!, startNode.length));
  range.setEnd(endNode, Math.min(Math.max(0, end - map.starts[b]!), endNode.length));
  return range;
}

/** The text offset of a DOM position (from a caret at a click point), or -1 when it is outside the map. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const i = map.nodes.indexOf(node as Text);
  if (i >= 0) return map.starts[i]! + offset;
  // A caret in an element (e.g. beside an image): the first text node after it.
  for (let k = 0; k < map.nodes.length; k++) {
    const pos = node.compareDocumentPosition(map.nodes[k]!);
    if (pos & 4 /* FOLLOWING */ || pos & 16 /* CONTAINED_BY */) return map.starts[k]!;
  }
  return -1;
}
