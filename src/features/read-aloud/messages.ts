/** 连读, 暂停, 继续, 停止 and 语速. */
import { defineMessages } from '../../core/messages.js';

export const readAloudMessages = defineMessages({
  'zh-CN': {
    controls: { readAloud: '连读', pause: '暂停', resume: '继续', stop: '停止', speechRate: '语速' },
    rates: { slow: '慢', medium: '中', fast: '快' },
    announce: { rate: (r: string) => `语速已调整为${r}` },
  },
  en: {
    controls: { readAloud: 'Read aloud', pause: 'Pause', resume: 'Resume', stop: 'Stop', speechRate: 'Speech rate' },
    rates: { slow: 'Slow', medium: 'Medium', fast: 'Fast' },
    announce: { rate: (r) => `Speech rate: ${r}` },
  },
});
