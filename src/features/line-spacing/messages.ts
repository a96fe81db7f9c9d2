/** 行距. */
import { chineseNumber } from '../../core/chinese-number.js';
import { defineMessages } from '../../core/messages.js';

export const lineSpacingMessages = defineMessages({
  'zh-CN': {
    controls: { lineSpacing: '行距' },
    announce: {
      lineSpacingUp: (p: number) => `行距已加大到百分之${chineseNumber(p)}`,
      lineSpacingOff: '行距已恢复',
    },
  },
  en: {
    controls: { lineSpacing: 'Line spacing' },
    announce: {
      lineSpacingUp: (p) => `Line spacing increased to ${p} percent`,
      lineSpacingOff: 'Line spacing back to the page’s own',
    },
  },
});
