/** 繁體: its name (in traditional characters: it names what it turns on). Help lists it by this name. */
import { defineMessages } from '../../core/messages.js';

export const traditionalMessages = defineMessages({
  'zh-CN': { controls: { traditional: '繁體' } },
  en: { controls: { traditional: 'Traditional Chinese' } },
});
