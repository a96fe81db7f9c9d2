/** 发音人 (voice choice). */
import { defineMessages } from '../../core/messages.js';

export const voiceMessages = defineMessages({
  'zh-CN': {
    controls: { voice: '发音人' },
    voices: { best: '默认' },
    announce: { voice: (name: string) => `发音人已切换为${name}` },
  },
  en: {
    controls: { voice: 'Voice' },
    voices: { best: 'Default' },
    announce: { voice: (name) => `Voice: ${name}` },
  },
});
