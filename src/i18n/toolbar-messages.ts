/**
 * The widget's own strings that only code in the UI chunk reads (the toolbar, help,
 * the whole-widget actions, announcements): they arrive with that chunk
 * (features/late-features.ts LATE_MESSAGES), so the start-up file carries only the
 * launcher's names (zh-CN.ts, en.ts).
 */
import type { Messages } from '../core/messages.js';
import type { WidgetToolbarStrings } from './translation.js';

export const widgetToolbarMessages: Messages<WidgetToolbarStrings> = {
  'zh-CN': {
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
  },
  en: {
    toolbar: { name: 'Accessibility toolbar', close: 'Close' },
    controls: {
      reset: 'Reset',
      help: 'Help',
      exit: 'Exit',
    },
    help: {
      openToolbar: 'Open the accessibility toolbar',
    },
    announce: {
      on: (name) => `${name} on`,
      off: (name) => `${name} off`,
      reset: 'All settings reset',
      exit: 'Accessibility services closed',
      careOn: 'Care mode on',
      careOff: 'Care mode off',
    },
    touchOnly: 'Needs a mouse',
    percent: (n) => `${n}%`,
  },
};
