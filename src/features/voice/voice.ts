/**
 * 发音人: where the browser has more than one voice for the page's language, a
 * menu beside 语速 lets the user pick one (默认 = the best fit). The choice is a
 * setting, so it persists; speech uses it while the browser has that voice and
 * falls back to the best fit when it is gone (voices come and go with
 * `voiceschanged`, and arrive late in Chrome), keeping the choice for when it
 * comes back. With one voice or none there is nothing to choose: no control.
 */
import { defineFeature } from '../feature.js';
import { voiceMessages } from './messages.js';

export const voice = defineFeature({
  id: 'voice',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: voiceMessages,
  create(ctx) {
    const { t, settings } = ctx;
    return {
      controls(s) {
        const voices = ctx.speech.voices();
        if (voices.length < 2) return [];
        const has = (name: string) => voices.some((v) => v.name === name);
        const chosen = has(s.voice) ? s.voice : '';
        return [
          {
            type: 'menu',
            key: 'voice',
            label: t.controls.voice,
            icon: 'voice',
            // 默认 ('') first, then the voices, best fit first.
            options: ['', ...voices.map((v) => v.name)].map((value) => ({
              value,
              label: value || t.voices.best,
              checked: value === chosen,
            })),
            select(name) {
              if (name && !has(name)) return; // gone since the menu opened: keep the choice as it was
              settings.set({ voice: name });
              // Said with the voice just chosen, when 声音 is on.
              ctx.announce(t.announce.voice(name || t.voices.best));
            },
          },
        ];
      },
    };
  },
});
