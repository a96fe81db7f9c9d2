/**
 * The public JS API (`window.wza`, and `mount()` for bundler users).
 *
 *   wza.open() / wza.close() / wza.toggle()     the toolbar
 *   wza.care(on?)                               关怀版 on, off, or toggled
 *   wza.settings                                the current settings (read-only copy)
 *   wza.set({ textSize: 150 })                  change settings
 *   wza.reset()                                 every aid off, toolbar stays
 *   wza.exit()                                  every aid off, toolbar closed
 *   wza.subscribe((settings, changed) => …)     returns an unsubscribe function
 *   wza.destroy()                               remove the widget, page as before
 */
import { WzaApp, type ChangeListener } from './app.js';
import { parseConfig, type Config, type ConfigInput } from './config.js';
import { WzaReadyEvent } from './events.js';
import { checkRegistry, FEATURES } from './features/index.js';
import type { Page } from './page/page.js';
import type { Settings } from './settings.js';
import type { LoadUi } from './ui-module.js';

declare const __WZA_VERSION__: string;

/** The package version, written in by the build from package.json. */
export const VERSION: string = typeof __WZA_VERSION__ === 'string' ? __WZA_VERSION__ : '0.0.0-dev';

export interface WzaApi {
  readonly version: string;
  readonly config: Readonly<Config>;
  readonly settings: Readonly<Settings>;
  open(): void;
  close(): void;
  toggle(): void;
  care(on?: boolean): void;
  set(patch: Partial<Settings>): void;
  reset(): void;
  exit(): void;
  subscribe(listener: ChangeListener): () => void;
  destroy(): void;
}

/**
 * Creates the widget now and starts it once the DOM is ready. `loadUi` fetches the
 * lit elements on first use: a split chunk for bundlers, a script next to wza.js
 * for the script tag.
 */
export function mountWith(options: ConfigInput, page: Page, loadUi: LoadUi): WzaApi {
  checkRegistry(FEATURES);
  // The page's language (and so the UI's) is decided from its text too, so the app is
  // made once the body is there: at start (DOM ready), or at an API call before that.
  let made: { app: WzaApp; config: Config } | null = null;
  const make = () => {
    if (made) return made;
    const language = { attribute: page.lang(), sample: page.textSample() };
    const config = parseConfig(options, language, (s) => page.isValidSelector(s));
    return (made = { app: new WzaApp(page, config, FEATURES, loadUi), config });
  };
  const app = () => make().app;
  let started = false;
  let destroyed = false;
  const start = () => {
    if (started || destroyed) return;
    started = true;
    app().start();
  };
  const doc = page.document;
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();

  const api: WzaApi = {
    version: VERSION,
    get config() {
      return make().config;
    },
    get settings() {
      return { ...app().settings.value };
    },
    open: () => app().open(),
    close: () => app().close(),
    toggle: () => (app().settings.value.toolbar ? app().close() : app().open()),
    care: (on) => app().set({ care: on ?? !app().settings.value.care }),
    set: (patch) => app().set(patch),
    reset: () => app().reset(),
    exit: () => app().exit(),
    subscribe: (listener) => app().subscribe(listener),
    destroy() {
      destroyed = true;
      stopAnswering();
      doc.removeEventListener('DOMContentLoaded', start);
      if (started) app().destroy();
    },
  };
  // Answers `wza-query` (a second copy of the script, or a page script whose own
  // `window.wza` hides ours) with this API; duck-typed, so another copy's event class works.
  const stopAnswering = page.listen('document', 'wza-query', (event) => {
    (event as { api?: WzaApi | null }).api = api;
  });
  doc.dispatchEvent(new WzaReadyEvent(api));
  return api;
}
