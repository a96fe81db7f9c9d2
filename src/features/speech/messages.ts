/** 声音's strings, and the speech notes 指读 and 连读 share. */
import { defineMessages } from '../../core/messages.js';

export const speechMessages = defineMessages({
  'zh-CN': {
    controls: { sound: '声音' },
    speech: {
      unsupported: '当前浏览器不支持朗读',
      failed: '朗读出错，请稍后再试',
      clickToStart: '请点击页面任意位置开始朗读',
      noArticle: '本页没有找到可朗读的正文',
    },
  },
  en: {
    controls: { sound: 'Sound' },
    speech: {
      unsupported: 'This browser cannot read aloud',
      failed: 'Reading failed, please try again later',
      clickToStart: 'Click anywhere on the page to start reading',
      noArticle: 'No article to read on this page',
    },
  },
});
