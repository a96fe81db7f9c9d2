/**
 * The keys to the real page behind a Host, for the door's own modules only: the
 * layering check (.dependency-cruiser.cjs, rule door-keys-stay-inside) fails when
 * anything outside src/page/ imports this file.
 */
import type { Host } from './host.js';

// The runtime's page object (page.ts) carries its document and window beside the
// Host capabilities; only the door's modules read them, through these two.
interface Carried {
  readonly document?: Document;
  readonly window?: Window;
}

/** The document behind the runtime's host; a fake host reaching a door module is a test written wrongly: say so. */
export function documentOf(host: Host): Document {
  const doc = (host as Carried).document;
  if (doc?.nodeType !== 9) throw new Error('[wza] no page behind this host');
  return doc;
}

/** The window behind the runtime's host (checked like its document). */
export const windowOf = (host: Host): Window => (documentOf(host), (host as Carried).window!);
