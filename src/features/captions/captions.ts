/**
 * 大字幕: a bar at the bottom of the viewport with, in large type, the sentence
 * being read aloud, else the text under the pointer or the keyboard focus. The
 * page keeps room for the bar at its bottom, so its last lines can scroll up
 * above it. The working part loads with the UI chunk (captions.run.ts).
 */
import { mountAid, toggleControl, toggleShortcut } from '../aid.js';
import { defineFeature, type Applied } from '../feature.js';
import { captionsMessages } from './messages.js';

export const captions = defineFeature({
  id: 'captions',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: captionsMessages,
  create(ctx) {
    const label = ctx.t.controls.captions;
    return {
      uses: ['captions', 'care'],
      isOn: (s) => s.captions,
      apply(): Applied {
        const aid = mountAid(ctx, 'wza-captions', (el, ui) => ui.aids.captions(ctx, el), { topLayer: false });
        return {
          // 关怀版 makes the widget larger: the captions too.
          update: (s) => aid.element()?.toggleAttribute('large', s.care),
          undo: () => aid.undo(),
        };
      },
      controls: (s) => [toggleControl(ctx, 'captions', label, 'captions', s.captions, { shortcut: 'Alt+B' })],
      shortcuts: [toggleShortcut(ctx, 'captions', label, 'KeyB')],
    };
  },
});
