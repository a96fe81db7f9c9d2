/**
 * The script-tag entry, built as the classic script dist/wza.js. It reads the
 * tag's data-* attributes and mounts once; a second copy of the script finds
 * `window.wza` and does nothing. It defines no other global. The toolbar and
 * other lit elements load on first use from wza-ui.js next to this file.
 */
import { mountWith, type WzaApi } from './api.js';
import { readScriptAttributes } from './config.js';
import { loadChunk } from './page/load-script.js';
import { createPage } from './page/page.js';
import { SHARED_MODULES } from './shared-modules.js';
import type { UiModule } from './ui-module.js';

/** Our own <script> tag. `document.currentScript` is null for type="module" and some loaders. */
function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return scripts.reverse().find((s) => /\/wza(\.min)?\.js(\?|#|$)/.test(s.getAttribute('src') ?? '')) ?? null;
}

const host = window as Window & { wza?: WzaApi };
if (!host.wza) {
  try {
    const script = findOwnScript();
    const base = script?.src || document.baseURI;
    const uiUrl = new URL('wza-ui.js', base).href;
    const nonce = script?.nonce ?? '';
    host.wza = mountWith(readScriptAttributes(script), createPage(document), () =>
      loadChunk<UiModule>(document, uiUrl, nonce, SHARED_MODULES),
    );
  } catch (error) {
    // Never break the host page: report and leave it as it was.
    console.warn('[wza] could not start:', error);
  }
}
