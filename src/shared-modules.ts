/**
 * Modules that both the start-up script (dist/wza.js) and the lazily loaded UI
 * chunk (dist/wza-ui.js) use. The chunk does not carry copies: its build maps
 * these imports to the objects wza.js hands over when it loads the chunk (see
 * vite.config.ts), so there is one copy of their code and, more importantly, of
 * their state (page-styles keeps the list of our sheets).
 *
 * Keys are the module paths under src/, without extension; vite.config.ts reads
 * them from this file.
 */
import * as events from './events.js';
import * as language from './core/language.js';
import * as svgIcon from './core/svg-icon.js';
import * as sharedStyles from './ui/shared.styles.js';
import * as speechRates from './core/speech-rates.js';
import * as steps from './core/steps.js';
import * as lineSpacing from './core/line-spacing.js';
import * as colours from './core/colours.js';
import * as care from './core/care.js';
import * as doorKeys from './page/door-keys.js';
import * as pageStyles from './page/page-styles.js';
import * as inlineStyle from './page/inline-style.js';
import * as tagger from './page/tagger.js';
import * as controls from './core/controls.js';
import * as messages from './core/messages.js';
import * as feature from './features/feature.js';
import * as regionJump from './features/regions/jump.js';

export const SHARED_MODULES: Record<string, object> = {
  events: events,
  'page/door-keys': doorKeys,
  'page/page-styles': pageStyles,
  'page/inline-style': inlineStyle,
  'page/tagger': tagger,
  // The registry's helpers, which the features whose code rides in wza-ui.js use too.
  'core/controls': controls,
  'core/speech-rates': speechRates,
  'core/language': language,
  'core/svg-icon': svgIcon,
  'ui/shared.styles': sharedStyles,
  // The levels and palettes: the page change at start, the toolbar half (its steps, the next scheme) in wza-ui.js.
  'core/steps': steps,
  'core/line-spacing': lineSpacing,
  'core/colours': colours,
  // eachOf (selector lists without :is()): care mode at start, 大鼠标 in wza-ui.js.
  'core/care': care,
  // The features' strings in wza-ui.js are made with defineMessages.
  'core/messages': messages,
  'features/feature': feature,
  // A region jump: the keys and skip link at start, the 区域 menu in wza-ui.js.
  'features/regions/jump': regionJump,
};
