/** Region jumps (读屏 help): the regions' names, what a jump says, and the skip link. */
import { defineMessages } from '../../core/messages.js';

export const regionsMessages = defineMessages({
  'zh-CN': {
    regions: {
      /** Each region's name, in shortcut order (Alt+1 … Alt+6). */
      names: { header: '页头', nav: '导航', search: '搜索', article: '正文', sidebar: '侧栏', footer: '页脚' },
      /** A shortcut's name in help. */
      jump: (name: string) => `跳到${name}区域`,
      /** Said when focus arrives; `n` regions of this kind, this is the `i`th. */
      arrived: (name: string, i: number, n: number) => `${name}区域${n > 1 ? `，第${i}个，共${n}个` : ''}`,
      none: (name: string) => `本页没有${name}区域`,
      skip: '跳到正文',
    },
  },
  en: {
    regions: {
      names: { header: 'Header', nav: 'Navigation', search: 'Search', article: 'Main content', sidebar: 'Sidebar', footer: 'Footer' },
      jump: (name) => `Go to ${name.toLowerCase()} region`,
      arrived: (name, i, n) => `${name} region${n > 1 ? `, ${i} of ${n}` : ''}`,
      none: (name) => `No ${name.toLowerCase()} region on this page`,
      skip: 'Skip to content',
    },
  },
});
