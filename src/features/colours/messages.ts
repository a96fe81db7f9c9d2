/** 配色 and the names of its schemes. */
import { defineMessages } from '../../core/messages.js';

export const coloursMessages = defineMessages({
  'zh-CN': {
    controls: { colours: '配色' },
    colourSchemes: {
      default: '默认',
      'black-white': '黑底白字',
      'black-yellow': '黑底黄字',
      'blue-white': '蓝底白字',
      'yellow-black': '黄底黑字',
    },
    announce: { scheme: (s: string) => `已切换为${s}` },
  },
  en: {
    controls: { colours: 'Colours' },
    colourSchemes: {
      default: 'Default',
      'black-white': 'White on black',
      'black-yellow': 'Yellow on black',
      'blue-white': 'White on blue',
      'yellow-black': 'Black on yellow',
    },
    announce: { scheme: (s) => `Colours: ${s}` },
  },
});
