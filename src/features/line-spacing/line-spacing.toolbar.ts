/** 行距, its toolbar half (in the UI chunk): the button, Alt+L and what a press says. */
import { nextLineSpacing } from '../../core/line-spacing.js';
import { defineFeature } from '../feature.js';
import { lineSpacingMessages } from './messages.js';

export const lineSpacingToolbar = defineFeature({
  id: 'line-spacing',
  messages: lineSpacingMessages,
  create(ctx) {
    const { t, settings } = ctx;
    const press = () => {
      const next = nextLineSpacing(settings.value.lineSpacing);
      settings.set({ lineSpacing: next });
      ctx.announce(next > 100 ? t.announce.lineSpacingUp(next) : t.announce.lineSpacingOff);
    };
    return {
      controls: (s) => [
        {
          type: 'button',
          key: 'line-spacing',
          label: t.controls.lineSpacing,
          icon: 'lineSpacing',
          value: t.percent(s.lineSpacing),
          shortcut: 'Alt+L',
          activate: press,
        },
      ],
      shortcuts: [{ code: 'KeyL', keys: 'Alt+L', label: t.controls.lineSpacing, run: press }],
    };
  },
});
