/**
 * The runtime, put together: settings → features → page. WzaApp owns the
 * settings store and wires its parts, each with one job: the feature runner
 * (runner.ts), the toolbar controller (toolbar.ts), the shortcuts (shortcuts.ts)
 * and the site's triggers (triggers.ts). It serves the public API (api.ts).
 */
import type { ChangeListener } from '../api-types.js';
import { Bus } from '../bus.js';
import type { Config } from '../config.js';
import { WzaActionEvent, WzaChangeEvent } from '../events.js';
import type { Control, Feature, FeatureContext, RegistryEntry } from '../features/feature.js';
import { translations, type Translation } from '../i18n/index.js';
import type { Page, Undo } from '../page/page.js';
import type { SpeechService } from '../page/speech/hub.js';
import { SettingsStore, type SettingKey, type Settings } from '../settings.js';
import { defineLauncher } from '../ui/launcher.js';
import type { Loaders, UiModule } from '../ui-module.js';
import { FeatureRunner } from './runner.js';
import { listenShortcuts } from './shortcuts.js';
import { ToolbarController } from './toolbar.js';
import { listenTriggers } from './triggers.js';
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
  #speech: SpeechService | null = null;

  constructor(page: Page, config: Config, features: readonly RegistryEntry[], load: Loaders) {
    this.#page = page;
    this.#config = config;
    const ui = onceUi(load.ui);
    // Every use of the UI chunk goes through here: the features whose code it carries are made first.
    this.ui = () => ui().then((m) => this.#adopt(m));
    const part = onceParts(load.part, this.ui);
    this.t = translations[config.lang];
    this.settings = new SettingsStore(page.storage());
    const app = this;
    const ctx: FeatureContext = {
      page,
      settings: this.settings,
      config,
      t: this.t,
      bus: this.bus,
      announce: (text) => this.announce(text),
      // Optional chaining: a feature may ask before the toolbar controller exists.
      requestRender: () => this.#toolbar?.render(),
      ui: () => this.ui(),
      part: (id) => part(id) as never,
      // Made with the UI chunk, which carries it; only the features made from that chunk use it.
      get speech() {
        return app.#speech!;
      },
      actions: {
        reset: () => this.reset(),
        exit: () => this.exit(),
        toggleHelp: () => this.#toolbar.toggleHelp(),
        openToolbar: () => (this.settings.value.toolbar ? void this.#toolbar.focus() : this.open()),
        closeToolbar: () => this.close(),
      },
    };
    this.#runner = new FeatureRunner(features, config, ctx);
    this.#toolbar = new ToolbarController({
      page,
      config,
      t: this.t,
      settings: this.settings,
      ui: () => this.ui(),
      controls: () => this.controls(),
      shortcuts: () => this.#runner.shortcuts,
      onAction: (e) => this.#handleAction(e),
    });
  }

  /** Makes the speech service and the features whose code the UI chunk carries, once. */
  #adopt(ui: UiModule): UiModule {
    if (this.#speech) return ui;
    this.#speech = ui.createSpeechService({
      page: this.#page,
      config: this.#config,
      speechRate: () => this.settings.value.speechRate,
      voice: () => this.settings.value.voice,
      messages: () => this.t.speech,
      announce: (text) => this.announce(text),
      requestRender: () => this.#toolbar?.render(),
    });
    this.#runner.adopt(ui.LATE_FEATURES, this.settings.value);
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
    const triggersToolbar = page.triggers('toolbar').length > 0;
    const showCare = this.hasFeature('care') && page.triggers('care').length === 0;
    // data-launcher="none": the site's own triggers, Alt+A and the JS API only.
    if (this.#config.launcher !== 'none' && (!triggersToolbar || showCare)) this.#toolbar.mountLauncher(showCare, !triggersToolbar);
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

  /** 关怀版 on or off, and said. */
  toggleCare(): void {
    this.settings.set({ care: !this.settings.value.care });
    this.announce(this.settings.value.care ? this.t.announce.careOn : this.t.announce.careOff);
  }

  /** 繁體 on or off (the site's own 繁體 link), and said. */
  toggleTraditional(): void {
    const on = !this.settings.value.traditional;
    this.settings.set({ traditional: on });
    this.announce(this.t.announce[on ? 'on' : 'off'](this.t.controls.traditional));
  }

  close(): void {
    this.#toolbar.close();
  }

  set(patch: Partial<Settings>): void {
    this.settings.set(patch);
  }

  reset(): void {
    this.settings.reset();
    this.announce(this.t.announce.reset);
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

  announce(text: string): void {
    this.#toolbar.setStatus(text);
    this.bus.emit('announce', text);
    this.#toolbar.render();
  }

  /** The toolbar's controls for the current settings, in registry order. */
  controls(): Control[] {
    return this.#runner.controls(this.settings.value);
  }

  #handleChange(s: Readonly<Settings>, changed: ReadonlySet<SettingKey>): void {
    this.#runner.apply(s, changed);
    if (changed.has('toolbar')) this.#toolbar.follow(s.toolbar);
    this.#page.document.dispatchEvent(new WzaChangeEvent(s, [...changed]));
    this.#toolbar.render();
  }

  #handleAction(event: WzaActionEvent): void {
    event.stopPropagation();
    switch (event.action) {
      case 'care':
        this.toggleCare();
        break;
      case 'toolbar':
        if (this.settings.value.toolbar) this.close();
        else this.open();
        break;
      case 'exit':
        this.exit();
        break;
    }
  }
}
