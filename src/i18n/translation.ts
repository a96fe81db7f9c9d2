/**
 * Every string the widget shows or speaks: the widget's own, written here, and
 * each feature's, from its folder's messages.ts (merged by section: `controls`,
 * `announce`…). zh-CN is the reference; en must match its shape.
 */
import type { FeatureMessages } from '../features/manifest.js';

export type Translation = WidgetTranslation & FeatureMessages;

/** The widget-wide strings: launcher, toolbar, help, the whole-widget actions and the shared notes. */
export interface WidgetTranslation extends WidgetStartStrings, WidgetToolbarStrings {}

/** What the start-up file needs: the launcher's names. */
export interface WidgetStartStrings {
  lang: 'zh-CN' | 'en';
  launcher: { care: string; toolbar: string; group: string };
}

/** The rest, which only code in the UI chunk reads: they arrive with it (i18n/toolbar-messages.ts). */
export interface WidgetToolbarStrings {
  toolbar: { name: string; close: string };
  controls: { reset: string; help: string; exit: string };
  /** The rest of help's strings load with the toolbar (i18n/help.ts). */
  help: { openToolbar: string };
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
