import { html, LitElement, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { WzaActionEvent } from '../events.js';
import { controlRuns, STEPPER_GROUPS, type ControlRun } from '../core/control-runs.js';
import type { Control as CoreControl, MenuControl as CoreMenuControl } from '../core/controls.js';
import type { IconName } from '../core/icon-paths.js';
import { HELP_TEXT } from '../i18n/help.js';
import { GROUP_NAMES } from '../i18n/toolbar-groups.js';
import type { Translation } from '../i18n/index.js';
import { icon } from './icons.js';
import { rovingIndex } from './roving.js';
import { flip, offset, positionInViewport, shift } from './viewport-position.js';
import { hostReset } from './shared.styles.js';
type Control = CoreControl<IconName>;
type MenuControl = CoreMenuControl<IconName>;
import { toolbarStyles } from './wza-toolbar.styles.js';

/** How long the result of an action stays visible under the bar. */
const STATUS_SHOWN_MS = 4000;

export interface ShortcutHelp {
  keys: string;
  label: string;
}

/**
 * The toolbar: one Tab stop, arrow keys (and Home/End) between controls, menus
 * for choices, a help panel, and a status line announcing each action's result.
 * It renders whatever controls the registry's features describe.
 *
 * @fires wza-action - `exit` when Escape is pressed with no menu or help open.
 * @fires wza-help-close - when the help panel's close button is pressed.
 * @cssprop --wza-bg - Background.
 * @cssprop --wza-fg - Text and icons.
 * @cssprop --wza-accent - Pressed control background.
 * @cssprop --wza-focus - Focus ring.
 */
export class WzaToolbar extends LitElement {
  static override get styles() {
    return [unsafeCSS(hostReset), toolbarStyles];
  }
  static override get properties() {
    return {
      t: { attribute: false },
      controls: { attribute: false },
      shortcuts: { attribute: false },
      status: { attribute: false },
      helpOpen: { attribute: false },
      canHighlight: { attribute: false },
      large: { type: Boolean, reflect: true },
      statusLeft: { type: Boolean, reflect: true, attribute: 'status-left' },
      focusIndex: { state: true },
      statusFaded: { state: true },
      openMenu: { state: true },
    };
  }

  declare t: Translation;
  declare controls: Control[];
  declare shortcuts: ShortcutHelp[];
  declare status: string;
  declare helpOpen: boolean;
  /** Whether this browser can highlight the sentence read aloud; the runtime sets it (the element never looks at the page). */
  declare canHighlight: boolean;
  declare large: boolean;
  /** The status note shows under the bar's left end: the launcher sits under its right end (data-position="right-top"). */
  declare statusLeft: boolean;
  /** The control holding the toolbar's single Tab stop. */
  declare focusIndex: number;
  /** Key of the control whose menu is open, or ''. */
  declare openMenu: string;
  /** The status note is shown for a while after each action, then only kept for screen readers. */
  declare statusFaded: boolean;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.controls = [];
    this.shortcuts = [];
    this.status = '';
    this.helpOpen = false;
    this.canHighlight = true;
    this.large = false;
    this.statusLeft = false;
    this.focusIndex = 0;
    this.openMenu = '';
    this.statusFaded = false;
  }

  /** Moves focus to the control with the Tab stop (used when the user opens the toolbar). */
  focusControl(): void {
    this.buttons()[this.focusIndex]?.focus();
  }

  override render() {
    if (!this.t) return nothing;
    const index = Math.min(this.focusIndex, Math.max(0, this.controls.length - 1));
    return html`<div class="bar" lang=${this.t.lang}>
        <div role="toolbar" aria-label=${this.t.toolbar.name} @keydown=${this.handleToolbarKeydown}>
          ${controlRuns(this.controls).map((run) => this.renderRun(run, this.controls[index]))}
        </div>
        <div role="status" aria-live="polite" class=${this.statusFaded ? 'faded' : ''}>${this.status}</div>
      </div>
      ${this.renderMenu()} ${this.helpOpen ? this.renderHelp() : nothing}`;
  }

  /**
   * A group's controls in one box: a stepper's two buttons show their icons only, under a caption
   * with the group's name and level ("文字 125%"); each button keeps its own full name. The caption
   * is hidden from assistive technology: the group's name and the buttons' names already say it.
   */
  private renderRun(run: ControlRun<Control>, tabStop: Control | undefined) {
    const controls = run.controls.map((c) =>
      this.renderControl(c, c === tabStop, run.group !== undefined && STEPPER_GROUPS.has(run.group)),
    );
    if (!run.group) return controls;
    const name = GROUP_NAMES[this.t.lang][run.group];
    if (!STEPPER_GROUPS.has(run.group))
      return html`<div role="group" class="group" data-group=${run.group} aria-label=${name}>${controls}</div>`;
    const value = run.controls.find((c) => c.value)?.value;
    return html`<div role="group" class="group stepper" data-group=${run.group} aria-label=${name}>
      <span class="caption" aria-hidden="true">${name}${value ? html` <span class="value">${value}</span>` : nothing}</span>
      <div class="steps">${controls}</div>
    </div>`;
  }

  private renderControl(control: Control, tabbable: boolean, iconOnly = false) {
    const isMenu = control.type === 'menu';
    const noteId = `note-${control.key}`;
    return html`<button
      type="button"
      class="control"
      data-control=${control.key}
      tabindex=${tabbable ? '0' : '-1'}
      aria-pressed=${control.type === 'button' && control.pressed !== undefined ? String(control.pressed) : nothing}
      aria-haspopup=${isMenu ? 'menu' : nothing}
      aria-expanded=${isMenu ? String(this.openMenu === control.key) : nothing}
      aria-disabled=${control.disabled ? 'true' : nothing}
      aria-keyshortcuts=${control.shortcut ?? nothing}
      aria-describedby=${control.note ? noteId : nothing}
      title=${control.note ?? (control.shortcut ? `${control.label} (${control.shortcut})` : control.label)}
      @click=${() => this.handleActivate(control)}
    >
      ${icon(control.icon)}<span class=${iconOnly ? 'visually-hidden' : 'label'}>${control.label}</span>${
        control.value ? html`<span class=${iconOnly ? 'visually-hidden' : 'value'}>${control.value}</span>` : nothing
      }
      ${control.note ? html`<span id=${noteId} class="visually-hidden">${control.note}</span>` : nothing}
    </button>`;
  }

  private renderMenu() {
    const control = this.controls.find((c): c is MenuControl => c.type === 'menu' && c.key === this.openMenu);
    if (!control) return nothing;
    return html`<div role="menu" aria-label=${control.label} @keydown=${this.handleMenuKeydown} @focusout=${this.handleMenuFocusout}>
      ${control.options.map(
        (o) =>
          html`<div
            role=${o.checked === undefined ? 'menuitem' : 'menuitemradio'}
            tabindex="-1"
            aria-checked=${o.checked === undefined ? nothing : String(o.checked)}
            data-value=${o.value}
            @click=${() => this.handleSelect(control, o.value)}
          >
            ${icon('check')}<span>${o.label}</span>
          </div>`,
      )}
    </div>`;
  }

  private renderHelp() {
    const help = HELP_TEXT[this.t.lang];
    return html`<section class="help" role="region" aria-labelledby="help-title" @keydown=${this.handleHelpKeydown}>
      <h2 id="help-title">${help.title}</h2>
      <p>${help.intro}</p>
      <h3>${help.shortcutsHeading}</h3>
      <dl>
        ${this.shortcuts.map(
          (s) =>
            html`<dt>${s.keys}</dt>
              <dd>${s.label}</dd>`,
        )}
        <dt>Esc</dt>
        <dd>${this.t.controls.exit}</dd>
      </dl>
      ${this.canHighlight ? nothing : html`<p>${help.noHighlight}</p>`}
      <p>${help.notCompliance}</p>
      <button type="button" @click=${this.handleHelpClose}>${help.close}</button>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') && this.status) {
      this.statusFaded = false;
      clearTimeout(this.statusTimer);
      this.statusTimer = setTimeout(() => (this.statusFaded = true), STATUS_SHOWN_MS);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.statusTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('openMenu') && this.openMenu) void this.positionMenu();
  }

  private buttons(): HTMLButtonElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.control') ?? [])];
  }

  private menuItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitemradio"], [role="menuitem"]')];
  }

  private async positionMenu(): Promise<void> {
    const button = this.renderRoot.querySelector<HTMLElement>(`button[data-control="${this.openMenu}"]`);
    const menu = this.renderRoot.querySelector<HTMLElement>('[role="menu"]');
    if (!button || !menu) return;
    const items = this.menuItems();
    (items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
    const { x, y } = await positionInViewport(button, menu, {
      placement: 'bottom-start',
      middleware: [offset(4), flip(), shift({ padding: 8 })],
    });
    // CSSOM property writes are allowed under a strict style-src CSP (unlike style attributes).
    menu.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  private handleActivate(control: Control) {
    this.focusIndex = this.controls.indexOf(control);
    if (control.disabled) return;
    if (control.type === 'menu') {
      this.openMenu = this.openMenu === control.key ? '' : control.key;
      return;
    }
    this.openMenu = '';
    control.activate();
  }

  private handleSelect(control: MenuControl, value: string) {
    this.closeMenu();
    control.select(value);
  }

  private closeMenu() {
    const key = this.openMenu;
    this.openMenu = '';
    this.renderRoot.querySelector<HTMLElement>(`button[data-control="${key}"]`)?.focus();
  }

  private handleMenuFocusout(event: FocusEvent) {
    const menu = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && menu.contains(event.relatedTarget)) return;
    // Focus left the menu (Tab, or a click elsewhere): close it without pulling focus back.
    if (event.relatedTarget) this.openMenu = '';
  }

  private handleToolbarKeydown(event: KeyboardEvent) {
    const buttons = this.buttons();
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const control = this.controls[current];
    if (event.key === 'ArrowDown' && control?.type === 'menu' && !control.disabled) {
      event.preventDefault();
      this.openMenu = control.key;
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (this.helpOpen) this.handleHelpClose();
      else this.dispatchEvent(new WzaActionEvent('exit'));
      return;
    }
    const next = rovingIndex(event.key, current, buttons.length, 'horizontal');
    if (next === null) return;
    event.preventDefault();
    this.focusIndex = next;
    buttons[next]?.focus();
  }

  private handleMenuKeydown(event: KeyboardEvent) {
    const items = this.menuItems();
    const current = items.indexOf(event.target as HTMLElement);
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        items[current]?.click();
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.closeMenu();
        return;
      case 'Tab':
        this.openMenu = '';
        return;
    }
    const next = rovingIndex(event.key, current, items.length, 'vertical');
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  }

  private handleHelpKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.handleHelpClose();
  }

  private handleHelpClose() {
    this.dispatchEvent(new Event('wza-help-close', { bubbles: true, composed: true }));
    this.buttons()
      .find((b) => b.dataset.control === 'help')
      ?.focus();
  }
}
