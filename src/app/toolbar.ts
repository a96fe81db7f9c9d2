/**
 * The toolbar controller: the launcher, opening and closing the toolbar (it
 * loads on first use), focus in and back out, help and the status note. The
 * toolbar element itself is put on the page by the UI chunk's view
 * (toolbar-view.ts), to which this hands what to show.
 */
import type { Config } from '../config.js';
import type { Shortcut } from '../core/controls.js';
import { WzaActionEvent } from '../events.js';
import type { Control } from '../features/feature.js';
import type { Translation } from '../i18n/index.js';
import type { Page, Undo } from '../page/page.js';
import { styleNonce } from '../page/page-styles.js';
import type { SettingsStore } from '../settings.js';
import type { WzaLauncher } from '../ui/launcher.js';
import type { UiModule } from '../ui-module.js';
import type { ToolbarState, ToolbarView } from './toolbar-view.js';

export interface ToolbarDeps {
  page: Page;
  config: Config;
  t: Translation;
  settings: SettingsStore;
  ui(): Promise<UiModule>;
  controls(): Control[];
  shortcuts(): readonly Shortcut[];
  onAction(event: WzaActionEvent): void;
}

export class ToolbarController {
  #d: ToolbarDeps;
  #launcher: WzaLauncher | null = null;
  #view: ToolbarView | null = null;
  #unmountLauncher: Undo | null = null;
  #loading: Promise<void> | null = null;
  /** What had focus when the toolbar opened, to give focus back on close. */
  #opener: HTMLElement | null = null;
  #helpOpen = false;
  #status = '';

  constructor(deps: ToolbarDeps) {
    this.#d = deps;
  }

  /** Puts the launcher on the page, with the buttons the site's own triggers do not already provide. */
  mountLauncher(showCare: boolean, showToolbarButton: boolean): void {
    const launcher = this.#d.page.document.createElement('wza-launcher') as WzaLauncher;
    launcher.setup(this.#d.t, this.#d.config.position, showCare, showToolbarButton, styleNonce);
    launcher.addEventListener(WzaActionEvent.type, (e) => this.#d.onAction(e));
    this.#launcher = launcher;
    this.#unmountLauncher = this.#d.page.mount(launcher);
  }

  open(opener: HTMLElement | null = (this.#d.page.activeElement() as HTMLElement | null) ?? null): void {
    this.#opener = opener;
    this.#d.settings.set({ toolbar: true });
    void this.focus();
  }

  close(): void {
    this.#d.settings.set({ toolbar: false });
    this.restoreFocus();
  }

  /** Follows the `toolbar` setting: loads and shows the toolbar, or takes it away. */
  follow(open: boolean): void {
    if (open) void this.#show();
    else this.#hide();
  }

  /** The result of the last action, shown at the next render. */
  setStatus(text: string): void {
    this.#status = text;
  }

  toggleHelp(open = !this.#helpOpen): void {
    this.#helpOpen = open;
    this.render();
  }

  async focus(): Promise<void> {
    await this.#loading;
    await this.#view?.focus();
  }

  restoreFocus(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected && typeof opener.focus === 'function') opener.focus();
  }

  render(): void {
    const s = this.#d.settings.value;
    if (this.#launcher) {
      this.#launcher.careOn = s.care;
      this.#launcher.toolbarOpen = s.toolbar;
      this.#launcher.large = s.care;
    }
    this.#view?.render(this.#state());
  }

  destroy(): void {
    this.#hide();
    this.#unmountLauncher?.();
    this.#unmountLauncher = null;
    this.#launcher = null;
  }

  #state(): ToolbarState {
    return {
      controls: this.#d.controls(),
      status: this.#status,
      large: this.#d.settings.value.care,
      helpOpen: this.#helpOpen,
      // A shortcut without a label is shown on another's line (Alt+1 … Alt+6 share one).
      shortcuts: this.#d
        .shortcuts()
        .filter((s) => s.label)
        .map(({ keys, label }) => ({ keys, label })),
    };
  }

  /** Loads the toolbar on first use, then shows it; resolves once it is on the page. */
  #show(): Promise<void> {
    this.#loading ??= this.#d.ui().then(
      (ui) => {
        this.#loading = null;
        if (this.#d.settings.value.toolbar && !this.#view)
          this.#view = ui.mountToolbarView(this.#d.page, {
            t: this.#d.t,
            // The status note shows under the bar's right end, where a right-top launcher sits: it goes left then.
            statusLeft: this.#launcher !== null && this.#d.config.position === 'right-top',
            onAction: (e) => this.#d.onAction(e),
            onHelpClose: () => this.toggleHelp(false),
            state: this.#state(),
          });
      },
      (error: unknown) => {
        this.#loading = null;
        console.warn('[wza] the toolbar could not be loaded:', error);
        this.#d.settings.set({ toolbar: false });
      },
    );
    return this.#loading;
  }

  #hide(): void {
    this.#view?.unmount();
    this.#view = null;
    this.#helpOpen = false;
  }
}
