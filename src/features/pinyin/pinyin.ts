/**
 * 拼音: pinyin with tone marks over each Chinese character of the large captions
 * (大字幕) and the magnifier (放大镜). This feature is the setting, its control and
 * its shortcut; those two aids read `settings.pinyin` and take the readings from
 * this feature's lazily loaded part (pinyin.part.ts, dist/wza-pinyin.js) by name,
 * `ctx.part('pinyin')`, the first time they show text with it on. The page itself
 * is never changed. Turned on while neither aid is on, it turns 大字幕 on too.
 */
import { toggleControl, toggleShortcut } from '../aid.js';
import { defineFeature } from '../feature.js';
import { pinyinMessages } from './messages.js';

declare module '../feature.js' {
  interface FeatureParts {
    pinyin: typeof import('./pinyin.part.js');
  }
}

export const pinyin = defineFeature({
  id: 'pinyin',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: pinyinMessages,
  create(ctx) {
    const label = ctx.t.controls.pinyin;
    // Pinyin shows over 大字幕 and 放大镜: turned on with neither showing, it brings 大字幕 along, so the press is seen.
    const turn = () => {
      const s = ctx.settings.value;
      const on = !s.pinyin;
      const bare = on && !s.captions && !s.magnifier && ctx.config.features.has('captions');
      ctx.settings.set(bare ? { pinyin: true, captions: true } : { pinyin: on });
      ctx.announce(on ? ctx.t.announce.on(label) : ctx.t.announce.off(label));
    };
    return {
      controls: (s) => [toggleControl(ctx, 'pinyin', label, 'pinyin', s.pinyin, { shortcut: 'Alt+Y', activate: turn })],
      shortcuts: [toggleShortcut(ctx, 'pinyin', label, 'KeyY', turn)],
    };
  },
});
