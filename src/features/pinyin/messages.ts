/** 拼音's name (where it shows, 大字幕 and 放大镜, is said in the README: every string here ships in the start-up file). */
import { defineMessages } from '../../core/messages.js';

export const pinyinMessages = defineMessages({
  'zh-CN': { controls: { pinyin: '拼音' } },
  en: { controls: { pinyin: 'Pinyin' } },
});
