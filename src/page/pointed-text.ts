/**
 * What text the user points at or focuses: a link's or button's text, an image's
 * alt text, a form field's label, else the sentence of the paragraph under the
 * pointer. Read as text (textContent, attributes), never as HTML.
 */
import { clipText, excerptAround, foldSpace } from '../core/excerpt.js';
import { caretAt } from './highlight.js';
import { documentOf, windowOf } from './door-keys.js';
import type { Host } from './host.js';

export interface PointedText {
  /** The text to show, folded to single spaces; '' when there is nothing to show. */
  text: string;
  /** The computed font size of that text on the page, in px. */
  fontSize: number;
}

/** Inline elements: the text block they sit in is their nearest non-inline ancestor. */
const INLINE = new Set(
  'A SPAN B STRONG EM I U FONT SMALL BIG SUB SUP ABBR CODE MARK S Q CITE TIME DFN KBD VAR INS DEL BDI BDO NOBR TT STRIKE'.split(' '),
);
const CONTROL = 'a[href], button, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="menuitemradio"], [role="tab"]';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HTML', 'BODY']);

/** The longest text shown for one pointing; longer blocks show the sentence at the pointer. */
export const MAX_TEXT = 80;

// The last short answer, so a pointer moving within one link or paragraph reads nothing again.
let lastElement: Element | null = null;
let lastByPointer = false;
let lastAnswer: PointedText | null = null;

export function textOf(page: Host, el: Element, x: number | null, y: number | null): PointedText {
  const byPointer = x !== null;
  if (el === lastElement && byPointer === lastByPointer && lastAnswer) return lastAnswer;
  const answer = compute(page, el, x, y);
  lastElement = answer.long ? null : el;
  lastByPointer = byPointer;
  lastAnswer = answer.long ? null : answer.result;
  return answer.result;
}

function fontSizeOf(page: Host, el: Element): number {
  return parseFloat(windowOf(page).getComputedStyle(el).fontSize) || 16;
}

function compute(page: Host, el: Element, x: number | null, y: number | null): { result: PointedText; long: boolean } {
  const short = (text: string, of: Element = el) => ({
    // A long label or alt text ends on a word boundary, marked …, never in the middle of a word.
    result: { text: clipText(text, MAX_TEXT * 2), fontSize: fontSizeOf(page, of) },
    long: false,
  });
  if (SKIP.has(el.tagName)) return { result: { text: '', fontSize: 16 }, long: false };

  const img = el.closest('img, area, input[type="image"]');
  if (img) return short(img.getAttribute('alt') ?? '', img.parentElement ?? img);

  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') {
    const field = el as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const label = field.getAttribute('aria-label') ?? field.labels?.[0]?.textContent ?? '';
    const value =
      field.tagName === 'SELECT'
        ? ((field as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')
        : (field as HTMLInputElement).type === 'password'
          ? ''
          : field.value || field.getAttribute('placeholder') || '';
    return short([label, value].filter(Boolean).join(' '));
  }

  const control = el.closest(CONTROL);
  if (control) return short(control.getAttribute('aria-label') || control.textContent || '', el);

  let block: Element = el;
  while (block.parentElement && INLINE.has(block.tagName)) block = block.parentElement;
  // Pointing at a gap in a container (no text of its own, only child elements: the
  // pointer is between texts) shows nothing; checked first, so a big container's text
  // (a whole article) is never read per frame. A focused container still shows its first sentence.
  if (x !== null && block === el && block.childElementCount > 0 && !hasOwnText(block))
    return { result: { text: '', fontSize: 16 }, long: false };
  const raw = block.textContent ?? '';
  if (raw.length <= MAX_TEXT || (raw.length <= 4 * MAX_TEXT && foldSpace(raw).length <= MAX_TEXT)) return short(raw, el);
  let offset = 0;
  let textEl = el;
  if (x !== null && y !== null) {
    const root = el.getRootNode();
    // Inside our own reader view: the caret search must look into its shadow root.
    const caret = caretAt(documentOf(page), x, y, root.nodeType === 11 && (root as ShadowRoot).host ? [root as ShadowRoot] : []);
    if (caret && block.contains(caret.node)) {
      offset = offsetIn(block, caret.node, caret.offset);
      textEl = caret.node.parentElement ?? el;
    }
  }
  return { result: { text: foldSpace(excerptAround(raw, offset, MAX_TEXT)), fontSize: fontSizeOf(page, textEl) }, long: true };
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.textContent ?? '')) return true;
  return false;
}

/** The offset in `block.textContent` of (node, offset). */
function offsetIn(block: Element, node: Node, offset: number): number {
  if (node.nodeType !== 3) return 0;
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return sum + offset;
    sum += (n.textContent ?? '').length;
  }
  return 0;
}
