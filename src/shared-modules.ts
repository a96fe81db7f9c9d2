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
import * as textOnlyCore from './core/reader-doc.js';
import * as language from './core/language.js';
import * as doorKeys from './page/door-keys.js';
import * as pageStyles from './page/page-styles.js';
import * as inlineStyle from './page/inline-style.js';
import * as tagger from './page/tagger.js';
import * as textOnlyPage from './page/text-only-page.js';
import * as svgIcon from './core/svg-icon.js';
import * as sharedStyles from './ui/shared.styles.js';
import * as controls from './core/controls.js';
import * as speechRates from './core/speech-rates.js';
import * as messages from './core/messages.js';
import * as chineseNumber from './core/chinese-number.js';
import * as feature from './features/feature.js';
import * as aid from './features/aid.js';

export const SHARED_MODULES: Record<string, object> = {
  events: events,
  'core/language': language,
  'page/door-keys': doorKeys,
  'page/page-styles': pageStyles,
  'page/inline-style': inlineStyle,
  'page/tagger': tagger,
  'page/text-only-page': textOnlyPage,
  'core/reader-doc': textOnlyCore,
  'core/svg-icon': svgIcon,
  'ui/shared.styles': sharedStyles,
  // The registry's helpers, which the features whose code rides in wza-ui.js use too.
  'core/controls': controls,
  'core/speech-rates': speechRates,
  // The late features' strings (defineMessages, spoken numbers) arrive with wza-ui.js.
  'core/messages': messages,
  'core/chinese-number': chineseNumber,
  'features/feature': feature,
  'features/aid': aid,
};
