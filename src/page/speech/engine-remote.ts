/** The remote engine: the site's speech service (data-tts-url), played through an Audio element. */
import type { SpeakHandlers, SpeechEngine, Utterance } from './engine.js';
import { ttsUrl } from '../../core/voice.js';

export function createRemoteEngine(win: Window, template: string): SpeechEngine | null {
  const AudioCtor = (win as Window & { Audio?: typeof Audio }).Audio;
  if (typeof AudioCtor !== 'function') return null;
  let current: HTMLAudioElement | null = null;
  const stop = (audio: HTMLAudioElement | null) => {
    if (!audio) return;
    audio.onplaying = audio.onended = audio.onerror = null;
    try {
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
    } catch {
      /* already gone */
    }
  };
  return {
    kind: 'remote',
    canSpeak: () => true,
    speak(u: Utterance, h: SpeakHandlers) {
      this.cancel();
      const audio = new AudioCtor();
      current = audio;
      const mine = () => current === audio;
      const fail = (reason: 'not-allowed' | 'failed') => {
        if (!mine()) return;
        current = null;
        stop(audio);
        h.onerror(reason);
      };
      audio.onplaying = () => {
        if (mine()) h.onstart?.();
      };
      audio.onended = () => {
        if (!mine()) return;
        current = null;
        h.onend();
      };
      audio.onerror = () => fail('failed');
      audio.src = ttsUrl(template, u.text, u.lang, u.rate);
      audio.play().catch((e: unknown) => {
        // play() rejects with NotAllowedError before the user interacted with the page.
        const name = e instanceof Error || (typeof e === 'object' && e !== null) ? (e as { name?: string }).name : '';
        if (name === 'AbortError') return; // we paused it ourselves
        fail(name === 'NotAllowedError' ? 'not-allowed' : 'failed');
      });
    },
    cancel() {
      const audio = current;
      current = null;
      stop(audio);
    },
    onChange: () => () => {},
  };
}
