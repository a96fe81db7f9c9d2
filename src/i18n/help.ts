/**
 * Help's strings, in both UI languages. Only the toolbar shows them, so they load
 * with it (the lazily loaded part), not with the start-up script.
 */
import type { UiLang } from './index.js';

export interface HelpText {
  title: string;
  intro: string;
  close: string;
  shortcutsHeading: string;
  notCompliance: string;
  /** Shown in help where the browser has no CSS Custom Highlight API (Chromium < 105, Firefox < 140, Safari < 17.2). */
  noHighlight: string;
}

export const HELP_TEXT: Record<UiLang, HelpText> = {
  'zh-CN': {
    title: '帮助',
    intro: '无障碍工具栏可放大文字、切换配色、朗读文章。所有设置仅保存在本网站的本机浏览器中。',
    close: '关闭帮助',
    shortcutsHeading: '快捷键',
    notCompliance: '本工具不能代替网站自身的无障碍改造。',
    noHighlight: '当前浏览器不能高亮朗读的句子。',
  },
  en: {
    title: 'Help',
    intro:
      'The accessibility toolbar enlarges text, changes colours and reads the article aloud. Settings stay in this browser, for this site only.',
    close: 'Close help',
    shortcutsHeading: 'Keyboard shortcuts',
    notCompliance: 'This tool does not replace accessible design of the site itself.',
    noHighlight: 'This browser cannot highlight the sentence read aloud.',
  },
};
