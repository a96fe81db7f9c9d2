import { css, html, unsafeCSS } from 'lit';
import { WzaAidElement } from './aid-element.js';
import { hostReset } from './shared.styles.js';

/**
 * 大字幕: a bar fixed at the bottom of the viewport showing, in large type, the
 * text under the pointer or focus, or the sentence being read aloud. Its height
 * does not change with its text (two lines, clamped), so the room the page keeps
 * for it stays put while the pointer moves. Visual only: hidden from assistive
 * technology, which reads the page and speech itself; clicks go through.
 *
 * @cssprop --wza-fg - Text.
 * @cssprop --wza-bg - Background.
 * @cssprop --wza-border - Top edge.
 */
export class WzaCaptions extends WzaAidElement {
  static override get styles() {
    return [
      unsafeCSS(hostReset),
      css`
        :host {
          position: fixed !important;
          left: 0 !important;
          right: 0 !important;
          bottom: 0 !important;
          top: auto !important;
          z-index: 2147483645 !important;
          pointer-events: none !important;
          margin: 0 !important;
          width: auto !important;
          background: var(--_bg) !important;
          border-top: 3px solid var(--_border) !important;
          box-shadow: 0 -2px 8px rgb(0 0 0 / 25%) !important;
        }
        .text {
          box-sizing: content-box;
          /* Two lines always: the bar keeps one height whatever it shows. */
          height: calc(2em * 1.35);
          /* vertical room as margin: overflow clips at the padding edge, so vertical
           padding would show a sliver of a clamped third line */
          margin: 10px auto 12px;
          padding: 0 96px;
          max-width: 60em;
          font-size: 32px;
          line-height: 1.35;
          font-weight: 600;
          text-align: center;
          color: var(--_fg);
          overflow: hidden;
          display: -webkit-box;
          -webkit-box-orient: vertical;
          -webkit-line-clamp: 2;
          overflow-wrap: anywhere;
        }
        :host([large]) .text {
          font-size: 40px;
        }
        @media (max-width: 640px) {
          .text {
            /* longhands, not padding-inline (Chromium 87) */
            padding-left: 12px;
            padding-right: 76px;
          }
        }
      `,
    ];
  }

  #box: HTMLElement | null = null;
  #text = '';

  override render() {
    return html`<div class="text" part="text"></div>`;
  }

  protected override firstUpdated(): void {
    this.#box = this.renderRoot.querySelector('.text');
    if (this.#box) this.#box.textContent = this.#text;
  }

  /** Shows page text (as text, never HTML); `reading` marks the sentence read aloud. */
  show(text: string, reading = false): void {
    this.toggleAttribute('reading', reading);
    if (text === this.#text) return;
    this.#text = text;
    if (this.#box) this.#box.textContent = text;
  }

  get text(): string {
    return this.#text;
  }
}
