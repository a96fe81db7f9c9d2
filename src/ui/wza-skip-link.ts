import { constructableSheets, nonceStyle } from '../core/sheets.js';
import { hostReset } from './shared.styles.js';

/** Hidden until it has focus, then a large link at the top left, above the page (it is in the top layer). */
const skipLinkStyles = `:host{position:fixed!important;top:0!important;left:0!important;right:auto!important;bottom:auto!important;margin:0!important;z-index:2147483647!important}
a{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
a:focus{position:static;display:inline-block;width:auto;height:auto;clip-path:none;margin:8px;padding:10px 20px;min-height:44px;font:600 18px/1.4 var(--_font);background:var(--_accent);color:var(--_accent-fg);border:2px solid var(--_accent-fg);border-radius:4px;outline:3px solid var(--_focus);outline-offset:2px}`;

let skipLinkSheet: CSSStyleSheet | null = null;

/**
 * The skip link 跳到正文 ("Skip to content"), Wza's own element: the page's first
 * Tab stop after the launcher, for pages without a skip link of their own.
 * Written without lit, like the launcher: it is on the page from the start.
 * It never reaches for the host page; `setup` says what activating it does.
 */
export class WzaSkipLink extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if (constructableSheets(root)) {
      skipLinkSheet ??= new CSSStyleSheet();
      if (!skipLinkSheet.cssRules.length) skipLinkSheet.replaceSync(hostReset + skipLinkStyles);
      root.adoptedStyleSheets = [skipLinkSheet];
    }
  }

  /** Sets its name and what Enter (or a click) does, once, before it is mounted; `nonce` is for the <style> fallback. */
  setup(label: string, activate: () => void, nonce = ''): void {
    const root = this.shadowRoot!;
    const link = this.ownerDocument.createElement('a');
    link.href = '#';
    link.textContent = label;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      activate();
    });
    root.replaceChildren(...(constructableSheets(root) ? [] : [nonceStyle(this.ownerDocument, hostReset + skipLinkStyles, nonce)]), link);
  }
}
