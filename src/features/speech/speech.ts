/**
 * 声音: the master switch for speech, off by default. While on, every toolbar
 * action's announcement is spoken; turning it off stops all speech (and 指读).
 */
import { defineFeature } from '../feature.js';
import { speechMessages } from './messages.js';

export const speech = defineFeature({
  id: 'speech',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: speechMessages,
  create(ctx) {
    const hub = ctx.speech;
    const { t } = ctx;
    const toggle = () => {
      if (!hub.supported()) return ctx.announce(t.speech.unsupported);
      const on = !ctx.settings.value.sound;
      ctx.settings.set(on ? { sound: true } : { sound: false, pointReading: false });
      ctx.announce(on ? t.announce.on(t.controls.sound) : t.announce.off(t.controls.sound));
    };
    return {
      uses: ['sound'],
      isOn: (s) => s.sound,
      apply() {
        const controller = new AbortController();
        const off = ctx.bus.on('announce', (text) => {
          if (!controller.signal.aborted) hub.say(text, t.lang);
        });
        return {
          undo() {
            controller.abort();
            off();
            hub.cancel();
          },
        };
      },
      controls(s) {
        const supported = hub.supported();
        return [
          {
            type: 'button',
            key: 'speech',
            group: 'speech',
            label: t.controls.sound,
            icon: 'sound',
            pressed: supported && s.sound,
            shortcut: 'Alt+V',
            disabled: !supported,
            note: supported ? undefined : t.speech.unsupported,
            activate: toggle,
          },
        ];
      },
      shortcuts: [{ code: 'KeyV', keys: 'Alt+V', label: t.controls.sound, run: toggle }],
    };
  },
});
