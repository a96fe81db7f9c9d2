/**
 * The host-page side of 连读, loaded with the reader (not at start): finds and
 * prepares the article in the host document, and finds the text under a click.
 * The reader calls these with the page door and never sees the document.
 */
import { prepareReading, type Reading } from './prepare.js';
import { caretAt } from '../highlight.js';
import { documentOf } from '../door-keys.js';
import type { Host } from '../host.js';

/**
 * The article on the host page now, prepared for reading (null: no article).
 * `signal`: the reading it is for; once aborted, nothing more is done.
 */
export function readArticle(page: Host, configured: string | null, lang: string, signal?: AbortSignal): Reading | null {
  return prepareReading(documentOf(page), configured, lang, signal);
}

/** The text position under a point of the host page (a click on a sentence), or null. */
export function caretOnPage(page: Host, x: number, y: number): { node: Node; offset: number } | null {
  return caretAt(documentOf(page), x, y);
}
