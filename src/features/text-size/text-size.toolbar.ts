/** 文字放大 / 文字缩小, its toolbar half (in the UI chunk): the − and + buttons and what a step says. */
import { defineFeature } from '../feature.js';
import { step, TEXT_LEVELS } from '../../core/steps.js';
import { textSizeMessages } from './messages.js';

export const textSizeToolbar = defineFeature({
  id: 'text-size',
  messages: textSizeMessages,
  create(ctx) {
    const { t, settings } = ctx;
    const change = (dir: 1 | -1) => {
      const next = step(TEXT_LEVELS, settings.value.textSize, dir);
      settings.set({ textSize: next });
      ctx.announce(dir > 0 ? t.announce.textLarger(next) : t.announce.textSmaller(next));
    };
    return {
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
