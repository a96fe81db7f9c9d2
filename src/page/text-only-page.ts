/**
 * The page side of 纯文本: hiding the page's body while the reader view shows in
 * its place, and putting the page back where it was scrolled afterwards.
 */
import { addPageStyles } from './page-styles.js';
import { documentOf, windowOf } from './door-keys.js';
import type { Host, Undo } from './host.js';

/** Hides the page's <body> (one removable page stylesheet); the widget's elements live outside it. */
export function hideBody(page: Host): Undo {
  const sheet = addPageStyles(documentOf(page), 'body{display:none!important}');
  return () => sheet.remove();
}

/** Remembers where the page is scrolled (the window, and a body that scrolls itself); the undo scrolls back there. */
export function saveScroll(page: Host): Undo {
  const win = windowOf(page);
  const body = documentOf(page).body;
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
