/**
 * Styles shared by the widget's elements.
 * Plain strings, so the launcher (loaded at start, without lit) can use them too;
 * lit elements wrap them with unsafeCSS (they are our own constants). Public tokens `--wza-<token>` are read
 * once into private `--_<token>` on :host. Host-level declarations are
 * !important because, for important declarations, the shadow tree's own rules
 * beat the page's: a hostile `* { font-size: 14px !important }` cannot resize us.
 */
import sharedCss from './shared.css?inline';

export const hostReset: string = sharedCss;
