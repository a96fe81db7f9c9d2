/**
 * The host-page side of 连读, loaded with the reader (not at start): finds and
 * prepares the article in the host document, and finds the text under a click.
 * The reader calls these with the page door and never sees the document.
 */
import { prepareReading, type Reading } from '../../speech/prepare.js';
import { caretAt } from '../highlight.js';
import type { Page } from '../page.js';

/**
 * The article on the host page now, prepared for reading (null: no article).
 * `signal`: the reading it is for; once aborted, nothing more is done.
 */
export function readArticle(page: Page, configured: string | null, lang: string, signal?: AbortSignal): Reading | null {
  return prepareReading(page.document, configured, lang, signal);
}

/** The text position under a point of the host page (a click on a sentence), or null. */
export function caretOnPage(page: Page, x: number, y: number): { node: Node; offset: number } | null {
  return caretAt(page.document, x, y);
}
