/**
 * Tagging, for what CSS alone cannot reach (font sizes set in px or inline,
 * colours that need per-element maths): every element gets one attribute naming
 * its bucket (e.g. its original font size), and one generated constructable
 * sheet holds one rule per bucket. All reads happen first, with Wza's own sheets
 * switched off so they see the page's original styles; then all writes. A
 * MutationObserver tags content that arrives later the same way. Removing the
 * handle takes every attribute (and any extra write) back off the page.
 */
import { addPageStyles, withoutOurStyles, type StyleOptions } from './page-styles.js';

export type Undo = () => void;

export interface TagSpec {
  /** The attribute that carries the bucket key, e.g. `data-wza-fs`. */
  attr: string;
  /** Reads one element's original computed style; returns its bucket key, or null to leave it alone. */
  read(el: HTMLElement, style: CSSStyleDeclaration): string | null;
  /** The CSS rule of one bucket, given the selector that matches its elements. */
  rule(key: string, selector: string): string;
  /** An extra write for one element the sheet cannot reach (an inline !important); returns its undo. */
  write?(el: HTMLElement, key: string): Undo | null;
  /** Called before each batch of reads, e.g. to reset a cache. */
  startBatch?(): void;
  /** A cheap pre-check without styles (e.g. "has text of its own"); elements failing it are not read yet. */
  wants?(el: HTMLElement): boolean;
  /** Tags never read (default: elements without text of their own, media). */
  skip?: ReadonlySet<string>;
  /**
   * Attributes whose change makes the page restyle an element in a way that matters to
   * this tag (a header whose class makes it `position: fixed` on scroll): the element is
   * read again when one changes. (Not `style`: pages that animate inline styles would
   * have the element read every frame.)
   */
  reread?: string[];
  /**
   * The reads do not depend on Wza's own font and colour sheets (an element's position
   * and offsets), so those stay on while reading: switching them off and on restyles the
   * whole page, which must not happen each time a page toggles a class.
   */
  readWithOurStyles?: boolean;
}

export interface TagHandle {
  remove(): void;
}

/** Elements without text of their own, or whose styles the tag could not change. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'LINK',
  'META',
  'BR',
  'WBR',
  'IMG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SOURCE',
  'TRACK',
  'PICTURE',
]);

export function tagElements(doc: Document, spec: TagSpec, options: StyleOptions = {}): TagHandle {
  const win = doc.defaultView;
  if (!win || !doc.body) return { remove() {} };
  const keys = new Set<string>();
  const undos: Undo[] = [];
  const skip = spec.skip ?? SKIP;
  const sheet = addPageStyles(doc, '', options);
  /** Elements read once already: a page that keeps updating their text (a clock) costs nothing. */
  const seen = new WeakSet<Element>();

  const process = (elements: Iterable<Element>) => {
    const todo: HTMLElement[] = [];
    for (const el of elements) {
      if (
        seen.has(el) ||
        !(el instanceof win.HTMLElement) ||
        skip.has(el.tagName) ||
        el.localName.startsWith('wza-') ||
        el.hasAttribute(spec.attr)
      )
        continue;
      if (spec.wants && !spec.wants(el)) continue;
      seen.add(el);
      todo.push(el);
    }
    if (todo.length === 0) return; // nothing new: no style work at all
    spec.startBatch?.();
    // Read everything before writing anything: one style computation, no layout thrash.
    const readAll = () => {
      const out: [HTMLElement, string][] = [];
      for (const el of todo) {
        const key = spec.read(el, win.getComputedStyle(el));
        if (key !== null) out.push([el, key]);
      }
      return out;
    };
    const found = spec.readWithOurStyles ? readAll() : withoutOurStyles(doc, readAll);
    let newKeys = false;
    for (const [el, key] of found) {
      el.setAttribute(spec.attr, key);
      const undo = spec.write?.(el, key);
      if (undo) undos.push(undo);
      if (!keys.has(key)) {
        keys.add(key);
        newKeys = true;
      }
    }
    if (newKeys) sheet.set([...keys].map((k) => spec.rule(k, `[${spec.attr}="${k}"]`)).join('\n'));
  };

  const body = doc.body;
  process([body, ...body.getElementsByTagName('*')]);

  const observer = new win.MutationObserver((records) => {
    const added: Element[] = [];
    for (const record of records) {
      if (record.type === 'attributes') {
        const el = record.target as Element;
        if (el.localName.startsWith('wza-')) continue;
        // Read it as the page styles it now, without our rule for its old tag.
        el.removeAttribute(spec.attr);
        seen.delete(el);
        added.push(el);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          const el = node as Element;
          if (el.localName.startsWith('wza-')) continue;
          added.push(el, ...el.getElementsByTagName('*'));
        } else if (node.nodeType === 3 && record.target.nodeType === 1) {
          // New text in an element that had none: it may need a tag now.
          added.push(record.target as Element);
        }
      }
    }
    if (added.length) process(added);
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    ...(spec.reread ? { attributes: true, attributeFilter: spec.reread } : {}),
  });

  let removed = false;
  return {
    remove() {
      if (removed) return;
      removed = true;
      observer.disconnect();
      sheet.remove();
      // By query, not by a list: also catches copies the page made with cloneNode.
      for (const el of doc.querySelectorAll(`[${spec.attr}]`)) el.removeAttribute(spec.attr);
      for (const undo of undos.splice(0).reverse()) undo();
    },
  };
}

/**
 * A selector suffix that adds the specificity of four ids and matches every
 * element (no element has all four ids at once), so a rule beats the page's own
 * `#main .content p { … !important }`.
 */
export const BOOST = ':not(#_w#_w#_w#_w)';
/** Stronger still, for the colour scheme, which must win over care mode's colour fixes. */
export const BOOST_MORE = ':not(#_w#_w#_w#_w#_w)';
