/**
 * 繁體 on the page: every text node outside Wza, the <title>, and the alt, title,
 * placeholder and aria-label attributes (and the label of input buttons) go
 * through a converter, now and as content arrives (MutationObserver). Form
 * fields the user types into are never touched: textarea, contenteditable, and
 * the value of text inputs (only button-like inputs' labels convert). Code
 * (script, style, code, kbd, samp) and `translate="no"` parts stay as they are.
 *
 * The undo puts back each converted string in the same text node and attribute
 * (never new nodes), and only where our text is still there: a node the page
 * itself changed meanwhile keeps the page's new text.
 *
 * With `ui`, the shadow roots of the toolbar and the launcher convert too (the
 * zh-CN UI in traditional characters); views that show page text (captions,
 * magnifier, 纯文本) do not, as that text is converted already.
 */
import type { Convert } from '../core/traditional.js';
import { documentOf } from './door-keys.js';
import type { Host, Undo } from './host.js';

/** Elements whose text is not prose, or is the user's own. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'code', 'kbd', 'samp', 'var']);
/** Attributes a person reads or hears. */
const ATTRS = ['alt', 'title', 'placeholder', 'aria-label'];
/** Inputs whose value is a label, not something typed. */
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);
/** Our elements whose strings are the UI's own (translations), not page text. */
const UI_TAGS = new Set(['wza-toolbar', 'wza-launcher']);

export interface TraditionalOptions {
  /** Convert the toolbar's and launcher's strings too (the zh-CN UI). */
  ui: boolean;
}

export function convertPageText(host: Host, convert: Convert, { ui }: TraditionalOptions): Undo {
  const doc = documentOf(host);
  const win = doc.defaultView;
  if (!win) return () => {}; // a document without a window has no one to read it
  /** Converted text nodes: [the text before, ours]. */
  const texts = new Map<Text, [string, string]>();
  /** Converted attributes, per element: name → [the value before, ours]. */
  const attrs = new Map<Element, Map<string, [string, string]>>();

  const doText = (node: Text) => {
    const data = node.data;
    const rec = texts.get(node);
    if (rec && rec[1] === data) return; // our own text
    const out = convert(data);
    if (out === data) {
      // The page wrote text that needs nothing: it is the page's now.
      if (rec) texts.delete(node);
      return;
    }
    texts.set(node, [data, out]);
    node.data = out;
  };

  const doAttr = (el: Element, name: string) => {
    const value = el.getAttribute(name);
    let recs = attrs.get(el);
    const rec = recs?.get(name);
    if (value === null) {
      recs?.delete(name);
      return;
    }
    if (rec && rec[1] === value) return;
    const out = convert(value);
    if (out === value) {
      recs?.delete(name);
      return;
    }
    if (!recs) attrs.set(el, (recs = new Map()));
    recs.set(name, [value, out]);
    el.setAttribute(name, out);
  };

  const isButtonInput = (el: Element) => el.localName === 'input' && BUTTON_INPUTS.has((el as HTMLInputElement).type);

  /** True when nothing inside `el` is ours to convert. */
  const skipsInside = (el: Element): boolean => {
    const name = el.localName;
    if (SKIP.has(name) || name.startsWith('wza-')) return true;
    if (el.getAttribute('translate') === 'no' || el.classList.contains('notranslate')) return true;
    const editable = el.getAttribute('contenteditable');
    return editable !== null && editable !== 'false';
  };

  const roots: Node[] = [];
  const observer = new win.MutationObserver((records) => {
    for (const r of records) {
      const target = r.target;
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (n.isConnected && !skipped(n)) walk(n);
      } else if (r.type === 'characterData') {
        if (target.isConnected && !skipped(target)) doText(target as Text);
      } else if (r.attributeName && target.isConnected && !skipped(target) && !skipsInsideOrSelf(target as Element, r.attributeName)) {
        doAttr(target as Element, r.attributeName);
      }
    }
    // Our own writes above queued records of their own: nothing to do for them.
    observer.takeRecords();
  });
  const OBSERVE: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...ATTRS, 'value'],
  };
  const watch = (root: Node) => {
    roots.push(root);
    observer.observe(root, OBSERVE);
  };

  // An element's own attributes convert unless it is ours or typed into (a `value` only on button inputs).
  const skipsInsideOrSelf = (el: Element, attr: string) => el.localName.startsWith('wza-') || (attr === 'value' && !isButtonInput(el));

  /** True when `node` sits in a part we leave alone (or in a Wza element that is not UI to convert). */
  const skipped = (node: Node): boolean => {
    for (let p = node.parentNode; p;) {
      if (p.nodeType === 11) {
        const shadowHost = (p as ShadowRoot).host as Element | undefined;
        if (!shadowHost) return false;
        if (shadowHost.localName.startsWith('wza-')) return !(ui && UI_TAGS.has(shadowHost.localName));
        p = shadowHost.parentNode;
        continue;
      }
      if (p.nodeType === 1 && skipsInside(p as Element)) return true;
      p = p.parentNode;
    }
    return false;
  };

  const visit = (el: Element): boolean => {
    const name = el.localName;
    if (name.startsWith('wza-')) {
      if (ui && UI_TAGS.has(name) && el.shadowRoot) {
        walk(el.shadowRoot);
        watch(el.shadowRoot);
      }
      return false;
    }
    for (const attr of ATTRS) if (el.hasAttribute(attr)) doAttr(el, attr);
    if (name === 'input' && isButtonInput(el) && el.hasAttribute('value')) doAttr(el, 'value');
    if (skipsInside(el)) return false;
    // A page's own web components: their open shadow roots are page text too.
    if (el.shadowRoot && !roots.includes(el.shadowRoot)) {
      walk(el.shadowRoot);
      watch(el.shadowRoot);
    }
    return true;
  };

  /** Converts `root` and everything under it, without recursion (pages nest deep). */
  function walk(root: Node): void {
    let n: Node | null = root;
    while (n) {
      let descend = false;
      if (n.nodeType === 3) doText(n as Text);
      else if (n.nodeType === 1) descend = visit(n as Element);
      else descend = n.nodeType === 11 || n.nodeType === 9;
      if (descend && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      if (!n || n === root) break;
      n = n.nextSibling;
    }
  }

  walk(doc.documentElement);
  watch(doc.documentElement);

  return () => {
    // Page changes still queued are the page's: its text stays (the comparisons below see it).
    observer.takeRecords();
    observer.disconnect();
    for (const [node, [before, ours]] of texts) if (node.data === ours) node.data = before;
    for (const [el, recs] of attrs)
      for (const [name, [before, ours]] of recs) if (el.getAttribute(name) === ours) el.setAttribute(name, before);
    texts.clear();
    attrs.clear();
  };
}
