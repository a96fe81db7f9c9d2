/**
 * 文字放大 / 文字缩小: every text on the page at 100–200 %. The page is tagged
 * once (src/page/font-scale.ts); a level is one custom property on :root in a
 * tiny sheet of its own, so a step restyles without walking the DOM again.
 * Its buttons are its toolbar half (text-size.toolbar.ts, in the UI chunk).
 */
import { defineFeature } from '../feature.js';
import { textSizeSettings } from './settings.js';

const css = (percent: number) => `:root{--wza-text-scale:${percent / 100}}`;

export const textSize = defineFeature({
  id: 'text-size',
  settings: textSizeSettings,
  late: { keys: [] },
  create(ctx) {
    return {
      uses: ['textSize'],
      isOn: (s) => s.textSize !== 100,
      apply(s) {
        const release = ctx.page.scaleFonts();
        const level = ctx.page.styles(css(s.textSize));
        return {
          update: (next) => level.set(css(next.textSize)),
          undo() {
            level.remove();
            release();
          },
        };
      },
    };
  },
});
