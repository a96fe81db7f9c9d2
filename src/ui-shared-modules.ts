/**
 * Modules that the UI chunk (dist/wza-ui.js) and the features' own parts
 * (dist/wza-<feature>.js) both use. A part does not carry copies: the UI chunk
 * hands these over when a part loads (a part always loads after it), as wza.js
 * hands over src/shared-modules.ts to both. Keys are module paths under src/,
 * without extension; vite.config.ts reads them from this file.
 */
import * as article from './page/speech/article.js';
import * as textMap from './page/text-map.js';
import * as excerpt from './core/excerpt.js';
import * as highlight from './page/highlight.js';

export const UI_SHARED_MODULES: Record<string, object> = {
  'page/speech/article': article,
  'page/text-map': textMap,
  'core/excerpt': excerpt,
  'page/highlight': highlight,
};
