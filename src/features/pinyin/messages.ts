/** 拼音: its name, and where the pinyin shows. */
import { defineMessages } from '../../core/messages.js';

export const pinyinMessages = defineMessages({
  'zh-CN': {
    controls: { pinyin: '拼音' },
    pinyin: {
      /** Said when it is turned on while neither 大字幕 nor 放大镜 is: where it will show. */
      onElsewhere: '拼音已打开，将显示在大字幕和放大镜中',
    },
  },
  en: {
    controls: { pinyin: 'Pinyin' },
    pinyin: {
      onElsewhere: 'Pinyin on: it shows in captions and the magnifier',
    },
  },
});
