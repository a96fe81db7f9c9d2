/** 文字放大 / 文字缩小. */
import { chineseNumber } from '../../core/chinese-number.js';
import { defineMessages } from '../../core/messages.js';

export const textSizeMessages = defineMessages({
  'zh-CN': {
    controls: { textLarger: '文字放大', textSmaller: '文字缩小' },
    announce: {
      textLarger: (p: number) => `文字已放大到百分之${chineseNumber(p)}`,
      textSmaller: (p: number) => `文字已缩小到百分之${chineseNumber(p)}`,
    },
  },
  en: {
    controls: { textLarger: 'Larger text', textSmaller: 'Smaller text' },
    announce: {
      textLarger: (p) => `Text enlarged to ${p} percent`,
      textSmaller: (p) => `Text reduced to ${p} percent`,
    },
  },
});
