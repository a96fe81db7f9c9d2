/** 大鼠标's name. */
import { defineMessages } from '../../core/messages.js';

export const cursorMessages = defineMessages({
  'zh-CN': { controls: { bigCursor: '大鼠标' } },
  en: { controls: { bigCursor: 'Big cursor' } },
});
