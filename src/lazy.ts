/**
 * The lit elements, loaded on first use (dist/wza-ui.js for the script tag, a
 * split chunk for bundlers). Features that show an element add it here.
 */
import { WzaCaptions } from './ui/wza-captions.js';
import { WzaCrosshair } from './ui/wza-crosshair.js';
import { WzaMagnifier } from './ui/wza-magnifier.js';
import { WzaReader } from './ui/wza-reader.js';
import { WzaToolbar } from './ui/wza-toolbar.js';

export { WzaToolbar, WzaCrosshair, WzaMagnifier, WzaCaptions, WzaReader };
// The toolbar on the page (with its room at the top of the viewport), for the controller in wza.js.
export { mountToolbarView } from './app/toolbar-view.js';
// The working parts of the pointer and focus aids (tracker, text finding, reader), likewise.
export { aids } from './features/aids.lazy.js';
// The code of the features that start with this chunk (speech, the pointer aids), and the
// speech service they share: a page view where nobody uses them downloads neither.
export { LATE_FEATURES, LATE_MESSAGES } from './features/late-features.js';
export { createSpeechService } from './page/speech/hub.js';
// What this chunk hands over to the features' own parts, which load after it.
export { UI_SHARED_MODULES } from './ui-shared-modules.js';

const ELEMENTS: Record<string, CustomElementConstructor> = {
  'wza-toolbar': WzaToolbar,
  'wza-crosshair': WzaCrosshair,
  'wza-magnifier': WzaMagnifier,
  'wza-captions': WzaCaptions,
  'wza-reader': WzaReader,
};

/** Registers the elements; a name already defined (a second copy of the script) is left alone. */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, ctor] of Object.entries(ELEMENTS)) {
    if (!registry.get(name)) registry.define(name, ctor);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wza-toolbar': WzaToolbar;
    'wza-crosshair': WzaCrosshair;
    'wza-magnifier': WzaMagnifier;
    'wza-captions': WzaCaptions;
    'wza-reader': WzaReader;
  }
}
