/** The runtime lives in src/app/ (one job per file); this path stays for its importers. */
export { WzaApp, type ChangeListener } from './app/index.js';
