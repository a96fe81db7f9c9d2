import { html, unsafeCSS } from 'lit';
import { WzaAidElement } from './aid-element.js';
import { hostReset } from './shared.styles.js';
import captionsCss from './wza-captions.css?inline';

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
    return [unsafeCSS(hostReset), unsafeCSS(captionsCss)];
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
