/**
 * The script-tag entry, built as the classic script dist/wza.js. It reads the
 * tag's data-* attributes and mounts once. A second copy of the script asks the
 * page for a running Wza (the `wza-query` event, which only Wza answers) and does
 * nothing; a page element or a page global named `wza` never stops it. It defines
 * no global but `window.wza`, and leaves that name alone when a page script owns
 * it. The toolbar and other lit elements load on first use from wza-ui.js next
 * to this file, and each feature's heavy part from its own wza-<feature>.js.
 */
import { mountWith, type WzaApi } from './api.js';
import { readScriptAttributes } from './config.js';
import { runningWza } from './events.js';
import { loadChunk } from './page/load-script.js';
import { createPage } from './page/page.js';
import { setStyleNonce } from './page/page-styles.js';
import { SHARED_MODULES } from './shared-modules.js';
import type { UiModule } from './ui-module.js';

/** Our own <script> tag. `document.currentScript` is null for type="module" and some loaders. */
function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return scripts.reverse().find((s) => /\/wza(\.min)?\.js(\?|#|$)/.test(s.getAttribute('src') ?? '')) ?? null;
}

/**
 * Puts the API on `window.wza`. An element with id or name "wza" is only a named
 * property of the window (on its prototype chain, not its own): ours shadows it and
 * the element stays as it is. A value the page's own script put there (a variable, a
 * function, an object) is the page's: it stays, and one warning says how to reach Wza.
 */
function exposeGlobal(api: WzaApi): void {
  const win = window as Window & { wza?: unknown };
  if (!Object.prototype.hasOwnProperty.call(win, 'wza')) {
    win.wza = api;
    return;
  }
  console.warn(
    "[wza] window.wza is already used by this page's own script, so Wza leaves it alone. " +
      "Reach the API with document.addEventListener('wza-ready', (e) => e.api), or at any time with " +
      "const q = new Event('wza-query'); document.dispatchEvent(q); q.api",
  );
}

if (!runningWza(document)) {
  try {
    const script = findOwnScript();
    const base = script?.src || document.baseURI;
    const nonce = script?.nonce ?? '';
    // The lazily loaded files sit next to this one: wza-ui.js and each feature's wza-<feature>.js.
    const chunk = <T>(name: string, shared: Record<string, object>) =>
      loadChunk<T>(document, new URL(`wza-${name}.js`, base).href, nonce, shared);
    setStyleNonce(nonce);
    exposeGlobal(
      mountWith(readScriptAttributes(script), createPage(document), {
        ui: () => chunk<UiModule>('ui', SHARED_MODULES),
        // A feature's part takes modules from the UI chunk too (src/ui-shared-modules.ts).
        part: (id, ui) => chunk(id, { ...SHARED_MODULES, ...ui.UI_SHARED_MODULES }),
      }),
    );
  } catch (error) {
    // Never break the host page: report and leave it as it was.
    console.warn('[wza] could not start:', error);
  }
}
