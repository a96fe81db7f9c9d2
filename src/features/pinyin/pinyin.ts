/**
 * 拼音: pinyin with tone marks over each Chinese character of the large captions
 * (大字幕) and the magnifier (放大镜). This feature is the setting, its control and
 * its shortcut; those two aids read `settings.pinyin` and take the readings from
 * this feature's lazily loaded part (pinyin.part.ts, dist/wza-pinyin.js) by name,
 * `ctx.part('pinyin')`, the first time they show text with it on. The page itself
 * is never changed.
 */
import { toggleControl, toggleShortcut } from '../aid.js';
import { defineFeature } from '../feature.js';
import { pinyinMessages } from './messages.js';
import { pinyinSettings } from './settings.js';

declare module '../feature.js' {
  interface FeatureParts {
    pinyin: typeof import('./pinyin.part.js');
  }
}

export const pinyin = defineFeature({
  id: 'pinyin',
  settings: pinyinSettings,
  messages: pinyinMessages,
  create(ctx) {
    const t = ctx.t;
    const label = t.controls.pinyin;
    const run = () => {
      const on = !ctx.settings.value.pinyin;
      ctx.settings.set({ pinyin: on });
      const { captions, magnifier } = ctx.settings.value;
      // Nothing shows it yet: say where it will.
      ctx.announce(on ? (captions || magnifier ? t.announce.on(label) : t.pinyin.onElsewhere) : t.announce.off(label));
    };
    return {
      controls: (s) => [toggleControl(ctx, 'pinyin', label, 'pinyin', s.pinyin, { shortcut: 'Alt+Y', activate: run })],
      shortcuts: [toggleShortcut(ctx, 'pinyin', label, 'KeyY', run)],
    };
  },
});
