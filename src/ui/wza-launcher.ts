import type { Position } from '../config.js';
import { WzaActionEvent } from '../events.js';
import type { Translation } from '../i18n/index.js';
import { ACCESS_ICON, CARE_ICON, svgIcon } from '../core/svg-icon.js';
import { constructableSheets, nonceStyle } from '../core/sheets.js';
import { hostReset } from './shared.styles.js';
import { launcherStyles } from './wza-launcher.styles.js';

let launcherSheet: CSSStyleSheet | null = null;

/**
 * The corner launcher: 关怀版 and 无障碍 buttons. Either is left out when the site
 * has its own trigger for it (`data-wza-trigger`).
 *
 * Written without lit on purpose: it is the only element every page loads at
 * start, and keeping lit out of dist/wza.js keeps the start-up script small
 * (SPEC §6). The toolbar and the other elements load with lit on first use.
 *
 * It never reaches for the host page: it builds its nodes with its own ownerDocument and
 * takes the CSP nonce from the runtime in setup().
 *
 * @fires wza-action - `care` or `toolbar` when a button is pressed.
 * @cssprop --wza-accent - Button background.
 * @cssprop --wza-accent-fg - Button text.
 */
export class WzaLauncher extends HTMLElement {
  #t: Translation | null = null;
  #showCare = true;
  #showToolbar = true;
  #nonce = '';
  #careButton: HTMLButtonElement | null = null;
  #toolbarButton: HTMLButtonElement | null = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if (constructableSheets(root)) {
      launcherSheet ??= new CSSStyleSheet();
      if (!launcherSheet.cssRules.length) launcherSheet.replaceSync(hostReset + launcherStyles);
      root.adoptedStyleSheets = [launcherSheet];
    }
  }

  /** Sets what to show, once, before the element is mounted; `nonce` is our script's CSP nonce, for the <style> fallback. */
  setup(t: Translation, position: Position, showCare: boolean, showToolbar: boolean, nonce = ''): void {
    this.#t = t;
    this.#nonce = nonce;
    this.#showCare = showCare;
    this.#showToolbar = showToolbar;
    this.setAttribute('position', position);
    this.#render();
  }

  set careOn(on: boolean) {
    this.#careButton?.setAttribute('aria-pressed', String(on));
  }

  set toolbarOpen(open: boolean) {
    this.#toolbarButton?.setAttribute('aria-expanded', String(open));
  }

  set large(large: boolean) {
    this.toggleAttribute('large', large);
  }

  /** The 无障碍 button, to give focus back to when the toolbar closes. */
  get toolbarButton(): HTMLButtonElement | null {
    return this.#toolbarButton;
  }

  #render(): void {
    const root = this.shadowRoot!;
    const t = this.#t;
    // Without constructable sheets (Safari < 16.4, some WebViews) the styles are a <style> with our CSP nonce.
    root.replaceChildren(...(constructableSheets(root) ? [] : [nonceStyle(this.ownerDocument, hostReset + launcherStyles, this.#nonce)]));
    this.#careButton = this.#toolbarButton = null;
    if (!t || (!this.#showCare && !this.#showToolbar)) return;
    const doc = this.ownerDocument;
    const group = doc.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', t.launcher.group);
    if (this.#showCare) {
      this.#careButton = this.#button(t.launcher.care, 'care', () => this.dispatchEvent(new WzaActionEvent('care')));
      this.#careButton.setAttribute('aria-pressed', 'false');
      group.append(this.#careButton);
    }
    if (this.#showToolbar) {
      this.#toolbarButton = this.#button(t.launcher.toolbar, 'access', () => this.dispatchEvent(new WzaActionEvent('toolbar')));
      this.#toolbarButton.setAttribute('aria-expanded', 'false');
      this.#toolbarButton.setAttribute('aria-keyshortcuts', 'Alt+A');
      group.append(this.#toolbarButton);
    }
    root.append(group);
  }

  #button(label: string, iconName: 'care' | 'access', onClick: () => void): HTMLButtonElement {
    const doc = this.ownerDocument;
    const button = doc.createElement('button');
    button.type = 'button';
    const text = doc.createElement('span');
    text.textContent = label;
    button.append(svgIcon(doc, iconName === 'care' ? CARE_ICON : ACCESS_ICON), text);
    button.addEventListener('click', onClick);
    return button;
  }
}
