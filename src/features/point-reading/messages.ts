/** 指读's strings: its control, and the kinds of element it says before their text. */
import { chineseNumber } from '../../core/chinese-number.js';
import { defineMessages } from '../../core/messages.js';

export const pointReadingMessages = defineMessages({
  'zh-CN': {
    controls: { pointReading: '指读' },
    kinds: {
      link: '链接',
      button: '按钮',
      image: '图片',
      input: '输入框',
      heading: (level: number) => `${chineseNumber(level)}级标题`,
      checkbox: '复选框',
      select: '下拉框',
      video: '视频',
    },
  },
  en: {
    controls: { pointReading: 'Point reading' },
    kinds: {
      link: 'link',
      button: 'button',
      image: 'image',
      input: 'text field',
      heading: (level) => `heading level ${level}`,
      checkbox: 'checkbox',
      select: 'list box',
      video: 'video',
    },
  },
});
