/** 繁體, its toolbar half (in the UI chunk): the toggle, Alt+J and what they say. */
import { toggleControl, toggleShortcut } from '../aid.js';
import { defineFeature } from '../feature.js';
import { traditionalMessages } from './messages.js';

export const traditionalToolbar = defineFeature({
  id: 'traditional',
  messages: traditionalMessages,
  create(ctx) {
    const label = ctx.t.controls.traditional;
    return {
      controls: (s) => [toggleControl(ctx, 'traditional', label, 'traditional', s.traditional, { shortcut: 'Alt+J' })],
      shortcuts: [toggleShortcut(ctx, 'traditional', label, 'KeyJ')],
    };
  },
});
