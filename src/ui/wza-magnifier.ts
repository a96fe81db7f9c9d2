import type { Platform } from '@floating-ui/core';
import { html, unsafeCSS } from 'lit';
import { flip, offset, positionInViewport, shift, viewportPlatform } from './viewport-position.js';
import { WzaAidElement } from './aid-element.js';
import { EDGE_PX, GAP_PX, magnifiedSize, panelLimits, pointRect } from '../core/magnifier.js';
import type { RubySegment } from '../core/ruby.js';
import { fillWithRuby } from './ruby.js';
import { hostReset } from './shared.styles.js';
import rubyCss from './ruby.css?inline';
import magnifierCss from './wza-magnifier.css?inline';

export interface MagnifierView {
  /** The page text to show (rendered as text). */
  text: string;
  /** Its font size on the page, px. */
  fontSize: number;
  /** Where it is: the pointer (0×0) or the focused element's box, viewport px. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The same text with readings over its Chinese characters (拼音), shown as `<ruby>`. */
  ruby?: readonly RubySegment[] | null;
}

/**
 * 放大镜: a panel next to the pointer with the pointed text at least twice its
 * size (and at least 24 px), wrapped to a readable width. Positioned with
 * floating-ui at a virtual element (the pointer), flipped and shifted so it stays
 * inside the viewport. Visual only: no pointer events, hidden from assistive
 * technology (which reads the page itself).
 *
 * @cssprop --wza-fg - Text.
 * @cssprop --wza-bg - Background.
 * @cssprop --wza-border - Frame.
 */
export class WzaMagnifier extends WzaAidElement {
  static override get styles() {
    return [unsafeCSS(hostReset), unsafeCSS(rubyCss), unsafeCSS(magnifierCss)];
  }

  #panel: HTMLElement | null = null;
  /** The panel's size, measured once per text (a pointer moving within one paragraph re-measures nothing). */
  #dimensions: { width: number; height: number } | null = null;
  #platform: Platform = {
    ...viewportPlatform,
    getDimensions: (element) => {
      if (element !== this.#panel) return viewportPlatform.getDimensions(element);
      return (this.#dimensions ??= viewportPlatform.getDimensions(element) as { width: number; height: number });
    },
  };
  /** Bumped on every show/hide, so a slow position computation never moves a newer panel. */
  #seq = 0;
  #text = '';
  #ruby: readonly RubySegment[] | null = null;
  #size = 0;

  override render() {
    return html`<div class="panel" part="panel"></div>`;
  }

  protected override firstUpdated(): void {
    this.#panel = this.renderRoot.querySelector('.panel');
  }

  hide(): void {
    this.#seq++;
    this.setActive(false);
  }

  /** Shows `view.text` magnified next to the point or box; resolves once placed. */
  async show(view: MagnifierView): Promise<void> {
    const seq = ++this.#seq;
    if (!view.text) return this.hide();
    if (!this.#panel) await this.updateComplete;
    const panel = this.#panel;
    // Our own document's viewport (the element is mounted, so it has a window): the element never reads the page's globals.
    const win = this.ownerDocument.defaultView;
    if (!panel || !win || seq !== this.#seq) return;
    const size = magnifiedSize(view.fontSize);
    const ruby = view.ruby ?? null;
    if (view.text !== this.#text || ruby !== this.#ruby) {
      this.#text = view.text;
      this.#ruby = ruby;
      fillWithRuby(panel, view.text, ruby); // text, never HTML
      // Readings make the lines taller: room for them only while they show.
      panel.classList.toggle('ruby', ruby !== null);
      this.#dimensions = null;
    }
    if (size !== this.#size) {
      this.#dimensions = null;
      this.#size = size;
      const { maxWidth, maxHeight } = panelLimits(size, win.innerWidth, win.innerHeight);
      // CSSOM writes on our own shadow element: allowed under a strict style-src CSP.
      panel.style.fontSize = `${size}px`;
      panel.style.maxWidth = `${maxWidth}px`;
      panel.style.maxHeight = `${maxHeight}px`;
    }
    const reference = { getBoundingClientRect: () => pointRect(view.x, view.y, view.width, view.height) };
    const { x, y } = await positionInViewport(reference, panel, {
      platform: this.#platform,
      placement: 'bottom-start',
      middleware: [
        offset(view.width || view.height ? 4 : GAP_PX),
        flip({ padding: EDGE_PX }),
        shift({ padding: EDGE_PX, crossAxis: true }),
      ],
    });
    if (seq !== this.#seq) return;
    panel.style.transform = `translate3d(${Math.round(x)}px, ${Math.round(y)}px, 0)`;
    this.setActive(true);
  }

  /** After a resize the limits depend on the new viewport. */
  resetLimits(): void {
    this.#size = 0;
    this.#dimensions = null;
  }
}
