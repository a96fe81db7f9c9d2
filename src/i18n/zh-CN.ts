import { chineseNumber } from '../core/chinese-number.js';
import { mergeMessages } from '../core/messages.js';
import { featureMessages } from '../features/manifest.js';
import type { Translation, WidgetStartStrings } from './translation.js';

export { chineseNumber };

const widget: WidgetStartStrings = {
  lang: 'zh-CN',
  launcher: { care: '关怀版', toolbar: '无障碍', group: '无障碍服务' },
};

/** The widget's strings and every feature's, in one object (the UI chunk adds the strings only its code reads). */
export const zhCN: Translation = mergeMessages<Translation>([widget, ...featureMessages('zh-CN')]);
