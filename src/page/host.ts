/**
 * What features may ask of the host page: a narrow set of capabilities, each
 * change with its undo, and no `document` or `window` in sight. The runtime's
 * page object (page.ts) implements it; a test can hand a feature a fake one.
 * The door's own modules (src/page/) reach the real document through
 * door-keys.ts, which only src/page/ may import (npm run lint:layers).
 */
import type { StyleHandle, StyleOptions } from './page-styles.js';

export type Undo = () => void;

export type TriggerKind = 'toolbar' | 'care' | 'traditional';

export interface Host {
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
  /** Stops the page's <marquee> elements. */
  stopMarquees(): Undo;
  /**
   * Overrides inline `!important` declarations (which beat every sheet) of these
   * properties, on elements not matching `skip`, now and on content added later.
   */
  overrideInlineImportant(values: Record<string, (el: HTMLElement) => string>, skip: string): Undo;
  /** Creates one of the widget's own elements (not yet on the page). */
  create<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K];
  /**
   * Puts one of the widget's own wza-* elements on the page: a child of <html> just
   * before <body> (first in Tab order, outside body's zoom and stacking context),
   * shown in the browser's top layer where supported, so no page z-index covers it.
   */
  mount(element: HTMLElement): Undo;
  /**
   * Like `mount` but outside the top layer: for parts that sit under the launcher
   * and toolbar (大字幕) or in the document's flow (the 纯文本 view).
   */
  mountInFlow(element: HTMLElement): Undo;
  /** Whether a media query matches now (false when the browser cannot tell). */
  matchesMedia(query: string): boolean;
  /** Scrolls the page's viewport to this position at once (a page's smooth scrolling is not applied). */
  scrollTo(top: number, left: number): void;
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
  /** Which of the site's own 关怀版 / 无障碍 / 繁體 triggers (`data-wza-trigger`) the page has: one walk of the page. */
  triggerKinds(): Set<TriggerKind | string>;
  /** Which trigger, if any, an event target sits in. */
  triggerOf(target: EventTarget | null): { kind: TriggerKind; element: Element } | null;
  /** True when keystrokes on this target are typing (inputs, textareas, contenteditable, selects). */
  isTyping(target: EventTarget | null): boolean;
  /** localStorage when the browser lets us reach it, else null (it may still throw on use: the settings store copes). */
  storage(): Storage | null;
  /** The element focused in the page (through shadow roots), or null. */
  activeElement(): Element | null;
  /** Selector validity, as the browser parses it. */
  isValidSelector(selector: string): boolean;
}
