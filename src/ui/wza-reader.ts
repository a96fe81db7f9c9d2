import { html, LitElement, nothing, unsafeCSS, type PropertyValues } from 'lit';
import type { ReaderBlock, ReaderDoc } from '../core/reader-doc.js';
import type { Translation } from '../i18n/index.js';
import { icon } from './icons.js';
import { hostReset } from './shared.styles.js';
import readerCss from './wza-reader.css?inline';

/**
 * 纯文本: the article alone, as text, large, in the current colour scheme (the
 * `--wza-*` tokens) and text size. Everything shown comes from a ReaderDoc built
 * from the page's text; lit renders it as text nodes, never as HTML.
 *
 * The feature hides the page's body while this view is on, so the view sits in
 * the document's normal flow: the page scrolls it, the toolbar stays above it.
 *
 * @fires wza-reader-close - when its close button is pressed.
 * @cssprop --wza-fg - Text.
 * @cssprop --wza-bg - Background.
 * @cssprop --wza-accent - Close button.
 */
export class WzaReader extends LitElement {
  static override get styles() {
    return [unsafeCSS(hostReset), unsafeCSS(readerCss)];
  }

  static override get properties() {
    return {
      doc: { attribute: false },
      t: { attribute: false },
      fontSize: { attribute: false },
    };
  }

  declare doc: ReaderDoc | null;
  declare t: Translation;
  /** Body text size, px. */
  declare fontSize: number;

  constructor() {
    super();
    this.doc = null;
    this.fontSize = 24;
  }

  /** Moves focus to the title (the user asked for the view), without scrolling. */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // CSSOM write on our own host: allowed under a strict style-src CSP.
    if (changed.has('fontSize')) this.style.setProperty('--_size', `${this.fontSize}px`);
    if (changed.has('doc') && this.doc?.lang) this.setAttribute('lang', this.doc.lang);
  }

  override render() {
    const doc = this.doc;
    if (!doc || !this.t) return nothing;
    const r = this.t.reader;
    return html`<div class="view" role="region" aria-label=${r.name}>
      <button type="button" class="close" @click=${this.handleClose}>${icon('close')}<span>${r.close}</span></button>
      <article aria-labelledby="title">
        <h1 id="title" tabindex="-1">${doc.title}</h1>
        ${
          doc.date || doc.source
            ? html`<p class="byline">
                ${doc.date ? html`<span>${r.field(r.date, doc.date)}</span>` : nothing}
                ${doc.source ? html`<span>${r.field(r.source, doc.source)}</span>` : nothing}
              </p>`
            : nothing
        }
        ${doc.blocks.map((b) => this.renderBlock(b))}
      </article>
    </div>`;
  }

  private renderBlock(block: ReaderBlock) {
    switch (block.kind) {
      case 'heading':
        switch (block.level) {
          case 2:
            return html`<h2>${block.text}</h2>`;
          case 3:
            return html`<h3>${block.text}</h3>`;
          case 4:
            return html`<h4>${block.text}</h4>`;
          case 5:
            return html`<h5>${block.text}</h5>`;
          default:
            return html`<h6>${block.text}</h6>`;
        }
      case 'paragraph':
        return html`<p>${block.text}</p>`;
      case 'image':
        return html`<p class="image">${this.t.reader.field(this.t.reader.image, block.alt)}</p>`;
      case 'list': {
        const items = block.items.map((i) => html`<li>${i}</li>`);
        return block.ordered
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`;
      }
      case 'table':
        return html`<table>
          ${
            block.caption
              ? html`<caption>
                  ${block.caption}
                </caption>`
              : nothing
          }
          <tbody>
            ${block.rows.map(
              (row) =>
                html`<tr>
                  ${row.cells.map((c) => (row.header ? html`<th scope="col">${c}</th>` : html`<td>${c}</td>`))}
                </tr>`,
            )}
          </tbody>
        </table>`;
    }
  }

  private handleClose() {
    this.dispatchEvent(new Event('wza-reader-close', { bubbles: true, composed: true }));
  }
}
