import { LitElement } from 'lit';

/**
 * What the visual aids (十字光标, 放大镜, 大字幕) share as elements: they are hidden
 * from assistive technology (which reads the page and speech itself), and the
 * ones that come and go show through an `active` attribute that is written only
 * when it changes (they move once per frame).
 */
export class WzaAidElement extends LitElement {
  #active = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
  }

  /** Sets or removes the `active` attribute, touching the DOM only on a change. */
  protected setActive(on: boolean): void {
    if (on !== this.#active) this.toggleAttribute('active', on);
    this.#active = on;
  }
}
