/**
 * What the UI chunk does when it arrives (app/index.ts): the strings only its code
 * reads join the translations. Import this before reading them in a unit test.
 */
import { addMessages } from '../src/core/messages.js';
import { LATE_MESSAGES } from '../src/features/late-features.js';
import { en } from '../src/i18n/en.js';
import { zhCN } from '../src/i18n/zh-CN.js';

addMessages(
  zhCN,
  LATE_MESSAGES.map((m) => m['zh-CN']),
);
addMessages(
  en,
  LATE_MESSAGES.map((m) => m.en),
);
