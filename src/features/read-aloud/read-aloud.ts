/**
 * 连读 (→ 暂停 → 继续), 停止 and 语速. The reader itself (reader.ts) is this feature's
 * own lazy part, loaded on the first 连读: pages where nobody reads aloud never download it.
 */
import type { Reader } from './reader.js';
import { SPEECH_RATES, type SpeechRate } from '../../settings.js';
import { defineFeature } from '../feature.js';
import { readAloudMessages } from './messages.js';

export const readAloud = defineFeature({
  id: 'read-aloud',
  // Its settings are in the registry's late entry (late.ts, features/index.ts): this code, and the strings it brings, ride in the UI chunk.
  messages: readAloudMessages,
  create(ctx) {
    const hub = ctx.speech;
    let reader: Reader | null = null;
    /**
     * The reading now (or starting: the reader may still be loading): its signal goes to the reader and
     * everything it sets up. 停止, 声音 off, 重置, 退出 (both undo this feature), a new reading and pagehide abort it.
     */
    let reading: AbortController | null = null;
    const stop = () => {
      reading?.abort();
      reading = null;
    };
    const { t } = ctx;
    const state = () => reader?.state ?? 'idle';
    const toggle = () => {
      if (!hub.supported()) return ctx.announce(t.speech.unsupported);
      if (state() === 'reading') return reader!.pause();
      if (state() === 'paused') return reader!.resume();
      // 连读 turns 声音 on (its apply runs synchronously, before reading starts).
      if (!ctx.settings.value.sound) ctx.settings.set({ sound: true });
      stop();
      const mine = (reading = new AbortController());
      const { signal } = mine;
      // Leaving the page (or the back-forward cache taking it) ends the reading like 停止.
      const offHide = ctx.page.listen('window', 'pagehide', stop);
      signal.addEventListener('abort', offHide, { once: true });
      ctx.part('read-aloud').then(
        (part) => {
          if (signal.aborted || !ctx.settings.value.sound) return;
          (reader ??= new part.Reader(ctx)).start(signal);
        },
        (error: unknown) => {
          if (signal.aborted) return;
          // The part did not load (offline, blocked): say so, keep the page.
          console.warn('[wza] read-aloud could not start:', error);
          ctx.announce(t.speech.failed);
        },
      );
    };
    const setRate = (rate: SpeechRate) => {
      ctx.settings.set({ speechRate: rate });
      ctx.announce(t.announce.rate(t.rates[rate]));
    };
    const cycleRate = () => {
      if (!hub.supported()) return ctx.announce(t.speech.unsupported);
      const i = SPEECH_RATES.indexOf(ctx.settings.value.speechRate);
      setRate(SPEECH_RATES[(i + 1) % SPEECH_RATES.length]!);
    };
    return {
      uses: ['sound'],
      isOn: (s) => s.sound,
      apply: () => ({ undo: stop }),
      controls(s) {
        const supported = hub.supported();
        const disabled = !supported;
        const note = supported ? undefined : t.speech.unsupported;
        const label = state() === 'reading' ? t.controls.pause : state() === 'paused' ? t.controls.resume : t.controls.readAloud;
        return [
          {
            type: 'button',
            key: 'read-aloud',
            group: 'speech',
            label,
            icon: state() === 'reading' ? 'pause' : 'play',
            shortcut: 'Alt+X',
            disabled,
            note,
            activate: toggle,
          },
          { type: 'button', key: 'stop-reading', label: t.controls.stop, icon: 'stop', group: 'speech', disabled, note, activate: stop },
          {
            type: 'menu',
            key: 'speech-rate',
            group: 'speech',
            label: t.controls.speechRate,
            icon: 'rate',
            value: t.rates[s.speechRate],
            shortcut: 'Alt+S',
            disabled,
            note,
            options: SPEECH_RATES.map((r) => ({ value: r, label: t.rates[r], checked: s.speechRate === r })),
            select: (v) => setRate(v as SpeechRate),
          },
        ];
      },
      shortcuts: [
        { code: 'KeyX', keys: 'Alt+X', label: t.controls.readAloud, run: toggle },
        { code: 'KeyS', keys: 'Alt+S', label: t.controls.speechRate, run: cycleRate },
      ],
    };
  },
});

declare module '../feature.js' {
  interface FeatureParts {
    'read-aloud': typeof import('./read-aloud.part.js');
  }
}
