/** 繁體: its name (in traditional characters: it names what it turns on), help's line and what is said. */
import { defineMessages } from '../../core/messages.js';

export const traditionalMessages = defineMessages({
  'zh-CN': {
    controls: { traditional: '繁體' },
    traditional: {
      /** Help's line for the shortcut. */
      help: '繁體（网页显示繁体字）',
      /** Said when its part could not be loaded. */
      failed: '繁体未能加载，请再试',
    },
  },
  en: {
    controls: { traditional: 'Traditional Chinese' },
    traditional: {
      help: 'Traditional Chinese (the page in traditional characters)',
      failed: 'Traditional Chinese failed to load; try again',
    },
  },
});
