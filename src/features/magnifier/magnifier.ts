/**
 * 放大镜: next to the pointer (or the keyboard-focused element), a panel with the
 * text there at least twice its size and at least 24 px. The element places
 * itself with floating-ui; the working part (magnifier.run.ts, in the UI chunk)
 * feeds it once per frame from the shared pointer tracker.
 */
import { isTouchOnly, mountAid, toggleControl } from '../aid.js';
import { defineFeature } from '../feature.js';
import { magnifierMessages } from './messages.js';

export const magnifier = defineFeature({
  id: 'magnifier',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: magnifierMessages,
  create(ctx) {
    const label = ctx.t.controls.magnifier;
    return {
      uses: ['magnifier'],
      isOn: (s) => s.magnifier,
      apply: () => mountAid(ctx, 'wza-magnifier', (el, ui) => ui.aids.magnifier(ctx, el)),
      controls: (s) => [
        toggleControl(ctx, 'magnifier', label, 'magnifier', s.magnifier, isTouchOnly(ctx) ? { note: ctx.t.touchOnly } : {}),
      ],
    };
  },
});
