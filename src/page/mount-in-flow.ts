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
  root.insertBefore(element, doc.body && doc.body.parentNode === root ? doc.body : null);
  return () => element.remove();
}
