import { mergeMessages } from '../core/messages.js';
import { featureMessages } from '../features/manifest.js';
import type { Translation, WidgetTranslation } from './translation.js';

const widget: WidgetTranslation = {
  lang: 'en',
  launcher: { care: 'Care mode', toolbar: 'Accessibility', group: 'Accessibility services' },
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
};

/** The widget's strings and every feature's, in one object. */
export const en: Translation = mergeMessages([widget, ...featureMessages('en')]);
