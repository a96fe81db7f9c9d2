import { html, unsafeCSS } from 'lit';
import type { RubySegment } from '../core/ruby.js';
import { WzaAidElement } from './aid-element.js';
import { fillWithRuby } from './ruby.js';
import { hostReset } from './shared.styles.js';
import rubyCss from './ruby.css?inline';
import captionsCss from './wza-captions.css?inline';

/**
 * 大字幕: a bar fixed at the bottom of the viewport showing, in large type, the
 * text under the pointer or focus, or the sentence being read aloud. Its height
 * does not change with its text (two lines, clamped), so the room the page keeps
 * for it stays put while the pointer moves. With the `pinyin` attribute each of
 * the two lines has room for the readings over its characters (`<ruby>`), which
 * the runtime passes in with the text. Visual only: hidden from assistive
 * technology, which reads the page and speech itself; clicks go through.
 *
 * @cssprop --wza-fg - Text.
 * @cssprop --wza-bg - Background.
 * @cssprop --wza-border - Top edge.
 */
export class WzaCaptions extends WzaAidElement {
  static override get styles() {
    return [unsafeCSS(hostReset), unsafeCSS(rubyCss), unsafeCSS(captionsCss)];
  }

  #box: HTMLElement | null = null;
  #text = '';
  #ruby: readonly RubySegment[] | null = null;

  override render() {
    return html`<div class="text" part="text"></div>`;
  }

  protected override firstUpdated(): void {
    this.#box = this.renderRoot.querySelector('.text');
    if (this.#box) fillWithRuby(this.#box, this.#text, this.#ruby);
  }

  /**
   * Shows page text (as text, never HTML); `reading` marks the sentence read
   * aloud; `ruby`, the same text with readings over its Chinese characters.
   */
  show(text: string, reading = false, ruby: readonly RubySegment[] | null = null): void {
    this.toggleAttribute('reading', reading);
    if (text === this.#text && ruby === this.#ruby) return;
    this.#text = text;
    this.#ruby = ruby;
    if (this.#box) fillWithRuby(this.#box, text, ruby);
  }

  get text(): string {
    return this.#text;
  }
}
