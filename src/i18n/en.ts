import { mergeMessages } from '../core/messages.js';
import { featureMessages } from '../features/manifest.js';
import type { Translation, WidgetStartStrings } from './translation.js';

const widget: WidgetStartStrings = {
  lang: 'en',
  launcher: { care: 'Care mode', toolbar: 'Accessibility', group: 'Accessibility services' },
};

/** The widget's strings and every feature's, in one object (the UI chunk adds the strings only its code reads). */
export const en: Translation = mergeMessages<Translation>([widget, ...featureMessages('en')]);
