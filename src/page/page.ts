/**
 * The one door to the host page. Nothing outside src/page/ reads or writes the
 * host document; features ask this object for what they need, and every change
 * it makes comes back with its undo.
 */
import { scaleFonts } from './font-scale.js';
import { overrideInlineImportant } from './inline-style.js';
import { stopMarquees } from './marquee.js';
import type { Host } from './host.js';
import { mountInFlow } from './mount-in-flow.js';
import { addPageStyles } from './page-styles.js';
import { textSample } from './text-sample.js';

export type { Host, TriggerKind, Undo } from './host.js';

/** The runtime's view of the page: the features' Host plus the document and window themselves (not for features). */
export interface Page extends Host {
  readonly document: Document;
  readonly window: Window;
}

export function createPage(doc: Document = document): Page {
  const win = doc.defaultView ?? window;
  const page: Page = {
    document: doc,
    window: win,
    lang: () => doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang') ?? '',
    textSample: (max) => textSample(doc, max),
    styles: (css, options) => addPageStyles(doc, css, options),
    scaleFonts: () => scaleFonts(doc),
    stopMarquees: () => stopMarquees(doc),
    overrideInlineImportant: (values, skip) => overrideInlineImportant(doc, values, skip),
    create: (tag) => doc.createElement(tag),
    mount(element) {
      const unmount = mountInFlow(doc, element);
      const topLayer = typeof element.showPopover === 'function';
      if (topLayer) {
        element.popover = 'manual';
        try {
          element.showPopover();
        } catch {
          // e.g. a page's modal dialog is open; z-index still puts us on top of ordinary content
        }
      }
      // No popover (Chromium < 114, Firefox < 125, Safari < 17): our z-index would tie
      // with a page's z-index:2147483647 and lose, being earlier in the tree. Body as
      // a stacking context of its own (z-index auto) keeps every page z-index inside
      // it, under our fixed elements beside it; isolation moves nothing. One sheet per
      // mounted element, gone with it.
      const isolate = topLayer ? null : addPageStyles(doc, 'body{isolation:isolate!important}', { keepWhileReading: true });
      return () => {
        if (topLayer && element.matches(':popover-open')) element.hidePopover();
        unmount();
        isolate?.remove();
      };
    },
    mountInFlow: (element) => mountInFlow(doc, element),
    matchesMedia(query) {
      try {
        return win.matchMedia(query).matches;
      } catch {
        return false;
      }
    },
    // 'instant': a page's own `scroll-behavior: smooth` must not animate our jumps.
    scrollTo: (top, left) => win.scrollTo({ top, left, behavior: 'instant' }),
    listen(target: 'document' | 'window', type: string, handler: (e: Event) => void, options?: AddEventListenerOptions) {
      const t: EventTarget = target === 'document' ? doc : win;
      t.addEventListener(type, handler, options);
      return () => t.removeEventListener(type, handler, options);
    },
    triggerKinds: () => new Set([...doc.querySelectorAll('[data-wza-trigger]')].map((el) => el.getAttribute('data-wza-trigger') ?? '')),
    triggerOf(target) {
      const el = target instanceof win.Element ? target.closest('[data-wza-trigger]') : null;
      const kind = el?.getAttribute('data-wza-trigger');
      return el && (kind === 'toolbar' || kind === 'care' || kind === 'traditional') ? { kind, element: el } : null;
    },
    isTyping(target) {
      if (!(target instanceof win.Element)) return false;
      const el = target as HTMLElement;
      if (el.isContentEditable) return true;
      if (el instanceof win.HTMLTextAreaElement || el instanceof win.HTMLSelectElement) return true;
      if (el instanceof win.HTMLInputElement) {
        return !['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'range', 'color', 'file'].includes(el.type);
      }
      return false;
    },
    // No probe write: a storage that throws on reading or writing is met by the settings store, which then keeps
    // the settings in memory; a probe's setItem/removeItem would cost every page view two synchronous writes.
    storage() {
      try {
        return win.localStorage;
      } catch {
        return null;
      }
    },
    activeElement() {
      let el: Element | null = doc.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el;
    },
    isValidSelector(selector) {
      try {
        doc.createDocumentFragment().querySelector(selector);
        return true;
      } catch {
        return false;
      }
    },
  };
  return page;
}
