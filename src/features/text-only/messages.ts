/** 纯文本: its control and the reader view's strings. */
import { defineMessages } from '../../core/messages.js';

export const textOnlyMessages = defineMessages({
  'zh-CN': {
    controls: { textOnly: '纯文本' },
    reader: {
      /** Accessible name of the view. */
      name: '纯文本阅读',
      /** Its close button. */
      close: '退出纯文本',
      date: '发布时间',
      source: '来源',
      /** Before an image's alt text. */
      image: '图片',
      /** A label and its value, as the language writes them ("来源：…", "Source: …"). */
      field: (label: string, value: string) => `${label}：${value}`,
    },
  },
  en: {
    controls: { textOnly: 'Text only' },
    reader: {
      name: 'Text-only view',
      close: 'Exit text only',
      date: 'Published',
      source: 'Source',
      image: 'Image',
      field: (label, value) => `${label}: ${value}`,
    },
  },
});
