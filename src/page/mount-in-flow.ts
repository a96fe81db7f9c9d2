/**
 * Mounting a widget element on the page outside the top layer: a child of
 * <html> just before <body>, like `page.mount` but without the popover. For the
 * parts that must sit under the launcher and toolbar (大字幕 leaves the launcher
 * visible above it) or in the document's flow (the 纯文本 view scrolls with the
 * document while the body is hidden).
 */
import type { Undo } from './host.js';

export function mountInFlow(doc: Document, element: HTMLElement): Undo {
  const root = doc.documentElement;
  // The skip link stays the last of ours, right before the page: the toolbar and the
  // other parts that open later come before it in Tab order, after the launcher.
  const skipLink = root.querySelector(':scope > wza-skip-link');
  root.insertBefore(element, skipLink ?? (doc.body && doc.body.parentNode === root ? doc.body : null));
  return () => element.remove();
}
