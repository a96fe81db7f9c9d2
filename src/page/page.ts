/**
 * The one door to the host page. Nothing outside src/page/ reads or writes the
 * host document; features ask this object for what they need, and every change
 * it makes comes back with its undo.
 */
import { raiseContrast } from './contrast.js';
import { scaleFonts } from './font-scale.js';
import { overrideInlineImportant } from './inline-style.js';
import { stopMarquees } from './marquee.js';
import { addPageStyles, type StyleHandle, type StyleOptions } from './page-styles.js';
import { textSample } from './text-sample.js';

export type Undo = () => void;

export type TriggerKind = 'toolbar' | 'care';

export interface Page {
  readonly document: Document;
  readonly window: Window;
  /** The page's language (`<html lang>`), or '' when it has none. */
  lang(): string;
  /** The first ~`max` characters of the page's visible text (to tell its language); no layout read. */
  textSample(max?: number): string;
  /** Adds a constructable stylesheet to the page. */
  styles(css: string, options?: StyleOptions): StyleHandle;
  /**
   * Tags every element with its original font size (also text added later) so that
   * sheets can scale it through `--wza-text-scale` and raise it through
   * `--wza-min-fs`; shared between callers, removed when the last one releases.
   */
  scaleFonts(): Undo;
  /** Raises every text colour below `min`:1 against its background to the nearest colour that passes. */
  raiseContrast(min: number): Undo;
  /** Stops the page's <marquee> elements. */
  stopMarquees(): Undo;
  /**
   * Overrides inline `!important` declarations (which beat every sheet) of these
   * properties, on elements not matching `skip`, now and on content added later.
   */
  overrideInlineImportant(values: Record<string, (el: HTMLElement) => string>, skip: string): Undo;
  /**
   * Puts one of the widget's own wza-* elements on the page: a child of <html> just
   * before <body> (first in Tab order, outside body's zoom and stacking context),
   * shown in the browser's top layer where supported, so no page z-index covers it.
   */
  mount(element: HTMLElement): Undo;
  /** Adds a listener to the document or window; returns its removal. */
  listen<K extends keyof DocumentEventMap>(
    target: 'document',
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): Undo;
  listen<K extends keyof WindowEventMap>(
    target: 'window',
    type: K,
    handler: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): Undo;
  /** The site's own 关怀版 / 无障碍 triggers (`data-wza-trigger`). */
  triggers(kind: TriggerKind): Element[];
  /** Which trigger, if any, an event target sits in. */
  triggerOf(target: EventTarget | null): { kind: TriggerKind; element: Element } | null;
  /** True when keystrokes on this target are typing (inputs, textareas, contenteditable, selects). */
  isTyping(target: EventTarget | null): boolean;
  /** localStorage when the browser lets us have it, else null. */
  storage(): Storage | null;
  /** The element focused in the page (through shadow roots), or null. */
  activeElement(): Element | null;
  /** Selector validity, as the browser parses it. */
  isValidSelector(selector: string): boolean;
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
    raiseContrast: (min) => raiseContrast(doc, min),
    stopMarquees: () => stopMarquees(doc),
    overrideInlineImportant: (values, skip) => overrideInlineImportant(doc, values, skip),
    mount(element) {
      const root = doc.documentElement;
      root.insertBefore(element, doc.body && doc.body.parentNode === root ? doc.body : null);
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
        element.remove();
        isolate?.remove();
      };
    },
    listen(target: 'document' | 'window', type: string, handler: (e: Event) => void, options?: AddEventListenerOptions) {
      const t: EventTarget = target === 'document' ? doc : win;
      t.addEventListener(type, handler, options);
      return () => t.removeEventListener(type, handler, options);
    },
    triggers: (kind) => [...doc.querySelectorAll(`[data-wza-trigger="${kind}"]`)],
    triggerOf(target) {
      const el = target instanceof win.Element ? target.closest('[data-wza-trigger]') : null;
      const kind = el?.getAttribute('data-wza-trigger');
      return el && (kind === 'toolbar' || kind === 'care') ? { kind, element: el } : null;
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
    storage() {
      try {
        const s = win.localStorage;
        const probe = '__wza_probe__';
        s.setItem(probe, '1');
        s.removeItem(probe);
        return s;
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
