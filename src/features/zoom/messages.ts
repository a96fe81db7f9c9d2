/** 页面放大 / 页面缩小. */
import { chineseNumber } from '../../core/chinese-number.js';
import { defineMessages } from '../../core/messages.js';

export const zoomMessages = defineMessages({
  'zh-CN': {
    controls: { zoomIn: '页面放大', zoomOut: '页面缩小' },
    announce: {
      zoomIn: (p: number) => `页面已放大到百分之${chineseNumber(p)}`,
      zoomOut: (p: number) => `页面已缩小到百分之${chineseNumber(p)}`,
    },
  },
  en: {
    controls: { zoomIn: 'Zoom in', zoomOut: 'Zoom out' },
    announce: {
      zoomIn: (p) => `Page zoomed in to ${p} percent`,
      zoomOut: (p) => `Page zoomed out to ${p} percent`,
    },
  },
});
