/**
 * Overriding a page's inline `!important` declarations, which no stylesheet can
 * beat, through CSSOM (allowed under `style-src 'self'`, unlike writing a style
 * attribute). Several aids may override different properties of one element
 * (font size, colour): each undo puts its own property back, and when the last
 * one is undone the element's style attribute text is restored byte for byte.
 * Under a strict CSP a page's inline styles are not applied at all, so there is
 * then nothing to override and this never runs.
 */
import type { Undo } from './tagger.js';

const held = new WeakMap<HTMLElement, { attr: string | null; holders: number }>();

/** Sets `prop` to `value !important` on the element's own style; returns its undo. */
export function overrideInline(el: HTMLElement, prop: string, value: string): Undo {
  let entry = held.get(el);
  if (!entry) held.set(el, (entry = { attr: el.getAttribute('style'), holders: 0 }));
  entry.holders++;
  const before = [el.style.getPropertyValue(prop), el.style.getPropertyPriority(prop)] as const;
  el.style.setProperty(prop, value, 'important');
  const mine = entry;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--mine.holders > 0) {
      el.style.setProperty(prop, before[0], before[1]);
      return;
    }
    held.delete(el);
    if (mine.attr === null) el.removeAttribute('style');
    else el.setAttribute('style', mine.attr); // the page's own text, exactly as it was
  };
}

/** Whether the element's inline style declares `prop` with !important. */
export function inlineImportant(el: HTMLElement, prop: string): boolean {
  return el.style.getPropertyPriority(prop) === 'important';
}

/**
 * For every element with an inline `!important` on one of `values`' properties
 * (now and arriving later), overrides it with the value the function gives for
 * that element. `skip` names elements to leave alone (e.g. media). Returns the undo.
 */
export function overrideInlineImportant(doc: Document, values: Record<string, (el: HTMLElement) => string>, skip: string): Undo {
  const win = doc.defaultView;
  if (!win || !doc.body) return () => {};
  const undos: Undo[] = [];
  const seen = new WeakSet<Element>();
  const visit = (root: Element) => {
    const candidates = root.hasAttribute('style') ? [root, ...root.querySelectorAll('[style]')] : root.querySelectorAll('[style]');
    for (const el of candidates) {
      if (seen.has(el) || !(el instanceof win.HTMLElement) || el.matches(skip)) continue;
      seen.add(el);
      for (const [prop, value] of Object.entries(values)) if (inlineImportant(el, prop)) undos.push(overrideInline(el, prop, value(el)));
    }
  };
  visit(doc.body);
  const observer = new win.MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) if (n.nodeType === 1 && !(n as Element).localName.startsWith('wza-')) visit(n as Element);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    for (const undo of undos.splice(0).reverse()) undo();
  };
}
