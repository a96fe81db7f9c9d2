/**
 * The names of the toolbar's groups of controls (a stepper's caption: "文字 125%").
 * Only the toolbar shows them, so they load with it, not with the start-up script.
 */
import type { ControlGroup } from '../core/controls.js';
import type { UiLang } from './index.js';

export const GROUP_NAMES: Record<UiLang, Record<ControlGroup, string>> = {
  'zh-CN': { speech: '语音', 'text-size': '文字', zoom: '页面' },
  en: { speech: 'Speech', 'text-size': 'Text size', zoom: 'Zoom' },
};
