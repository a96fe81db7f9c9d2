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
import type { WzaApi } from './api-types.js';
import { WzaApp } from './app.js';
import { checkPatch } from './core/schema.js';
import { parseConfig, type Config, type ConfigInput } from './config.js';
import { WzaReadyEvent } from './events.js';
// The registry is static: checkRegistry runs in the unit tests (test/unit/schema.test.ts), not on every page view.
import { FEATURES } from './features/index.js';
import type { Page } from './page/page.js';
import { SETTINGS_SCHEMA } from './settings.js';
import type { Loaders } from './ui-module.js';

declare const __WZA_VERSION__: string;

/** The package version, written in by the build from package.json. */
export const VERSION: string = typeof __WZA_VERSION__ === 'string' ? __WZA_VERSION__ : '0.0.0-dev';

export type { WzaApi };

/** Shows a value in a warning as the caller wrote it; never throws (cycles, BigInt, symbols). */
function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/** Warns once per call site, key and value, as the script-tag attributes do (config.ts). */
function onceWarner(warn: (message: string) => void): (what: string, value: unknown, accepted: string) => void {
  const warned = new Set<string>();
  return (what, value, accepted) => {
    const id = `${what}\u0000${show(value)}`;
    if (warned.has(id)) return;
    warned.add(id);
    warn(`[wza] ${what}: ${show(value)} is not valid; accepted: ${accepted}. Ignored.`);
  };
}

/**
 * Creates the widget now and starts it once the DOM is ready. `load` fetches the
 * lit elements and each feature's own part on first use: split chunks for
 * bundlers, scripts next to wza.js for the script tag.
 */
export function mountWith(
  options: ConfigInput,
  page: Page,
  load: Loaders,
  warn: (message: string) => void = (m) => console.warn(m),
): WzaApi {
  const bad = onceWarner(warn);
  // The page's language (and so the UI's) is decided from its text too, so the app is
  // made once the body is there: at start (DOM ready), or at an API call before that.
  let made: { app: WzaApp; config: Config } | null = null;
  const make = () => {
    if (made) return made;
    const language = { attribute: page.lang(), sample: page.textSample() };
    const config = parseConfig(options, language, (s) => page.isValidSelector(s));
    return (made = { app: new WzaApp(page, config, FEATURES, load), config });
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
    care: (on?: unknown) => {
      if (on !== undefined && typeof on !== 'boolean') return bad('wza.care()', on, 'true, false, or nothing to toggle');
      app().set({ care: on ?? !app().settings.value.care });
    },
    set: (patch: unknown) => {
      // The same schema as stored settings: keep the good entries, warn about each bad one.
      const { good, bad: rejected } = checkPatch(SETTINGS_SCHEMA, patch);
      for (const r of rejected) bad(r.key ? `wza.set({ ${r.key} })` : 'wza.set()', r.value, r.reason);
      if (Object.keys(good).length > 0) app().set(good);
    },
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
