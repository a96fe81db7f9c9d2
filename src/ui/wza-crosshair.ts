import { html, unsafeCSS } from 'lit';
import { WzaAidElement } from './aid-element.js';
import { hostReset } from './shared.styles.js';
import crosshairCss from './wza-crosshair.css?inline';

/**
 * 十字光标: a horizontal and a vertical line across the whole viewport through a
 * point. Purely visual: it takes no pointer events, is hidden from assistive
 * technology, and is moved with `transform` only (no layout), once per frame by
 * its feature.
 *
 * @cssprop --wza-crosshair - Colour of the lines' core (default a strong red).
 */
export class WzaCrosshair extends WzaAidElement {
  static override get styles() {
    return [unsafeCSS(hostReset), unsafeCSS(crosshairCss)];
  }

  #h: HTMLElement | null = null;
  #v: HTMLElement | null = null;

  override render() {
    return html`<div class="line h" part="horizontal"></div>
      <div class="line v" part="vertical"></div>`;
  }

  protected override firstUpdated(): void {
    this.#h = this.renderRoot.querySelector('.h');
    this.#v = this.renderRoot.querySelector('.v');
    if (this.#at) this.moveTo(this.#at.x, this.#at.y);
  }

  /** The last point asked for, kept until the lines exist (the first frame can come before the first render). */
  #at: { x: number; y: number } | null = null;

  /** Puts the lines' crossing at viewport point (x, y); null hides them. */
  moveTo(x: number | null, y = 0): void {
    if (x === null) {
      this.#at = null;
      this.setActive(false);
      return;
    }
    this.#at = { x, y };
    if (!this.#h || !this.#v) return;
    // The 2 px lines are centred on the point: -1 px.
    this.#h.style.transform = `translate3d(0, ${y - 1}px, 0)`;
    this.#v.style.transform = `translate3d(${x - 1}px, 0, 0)`;
    this.setActive(true);
  }
}
