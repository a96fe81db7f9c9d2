/**
 * 十字光标: a horizontal and a vertical line across the viewport through the
 * pointer, or through the centre of the keyboard-focused element. It follows
 * the shared pointer tracker (one update per frame) and moves by transform only.
 * The working part loads with the UI chunk (crosshair.run.ts).
 */
import { isTouchOnly, mountAid, toggleControl, toggleShortcut } from '../aid.js';
import { defineFeature } from '../feature.js';
import { crosshairMessages } from './messages.js';

export const crosshair = defineFeature({
  id: 'crosshair',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: crosshairMessages,
  create(ctx) {
    const label = ctx.t.controls.crosshair;
    return {
      uses: ['crosshair'],
      isOn: (s) => s.crosshair,
      apply: () => mountAid(ctx, 'wza-crosshair', (el, ui) => ui.aids.crosshair(ctx, el)),
      controls: (s) => [
        toggleControl(ctx, 'crosshair', label, 'crosshair', s.crosshair, {
          shortcut: 'Alt+C',
          ...(isTouchOnly(ctx) ? { note: ctx.t.touchOnly } : {}),
        }),
      ],
      shortcuts: [toggleShortcut(ctx, 'crosshair', label, 'KeyC')],
    };
  },
});
