/**
 * 文字放大 / 文字缩小: every text on the page at 100–200 %. The page is tagged
 * once (src/page/font-scale.ts); a level is one custom property on :root in a
 * tiny sheet of its own, so a step restyles without walking the DOM again.
 */
import { defineFeature } from '../feature.js';
import { textSizeMessages } from './messages.js';
import { textSizeSettings } from './settings.js';
import { step, TEXT_LEVELS } from '../../core/steps.js';

const css = (percent: number) => `:root{--wza-text-scale:${percent / 100}}`;

export const textSize = defineFeature({
  id: 'text-size',
  settings: textSizeSettings,
  messages: textSizeMessages,
  create(ctx) {
    const { t, settings } = ctx;
    const change = (dir: 1 | -1) => {
      const next = step(TEXT_LEVELS, settings.value.textSize, dir);
      settings.set({ textSize: next });
      ctx.announce(dir > 0 ? t.announce.textLarger(next) : t.announce.textSmaller(next));
    };
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
      // − then +, side by side under one caption (the toolbar's 'text-size' group).
      controls: (s) => [
        {
          type: 'button',
          key: 'text-smaller',
          label: t.controls.textSmaller,
          icon: 'textSmaller',
          group: 'text-size',
          activate: () => change(-1),
        },
        {
          type: 'button',
          key: 'text-larger',
          label: t.controls.textLarger,
          icon: 'textLarger',
          value: t.percent(s.textSize),
          group: 'text-size',
          activate: () => change(1),
        },
      ],
    };
  },
});
