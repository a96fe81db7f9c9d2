/**
 * The runtime: settings → features → page. It owns the settings store, creates
 * every registered feature, applies and undoes their page changes as settings
 * change, mounts the launcher and toolbar, and serves the public API.
 */
import { Bus } from './bus.js';
import { canHighlight } from './core/highlight-support.js';
import type { Config } from './config.js';
import { WzaActionEvent, WzaChangeEvent } from './events.js';
import type { Applied, Control, Feature, FeatureContext, FeatureInstance, Shortcut } from './features/feature.js';
import { translations, type Translation } from './i18n/index.js';
import type { Page, Undo } from './page/page.js';
import { styleNonce } from './page/page-styles.js';
import { SettingsStore, type SettingKey, type Settings } from './settings.js';
import { defineLauncher, type WzaLauncher } from './ui/launcher.js';
import type { WzaToolbar } from './ui/wza-toolbar.js';
import type { LoadUi, UiModule } from './ui-module.js';

interface Running {
  instance: FeatureInstance;
  applied: Applied | null;
}

export type ChangeListener = (settings: Readonly<Settings>, changed: readonly SettingKey[]) => void;

export class WzaApp {
  readonly settings: SettingsStore;
  readonly t: Translation;
  readonly bus = new Bus();
  #page: Page;
  #config: Config;
  #features: { feature: Feature; running: Running }[] = [];
  #launcher: WzaLauncher | null = null;
  #toolbar: WzaToolbar | null = null;
  #undos: Undo[] = [];
  #unmountToolbar: Undo | null = null;
  #reserved: { set(h: number): void; remove(): void } | null = null;
  #resizeObserver: ResizeObserver | null = null;
  /** What had focus when the toolbar opened, to give focus back on close. */
  #opener: HTMLElement | null = null;
  #helpOpen = false;
  #status = '';
  #shortcuts: Shortcut[] = [];
  #loadUi: LoadUi;
  #ui: Promise<UiModule> | null = null;

  constructor(page: Page, config: Config, features: readonly Feature[], loadUi: LoadUi) {
    this.#page = page;
    this.#config = config;
    this.#loadUi = loadUi;
    this.t = translations[config.lang];
    this.settings = new SettingsStore(page.storage());
    const ctx: FeatureContext = {
      page,
      settings: this.settings,
      config,
      t: this.t,
      bus: this.bus,
      announce: (text) => this.announce(text),
      requestRender: () => this.#render(),
      ui: () => this.ui(),
      actions: {
        reset: () => this.reset(),
        exit: () => this.exit(),
        toggleHelp: () => this.#toggleHelp(),
        openToolbar: () => this.open(),
        closeToolbar: () => this.close(),
      },
    };
    for (const feature of features) {
      if (!this.isEnabled(feature)) continue;
      this.#features.push({ feature, running: { instance: feature.create(ctx), applied: null } });
    }
    this.#shortcuts = [
      {
        code: 'KeyA',
        keys: 'Alt+A',
        label: this.t.help.openToolbar,
        run: () => (this.settings.value.toolbar ? this.#focusToolbar() : this.open()),
      },
      ...this.#features.flatMap(({ running }) => running.instance.shortcuts ?? []),
    ];
  }

  /** Whether `data-features` lets this feature show (built-ins always do). */
  isEnabled(feature: Feature): boolean {
    return feature.id === 'reset' || feature.id === 'help' || feature.id === 'exit' || this.#config.features.has(feature.id);
  }

  hasFeature(id: Feature['id']): boolean {
    return this.#features.some((f) => f.feature.id === id);
  }

  /** The lit elements, loaded once on first use. A failed load can be retried. */
  ui(): Promise<UiModule> {
    this.#ui ??= this.#loadUi().then(
      (ui) => {
        ui.defineElements();
        return ui;
      },
      (error: unknown) => {
        this.#ui = null;
        throw error;
      },
    );
    return this.#ui;
  }

  start(): void {
    defineLauncher();
    const page = this.#page;
    const triggersToolbar = page.triggers('toolbar').length > 0;
    const triggersCare = page.triggers('care').length > 0;
    const showCare = this.hasFeature('care') && !triggersCare;
    if (!triggersToolbar || showCare) {
      const launcher = page.document.createElement('wza-launcher') as WzaLauncher;
      launcher.setup(this.t, this.#config.position, showCare, !triggersToolbar, styleNonce);
      launcher.addEventListener(WzaActionEvent.type, (e) => this.#handleAction(e));
      this.#launcher = launcher;
      this.#undos.push(page.mount(launcher));
    }
    this.#undos.push(
      page.listen('document', 'click', (e) => this.#handleTriggerClick(e)),
      page.listen('document', 'keydown', (e) => this.#handleShortcut(e), { capture: true }),
      this.settings.subscribe((s, changed) => this.#handleChange(s, changed)),
    );
    this.#handleChange(this.settings.value, new Set(Object.keys(this.settings.value) as SettingKey[]));
  }

  /** Removes everything the widget added; the page is as it was before the script ran. */
  destroy(): void {
    for (const { running } of this.#features) {
      running.applied?.undo();
      running.applied = null;
    }
    this.#closeToolbarElement();
    for (const undo of this.#undos.splice(0)) undo();
    this.#launcher = null;
  }

  // ——— public API ———

  open(): void {
    this.#opener = (this.#page.activeElement() as HTMLElement | null) ?? null;
    this.settings.set({ toolbar: true });
    void this.#focusToolbar();
  }

  close(): void {
    this.settings.set({ toolbar: false });
    this.#restoreFocus();
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
    this.#helpOpen = false;
    this.settings.reset(true);
    this.#restoreFocus();
  }

  subscribe(listener: ChangeListener): () => void {
    return this.settings.subscribe((s, changed) => listener(s, [...changed]));
  }

  announce(text: string): void {
    this.#status = text;
    this.bus.emit('announce', text);
    this.#render();
  }

  /** The toolbar's controls for the current settings, in registry order. */
  controls(): Control[] {
    const s = this.settings.value;
    return this.#features.flatMap(({ running }) => running.instance.controls?.(s) ?? []);
  }

  get shortcuts(): readonly Shortcut[] {
    return this.#shortcuts;
  }

  // ——— internals ———

  #handleChange(s: Readonly<Settings>, changed: ReadonlySet<SettingKey>): void {
    for (const { feature, running } of this.#features) {
      const { instance } = running;
      if (!instance.apply) continue;
      const on = instance.isOn ? instance.isOn(s) : true;
      try {
        if (on && !running.applied) running.applied = instance.apply(s);
        else if (on && running.applied && instance.uses?.some((k) => changed.has(k))) running.applied.update?.(s);
        else if (!on && running.applied) {
          running.applied.undo();
          running.applied = null;
        }
      } catch (error) {
        // One broken feature must not take the page or the other features down.
        console.warn(`[wza] ${feature.id} failed:`, error);
      }
    }
    if (changed.has('toolbar')) {
      if (s.toolbar) void this.#openToolbarElement();
      else this.#closeToolbarElement();
    }
    this.#page.document.dispatchEvent(new WzaChangeEvent(s, [...changed]));
    this.#render();
  }

  #toolbarLoading: Promise<void> | null = null;

  /** Loads the toolbar on first use, then shows it; resolves once it is on the page. */
  #openToolbarElement(): Promise<void> {
    this.#toolbarLoading ??= this.ui().then(
      (ui) => {
        this.#toolbarLoading = null;
        if (this.settings.value.toolbar) this.#showToolbar(ui);
      },
      (error: unknown) => {
        this.#toolbarLoading = null;
        console.warn('[wza] the toolbar could not be loaded:', error);
        this.settings.set({ toolbar: false });
      },
    );
    return this.#toolbarLoading;
  }

  #showToolbar(ui: UiModule): void {
    if (this.#toolbar) return;
    const toolbar = this.#page.document.createElement('wza-toolbar') as WzaToolbar;
    toolbar.t = this.t;
    toolbar.canHighlight = canHighlight(this.#page.window);
    toolbar.addEventListener(WzaActionEvent.type, (e) => this.#handleAction(e));
    toolbar.addEventListener('wza-help-close', () => this.#toggleHelp(false));
    this.#toolbar = toolbar;
    this.#render();
    this.#unmountToolbar = this.#page.mount(toolbar);
    this.#reserved = ui.reserveTop(this.#page, toolbar.getBoundingClientRect().height);
    if (typeof ResizeObserver === 'function') {
      this.#resizeObserver = new ResizeObserver(() => this.#reserved?.set(toolbar.getBoundingClientRect().height));
      this.#resizeObserver.observe(toolbar);
    }
  }

  #closeToolbarElement(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#reserved?.remove();
    this.#reserved = null;
    this.#unmountToolbar?.();
    this.#unmountToolbar = null;
    this.#toolbar = null;
    this.#helpOpen = false;
  }

  #render(): void {
    const s = this.settings.value;
    if (this.#launcher) {
      this.#launcher.careOn = s.care;
      this.#launcher.toolbarOpen = s.toolbar;
      this.#launcher.large = s.care;
    }
    if (this.#toolbar) {
      this.#toolbar.controls = this.controls();
      this.#toolbar.status = this.#status;
      this.#toolbar.large = s.care;
      this.#toolbar.helpOpen = this.#helpOpen;
      this.#toolbar.shortcuts = this.#shortcuts.map(({ keys, label }) => ({ keys, label }));
    }
  }

  async #focusToolbar(): Promise<void> {
    await this.#toolbarLoading;
    const toolbar = this.#toolbar;
    if (!toolbar) return;
    await toolbar.updateComplete;
    toolbar.focusControl();
  }

  #restoreFocus(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected && typeof opener.focus === 'function') opener.focus();
  }

  #toggleHelp(open = !this.#helpOpen): void {
    this.#helpOpen = open;
    this.#render();
  }

  #handleAction(event: WzaActionEvent): void {
    event.stopPropagation();
    switch (event.action) {
      case 'care':
        this.settings.set({ care: !this.settings.value.care });
        this.announce(this.settings.value.care ? this.t.announce.careOn : this.t.announce.careOff);
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

  #handleTriggerClick(event: MouseEvent): void {
    const trigger = this.#page.triggerOf(event.target);
    if (!trigger) return;
    // A trigger is usually <a href="#">: following it would jump to the top of the page.
    event.preventDefault();
    if (trigger.kind === 'care') {
      if (!this.hasFeature('care')) return;
      this.#handleAction(new WzaActionEvent('care'));
    } else if (this.settings.value.toolbar) {
      this.close();
    } else {
      this.open();
      if (trigger.element instanceof HTMLElement) this.#opener = trigger.element;
    }
  }

  #handleShortcut(event: KeyboardEvent): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (this.#page.isTyping(event.composedPath()[0] ?? event.target)) return;
    const shortcut = this.#shortcuts.find((s) => s.code === event.code);
    if (!shortcut) return;
    event.preventDefault();
    shortcut.run();
  }
}
