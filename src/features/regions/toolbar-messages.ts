/** Region jumps: the toolbar's 区域 menu and help's line for Alt+1 … Alt+6 (they arrive with the UI chunk). */
import { defineMessages } from '../../core/messages.js';

export const regionsToolbarMessages = defineMessages({
  'zh-CN': {
    regions: {
      /** The toolbar's menu of the six, in shortcut order (Alt+1 … Alt+6). */
      menu: '区域',
      names: ['页头', '导航', '搜索', '正文', '侧栏', '页脚'],
      /** Help's line for Alt+1 … Alt+6, in shortcut order. */
      jumps: '跳到页头、导航、搜索、正文、侧栏、页脚区域',
    },
  },
  en: {
    regions: {
      menu: 'Regions',
      names: ['Header', 'Navigation', 'Search', 'Main content', 'Sidebar', 'Footer'],
      jumps: 'Go to the header, navigation, search, main content, sidebar or footer',
    },
  },
});
