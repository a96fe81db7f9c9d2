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

// A fake host reaching a door module is a test written wrongly: say so plainly.
const noPage = () => new Error('[wza] this host has no page behind it (createPage makes one)');

/** For src/page/ only: the document behind the runtime's host. */
export function documentOf(host: Host): Document {
  const doc = (host as Carried).document;
  if (doc?.nodeType !== 9) throw noPage();
  return doc;
}

/** For src/page/ only: the window behind the runtime's host. */
export function windowOf(host: Host): Window {
  const win = (host as Carried).window;
  if (!win || win.window !== win) throw noPage();
  return win;
}
