/** The Web Speech API engine: window.speechSynthesis with a voice chosen by language. */
import type { SpeakHandlers, SpeechEngine, Utterance } from './engine.js';
import { pickVoice, voicesFor } from '../../core/voice.js';

type SpeechWindow = Window & {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
};

export function createWebSpeechEngine(win: Window): SpeechEngine | null {
  const w = win as SpeechWindow;
  let synth: SpeechSynthesis | undefined;
  try {
    synth = w.speechSynthesis;
  } catch {
    synth = undefined;
  }
  const Utter = w.SpeechSynthesisUtterance;
  if (!synth || typeof Utter !== 'function') return null;
  const s = synth;
  /** The utterance being spoken: kept referenced, or Chrome may collect it and never fire onend. */
  let current: SpeechSynthesisUtterance | null = null;
  const voices = (): SpeechSynthesisVoice[] => {
    try {
      return s.getVoices() ?? [];
    } catch {
      return [];
    }
  };
  return {
    kind: 'web',
    canSpeak: (lang) => pickVoice(voices(), lang) !== null,
    voices: (lang) => voicesFor(voices(), lang),
    speak(u: Utterance, h: SpeakHandlers) {
      this.cancel();
      // The user's voice while the browser still has it (voices come and go with voiceschanged), else the best fit.
      const voice = pickVoice(voices(), u.lang, u.voice);
      const utterance = new Utter(u.text);
      utterance.lang = voice?.lang ?? u.lang;
      if (voice) utterance.voice = voice;
      utterance.rate = u.rate;
      current = utterance;
      const mine = () => current === utterance;
      utterance.onstart = () => {
        if (mine()) h.onstart?.();
      };
      utterance.onend = () => {
        if (!mine()) return;
        current = null;
        h.onend();
      };
      utterance.onerror = (e: SpeechSynthesisErrorEvent) => {
        if (!mine()) return;
        current = null;
        // cancel() reports 'interrupted'/'canceled' on the old utterance: not a failure.
        if (e.error === 'interrupted' || e.error === 'canceled') return;
        h.onerror(e.error === 'not-allowed' ? 'not-allowed' : 'failed');
      };
      s.speak(utterance);
    },
    cancel() {
      current = null;
      try {
        // cancel() before every new start: Chrome otherwise queues behind a stuck utterance.
        s.cancel();
      } catch {
        /* nothing to cancel */
      }
    },
    onChange(callback) {
      const handler = () => callback();
      try {
        s.addEventListener('voiceschanged', handler);
      } catch {
        return () => {};
      }
      return () => s.removeEventListener('voiceschanged', handler);
    },
  };
}
