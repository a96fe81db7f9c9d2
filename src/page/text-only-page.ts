/**
 * The page side of 纯文本: hiding the page's body while the reader view shows in
 * its place, and putting the page back where it was scrolled afterwards.
 */
import { addPageStyles } from './page-styles.js';
import type { Page, Undo } from './page.js';

/** Hides the page's <body> (one removable page stylesheet); the widget's elements live outside it. */
export function hideBody(page: Page): Undo {
  const sheet = addPageStyles(page.document, 'body{display:none!important}');
  return () => sheet.remove();
}

/** Remembers where the page is scrolled (the window, and a body that scrolls itself); the undo scrolls back there. */
export function saveScroll(page: Page): Undo {
  const win = page.window;
  const body = page.document.body;
  const x = win.scrollX;
  const y = win.scrollY;
  const bodyTop = body?.scrollTop ?? 0;
  const bodyLeft = body?.scrollLeft ?? 0;
  return () => {
    // 'instant': a page's own `scroll-behavior: smooth` must not animate the way back.
    win.scrollTo({ top: y, left: x, behavior: 'instant' });
    if (body && (bodyTop || bodyLeft)) body.scrollTo({ top: bodyTop, left: bodyLeft, behavior: 'instant' });
  };
}
