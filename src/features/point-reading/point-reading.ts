/**
 * 指读: speaks what the pointer rests on (~300 ms) or what gets keyboard focus,
 * with its kind (链接, 按钮, 图片 + alt, 输入框 + label, 标题 + level). Turning it
 * on turns 声音 on. It never prevents or stops an event.
 */
import { watchPointing } from '../../page/pointing.js';
import { defineFeature, type FeatureParts } from '../feature.js';
import { pointReadingMessages } from './messages.js';

export const pointReading = defineFeature({
  id: 'point-reading',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: pointReadingMessages,
  create(ctx) {
    const hub = ctx.speech;
    const { t } = ctx;
    const toggle = () => {
      if (!hub.supported()) return ctx.announce(t.speech.unsupported);
      const on = !(ctx.settings.value.sound && ctx.settings.value.pointReading);
      ctx.settings.set(on ? { pointReading: true, sound: true } : { pointReading: false });
      ctx.announce(on ? t.announce.on(t.controls.pointReading) : t.announce.off(t.controls.pointReading));
    };
    return {
      uses: ['pointReading', 'sound'],
      isOn: (s) => s.sound && s.pointReading,
      apply() {
        let speaking = false;
        // Element descriptions are this feature's own lazy part, loaded when 指读 turns on.
        let ui: FeatureParts['point-reading'] | null = null;
        ctx.part('point-reading').then(
          (m) => (ui = m),
          () => ctx.announce(t.speech.failed),
        );
        const stop = watchPointing(ctx.page, {
          onPoint(target) {
            if (!ui) return;
            try {
              const el = ui.pointTarget(target);
              const text = el ? ui.describe(el, t.kinds) : '';
              if (!text) return;
              ctx.bus.emit('pointed', text);
              speaking = true;
              hub.say(text);
            } catch {
              /* an odd element must not break the page */
            }
          },
          onLeave() {
            // Moving on cancels what the previous element was saying (never the article being read).
            if (speaking && !hub.reading) hub.cancel();
            speaking = false;
          },
        });
        return {
          undo() {
            stop();
            if (speaking && !hub.reading) hub.cancel();
          },
        };
      },
      controls(s) {
        const supported = hub.supported();
        return [
          {
            type: 'button',
            key: 'point-reading',
            group: 'speech',
            label: t.controls.pointReading,
            icon: 'pointReading',
            pressed: supported && s.sound && s.pointReading,
            shortcut: 'Alt+P',
            disabled: !supported,
            note: supported ? undefined : t.speech.unsupported,
            activate: toggle,
          },
        ];
      },
      shortcuts: [{ code: 'KeyP', keys: 'Alt+P', label: t.controls.pointReading, run: toggle }],
    };
  },
});

declare module '../feature.js' {
  interface FeatureParts {
    'point-reading': typeof import('./point-reading.part.js');
  }
}
