/**
 * The skip link 跳到正文 ("Skip to content"): Wza's own element `<wza-skip-link>`,
 * the page's first Tab stop after the launcher, for pages without a skip link of
 * their own. Made here, without a class or lit: it is on every page from the
 * start, so it must cost the start-up script as little as can be. It sits in
 * the top layer at the top left, clipped away until it has focus.
 */
import { constructableSheets, nonceStyle } from '../core/sheets.js';
import { documentOf } from './door-keys.js';
import type { Host, Undo } from './host.js';
import { styleNonce } from './page-styles.js';

// `all: initial` also undoes the top layer's popover defaults (inset, margin, border, colours).
// Unfocused, the link is clipped away and out of flow, so the element has no size and takes no
// click or pointer meant for the page's top left corner (nor does the element itself, ever).
const CSS =
  ':host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;z-index:2147483647!important;pointer-events:none!important}' +
  'a{display:block;margin:8px;padding:12px 20px;font:18px sans-serif;background:#0b57d0;color:#fff;pointer-events:auto}' +
  'a:not(:focus){position:absolute;clip-path:inset(50%)}';

/**
 * Whether the page has a skip link of its own: its first link goes somewhere on
 * the page itself (`href="#main"`, not a bare `#`), as skip links do.
 */
export const hasOwnSkipLink = (host: Host): boolean =>
  /^#./.test(documentOf(host).body?.querySelector('a[href]')?.getAttribute('href') ?? '');

/** Puts the skip link on the page; Enter (or a click) runs `activate`. Returns its removal. */
export function mountSkipLink(host: Host, label: string, activate: () => void): Undo {
  const doc = documentOf(host);
  const element = host.create('wza-skip-link' as 'div');
  const root = element.attachShadow({ mode: 'open' });
  const link = doc.createElement('a');
  link.href = '#';
  link.textContent = label;
  link.onclick = (event) => {
    event.preventDefault();
    activate();
  };
  if (constructableSheets(root)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    root.append(link);
  } else root.append(nonceStyle(doc, CSS, styleNonce), link);
  return host.mount(element);
}
