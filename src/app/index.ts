/**
 * The runtime, put together: settings → features → page. WzaApp owns the
 * settings store and wires its parts, each with one job: the feature context
 * (context.ts), the feature runner (runner.ts), the toolbar controller
 * (toolbar.ts), the shortcuts (shortcuts.ts) and what the site's triggers and the
 * launcher's buttons ask (triggers.ts). It serves the public API (api.ts).
 */
import type { ChangeListener } from '../api-types.js';
import { Bus } from '../bus.js';
import type { Config } from '../config.js';
import { WzaChangeEvent } from '../events.js';
import type { Announcement, Feature, RegistryEntry } from '../features/feature.js';
import { translations, type Translation } from '../i18n/index.js';
import type { Page, Undo } from '../page/page.js';
import { SettingsStore, type SettingKey, type Settings } from '../settings.js';
import { defineLauncher } from '../ui/launcher.js';
import type { Loaders, UiModule } from '../ui-module.js';
import { createFeatureContext, type MadeContext } from './context.js';
import { FeatureRunner } from './runner.js';
import { listenShortcuts } from './shortcuts.js';
import { ToolbarController } from './toolbar.js';
import { launcherButtons, listenTriggers, runLauncherAction } from './triggers.js';
import { onceParts, onceUi } from './ui-loader.js';

export type { ChangeListener };

export class WzaApp {
  readonly settings: SettingsStore;
  readonly t: Translation;
  readonly bus = new Bus();
  #page: Page;
  #config: Config;
  #runner: FeatureRunner;
  #toolbar: ToolbarController;
  #undos: Undo[] = [];
  #context: MadeContext;

  constructor(page: Page, config: Config, features: readonly RegistryEntry[], load: Loaders) {
    this.#page = page;
    this.#config = config;
    const ui = onceUi(load.ui);
    // Every use of the UI chunk goes through here: the features whose code it carries are made first.
    this.ui = () => ui().then((m) => this.#adopt(m));
    const part = onceParts(load.part, this.ui);
    this.t = translations[config.lang];
    this.settings = new SettingsStore(page.storage());
    this.#context = createFeatureContext({
      page,
      config,
      t: this.t,
      settings: this.settings,
      bus: this.bus,
      ui: () => this.ui(),
      part,
      app: this,
      toolbar: () => this.#toolbar,
    });
    this.#runner = new FeatureRunner(features, config, this.#context.ctx);
    this.#toolbar = new ToolbarController({
      page,
      config,
      t: this.t,
      settings: this.settings,
      ui: () => this.ui(),
      controls: () => this.#runner.controls(this.settings.value),
      shortcuts: () => this.#runner.shortcuts,
      onAction: (e) => runLauncherAction(e, this),
    });
  }

  /** Makes what the UI chunk carries, once: the speech service, the strings, then the features' code. */
  #adopt(ui: UiModule): UiModule {
    if (this.#context.adoptUi(ui)) this.#runner.adopt(ui.LATE_FEATURES, this.settings.value);
    return ui;
  }

  hasFeature(id: Feature['id']): boolean {
    return this.#runner.has(id);
  }

  /** The lit elements, loaded once on first use. A failed load can be retried. */
  readonly ui: () => Promise<UiModule>;

  start(): void {
    defineLauncher();
    const page = this.#page;
    const buttons = launcherButtons(page, this.#config, this.hasFeature('care'));
    if (buttons) this.#toolbar.mountLauncher(buttons.care, buttons.toolbar);
    this.#undos.push(
      listenTriggers(page, this),
      listenShortcuts(page, () => this.#runner.shortcuts),
      this.settings.subscribe((s, changed) => this.#handleChange(s, changed)),
    );
    this.#handleChange(this.settings.value, new Set(Object.keys(this.settings.value) as SettingKey[]));
  }

  /** Removes everything the widget added; the page is as it was before the script ran. */
  destroy(): void {
    this.#runner.undoAll();
    this.#toolbar.destroy();
    for (const undo of this.#undos.splice(0)) undo();
  }

  // ——— public API ———

  /** `opener` gets focus back on close; by default, what has focus now. */
  open(opener?: HTMLElement): void {
    this.#toolbar.open(opener);
  }

  close(): void {
    this.#toolbar.close();
  }

  set(patch: Partial<Settings>): void {
    this.settings.set(patch);
  }

  reset(): void {
    this.settings.reset();
    this.announce((t) => t.announce.reset);
  }

  /** 退出: every aid off and the toolbar closed. */
  exit(): void {
    this.#toolbar.toggleHelp(false);
    this.settings.reset(true);
    this.bus.emit('exit', undefined);
    this.#toolbar.restoreFocus();
  }

  subscribe(listener: ChangeListener): () => void {
    return this.settings.subscribe((s, changed) => listener(s, [...changed]));
  }

  /** A function of the translation is said only once the UI chunk, which brings its strings and its listeners, is there. */
  announce(said: Announcement): void {
    if (typeof said === 'function' && !this.#context.hasUi()) return;
    const text = typeof said === 'function' ? said(this.t) : said;
    this.#toolbar.setStatus(text);
    this.bus.emit('announce', text);
    this.#toolbar.render();
  }

  #handleChange(s: Readonly<Settings>, changed: ReadonlySet<SettingKey>): void {
    this.#runner.apply(s, changed);
    if (changed.has('toolbar')) this.#toolbar.follow(s.toolbar);
    this.#page.document.dispatchEvent(new WzaChangeEvent(s, [...changed]));
    this.#toolbar.render();
  }
}
