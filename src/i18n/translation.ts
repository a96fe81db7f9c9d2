/**
 * Every string the widget shows or speaks: the widget's own, written here, and
 * each feature's, from its folder's messages.ts (merged by section: `controls`,
 * `announce`…). zh-CN is the reference; en must match its shape.
 */
import type { FeatureMessages } from '../features/manifest.js';

export type Translation = WidgetTranslation & FeatureMessages;

/** The widget-wide strings: launcher, toolbar, help, the whole-widget actions and the shared notes. */
export interface WidgetTranslation {
  lang: 'zh-CN' | 'en';
  launcher: { care: string; toolbar: string; group: string };
  toolbar: { name: string; close: string };
  controls: { reset: string; help: string; exit: string };
  help: {
    title: string;
    intro: string;
    openToolbar: string;
    close: string;
    shortcutsHeading: string;
    notCompliance: string;
    /** Shown in help where the browser has no CSS Custom Highlight API (Chromium < 105, Firefox < 140, Safari < 17.2). */
    noHighlight: string;
  };
  /** Announcements spoken (when 声音 is on) and shown after an action. */
  announce: {
    on: (name: string) => string;
    off: (name: string) => string;
    reset: string;
    exit: string;
    careOn: string;
    careOff: string;
  };
  touchOnly: string;
  percent: (n: number) => string;
}
