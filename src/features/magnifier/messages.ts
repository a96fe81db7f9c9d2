/** 放大镜's name. */
import { defineMessages } from '../../core/messages.js';

export const magnifierMessages = defineMessages({
  'zh-CN': { controls: { magnifier: '放大镜' } },
  en: { controls: { magnifier: 'Magnifier' } },
});
