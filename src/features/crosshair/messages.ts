/** 十字光标's name. */
import { defineMessages } from '../../core/messages.js';

export const crosshairMessages = defineMessages({
  'zh-CN': { controls: { crosshair: '十字光标' } },
  en: { controls: { crosshair: 'Crosshair' } },
});
