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
    title: 'Help',
    intro:
      'The accessibility toolbar enlarges text, changes colours and reads the article aloud. Settings stay in this browser, for this site only.',
    openToolbar: 'Open the accessibility toolbar',
    close: 'Close help',
    shortcutsHeading: 'Keyboard shortcuts',
    notCompliance: 'This tool does not replace accessible design of the site itself.',
    noHighlight: 'This browser cannot highlight the sentence read aloud.',
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
