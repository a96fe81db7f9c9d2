/**
 * What a region jump says, in both UI languages; loaded with the jumps
 * (regions.part.ts), not at start. Typed so that both languages say the same things.
 */
import type { UiLanguage } from '../../core/messages.js';
import type { RegionKind } from '../../core/regions.js';

interface Announcements {
  /** Each region's name. */
  names: Record<RegionKind, string>;
  /** Said when focus arrives; `n` regions of this kind, this is the `i`th. */
  arrived(name: string, i: number, n: number): string;
  none(name: string): string;
}

export const regionAnnouncements: Record<UiLanguage, Announcements> = {
  'zh-CN': {
    names: { header: '页头', nav: '导航', search: '搜索', article: '正文', sidebar: '侧栏', footer: '页脚' },
    arrived: (name, i, n) => `${name}区域${n > 1 ? `，第${i}个，共${n}个` : ''}`,
    none: (name) => `本页没有${name}区域`,
  },
  en: {
    names: { header: 'Header', nav: 'Navigation', search: 'Search', article: 'Main content', sidebar: 'Sidebar', footer: 'Footer' },
    arrived: (name, i, n) => `${name} region${n > 1 ? `, ${i} of ${n}` : ''}`,
    none: (name) => `No ${name.toLowerCase()} region on this page`,
  },
};
