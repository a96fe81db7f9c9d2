import { chineseNumber } from '../core/chinese-number.js';
import { mergeMessages } from '../core/messages.js';
import { featureMessages } from '../features/manifest.js';
import type { Translation, WidgetTranslation } from './translation.js';

export { chineseNumber };

const widget: WidgetTranslation = {
  lang: 'zh-CN',
  launcher: { care: '关怀版', toolbar: '无障碍', group: '无障碍服务' },
  toolbar: { name: '无障碍工具栏', close: '关闭' },
  controls: {
    reset: '重置',
    help: '帮助',
    exit: '退出',
  },
  help: {
    openToolbar: '打开无障碍工具栏',
  },
  announce: {
    on: (name) => `${name}已打开`,
    off: (name) => `${name}已关闭`,
    reset: '已重置所有设置',
    exit: '已退出无障碍服务',
    careOn: '已进入关怀版',
    careOff: '已退出关怀版',
  },
  touchOnly: '此功能需要鼠标',
  percent: (n) => `${n}%`,
};

/** The widget's strings and every feature's, in one object. */
export const zhCN: Translation = mergeMessages([widget, ...featureMessages('zh-CN')]);
