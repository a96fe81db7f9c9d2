import { css, html, unsafeCSS } from 'lit';
import { WzaAidElement } from './aid-element.js';
import { hostReset } from './shared.styles.js';

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
    return [
      unsafeCSS(hostReset),
      css`
        :host {
          position: fixed !important;
          /* the whole viewport; no inset (Chromium 87) */
          top: 0 !important;
          left: 0 !important;
          z-index: 2147483646 !important;
          pointer-events: none !important;
          overflow: hidden !important;
          contain: strict !important;
          width: 100% !important;
          height: 100% !important;
          margin: 0 !important;
        }
        .line {
          position: absolute;
          top: 0;
          left: 0;
          will-change: transform;
          /* Two-tone: a red core between a white and a black edge shows on any background. */
          background: var(--wza-crosshair, #e00000);
          box-shadow:
            0 0 0 1px #ffffff,
            0 0 0 2px #000000;
        }
        .h {
          width: 100%;
          height: 2px;
        }
        .v {
          width: 2px;
          height: 100%;
        }
        :host(:not([active])) .line {
          visibility: hidden;
        }
      `,
    ];
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
