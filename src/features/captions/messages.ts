/** 大字幕's name. */
import { defineMessages } from '../../core/messages.js';

export const captionsMessages = defineMessages({
  'zh-CN': { controls: { captions: '大字幕' } },
  en: { controls: { captions: 'Captions' } },
});
