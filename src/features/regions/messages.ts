/**
 * Region jumps (读屏 help): the strings the start-up script needs, the skip link's
 * name, the toolbar's 区域 menu and the shortcuts' line in help. What a jump says loads with the jumps
 * (announce-messages.ts, in the feature's own part), keeping wza.js small.
 */
import { defineMessages } from '../../core/messages.js';

export const regionsMessages = defineMessages({
  'zh-CN': {
    regions: {
      skip: '跳到正文',
      /** The toolbar's menu of the six, in shortcut order (Alt+1 … Alt+6). */
      menu: '区域',
      names: ['页头', '导航', '搜索', '正文', '侧栏', '页脚'],
      /** Help's line for Alt+1 … Alt+6, in shortcut order. */
      jumps: '跳到页头、导航、搜索、正文、侧栏、页脚区域',
    },
  },
  en: {
    regions: {
      skip: 'Skip to content',
      menu: 'Regions',
      names: ['Header', 'Navigation', 'Search', 'Main content', 'Sidebar', 'Footer'],
      jumps: 'Go to the header, navigation, search, main content, sidebar or footer',
    },
  },
});
