/**
 * The speech service behind the door, made once per widget by the runtime and
 * offered to features as `ctx.speech`: what 声音, 指读 and 连读 share. It owns
 * everything of speech that touches the host page: the engines (Web Speech, else
 * the remote service) on the host window and the browser's user-activation rule.
 * Finding the article and the caret under a click (./reading.ts) load with the
 * reader instead, so pages where nobody reads aloud never download them.
 * Features call its methods and never see the document or window.
 */
import { languageOf, SENTENCE_SAMPLE_MIN } from '../../core/language.js';
import { RATE_VALUES, shortPieces } from '../../core/voice.js';
import type { SpeakFailure, SpeechEngine, Utterance } from './engine.js';
import { createRemoteEngine } from './engine-remote.js';
import { createWebSpeechEngine } from './engine-web.js';
import { windowOf } from '../door-keys.js';
import type { Host } from '../host.js';
import type { SpeechRate } from '../../core/speech-rates.js';

/** What the service needs from the runtime: narrow, so the door imports no feature. */
export interface SpeechDeps {
  page: Host;
  config: { pageLang: string; ttsUrl: string | null; article: string | null };
  /** The 语速 setting now (a key of RATE_VALUES). */
  speechRate(): SpeechRate;
  /** The 发音人 setting now: the chosen voice's name, '' for the best fit. */
  voice?(): string;
  /** The messages a failure is reported with, in the UI's language. */
  messages(): { clickToStart: string; failed: string };
  announce(text: string): void;
  requestRender(): void;
}

export interface SpeakOptions {
  /** The reading this utterance belongs to: aborting it stops the utterance and silences its callbacks. */
  signal?: AbortSignal;
  onstart?(): void;
  onend?(): void;
  onerror?(reason: SpeakFailure): void;
}

export class SpeechHub {
  #deps: SpeechDeps;
  #web: SpeechEngine | null;
  #remote: SpeechEngine | null;
  #active: SpeechEngine | null = null;
  /** The utterance being spoken: speaking again or cancelling aborts it, so its late events are ignored. */
  #current: AbortController | null = null;
  #promptedActivation = false;
  /** True while 连读 is speaking: announcements and 指读 then stay silent rather than cut the article. */
  reading = false;

  constructor(deps: SpeechDeps) {
    this.#deps = deps;
    const win = windowOf(deps.page);
    const url = deps.config.ttsUrl;
    this.#web = safe(() => createWebSpeechEngine(win));
    this.#remote = url ? safe(() => createRemoteEngine(win, url)) : null;
    // Voices may arrive after start-up (Chrome loads them lazily): re-render so controls enable.
    this.#web?.onChange(() => deps.requestRender());
    // Asking once makes Chrome start loading its voices, so they are there by the first click.
    safe(() => this.#web?.canSpeak(this.lang));
  }

  /** The page's language (data-lang, else its `lang` when the text agrees, else the text's), decided once at start. */
  get lang(): string {
    return this.#deps.config.pageLang;
  }

  get rate(): number {
    return RATE_VALUES[this.#deps.speechRate()] ?? 1;
  }

  #engine(lang: string): SpeechEngine | null {
    if (this.#web && safe(() => this.#web!.canSpeak(lang))) return this.#web;
    return this.#remote;
  }

  /** Whether anything can speak the page's language (else speech controls are disabled). */
  supported(lang = this.lang): boolean {
    return this.#engine(lang) !== null;
  }

  /**
   * The browser's voices for a language (the page's by default), best fit first:
   * what 发音人 offers. Empty when only the remote service (or nothing) speaks it.
   */
  voices(lang = this.lang): { name: string; lang: string }[] {
    if (this.#engine(lang) !== this.#web) return [];
    return safe(() => this.#web?.voices?.(lang)) ?? [];
  }

  /** Whether the browser will let us speak now (it refuses before the user's first interaction). */
  #activated(): boolean {
    const ua = (windowOf(this.#deps.page).navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
    return ua ? ua.hasBeenActive : true;
  }

  /** Speaks one utterance, cancelling whatever was being said. Never throws. */
  speak(u: Utterance, options: SpeakOptions = {}): void {
    this.cancel();
    const { signal } = options;
    if (signal?.aborted) return;
    const mine = (this.#current = new AbortController());
    // The reading stopped: stop its utterance too (if it is still the one being said).
    const onAbort = () => {
      if (this.#current === mine) this.cancel();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    mine.signal.addEventListener('abort', () => signal?.removeEventListener('abort', onAbort), { once: true });
    const live = () => !mine.signal.aborted;
    const fail = (reason: SpeakFailure) => {
      if (live()) options.onerror?.(reason);
    };
    if (!this.#activated()) {
      queueMicrotask(() => fail('not-allowed'));
      return;
    }
    const engine = this.#engine(u.lang);
    if (!engine) {
      queueMicrotask(() => fail('failed'));
      return;
    }
    this.#active = engine;
    // The user's 发音人 goes with every utterance; the engine falls back when the browser no longer has it.
    const utterance = { ...u, voice: u.voice ?? this.#deps.voice?.() ?? '' };
    try {
      engine.speak(utterance, {
        onstart: () => {
          if (live()) options.onstart?.();
        },
        onend: () => {
          if (live()) options.onend?.();
        },
        onerror: fail,
      });
    } catch {
      queueMicrotask(() => fail('failed'));
    }
  }

  /**
   * Says a short text (an announcement, what the pointer rests on) in short utterances; skipped while 连读 speaks.
   * Without a `lang`, the text's own language (an English link on a Chinese page is said in English).
   */
  say(text: string, lang = languageOf(text, [this.lang], this.lang, SENTENCE_SAMPLE_MIN)): void {
    // No voice for this language (a UI language unlike the page's): stay silent rather than report errors.
    if (this.reading || !text.trim() || !this.supported(lang)) return;
    const parts = shortPieces(text, lang);
    // Speaking over or cancelling a part silences its onend, so a superseded text stops there.
    const next = (i: number) => {
      const part = parts[i];
      if (part === undefined) return;
      this.speak({ text: part, lang, rate: this.rate }, { onend: () => next(i + 1), onerror: (r) => this.reportFailure(r) });
    };
    next(0);
  }

  /** Stops all speech. */
  cancel(): void {
    const current = this.#current;
    this.#current = null;
    current?.abort();
    const active = this.#active;
    this.#active = null;
    try {
      active?.cancel();
    } catch {
      /* nothing to stop */
    }
  }

  /**
   * Tells the user why speech failed: visibly (ctx.announce) and, through 声音,
   * spoken when possible. "Click to start" is said once per page.
   */
  reportFailure(reason: SpeakFailure): void {
    const t = this.#deps.messages();
    if (reason === 'not-allowed') {
      if (this.#promptedActivation) return;
      this.#promptedActivation = true;
      this.#deps.announce(t.clickToStart);
    } else {
      // Saying "reading failed" may itself fail: at most one report every few seconds, never a loop.
      const now = Date.now();
      if (now - this.#lastFailure < 5000) return;
      this.#lastFailure = now;
      this.#deps.announce(t.failed);
    }
  }

  #lastFailure = -Infinity;
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** What features get as `ctx.speech`. */
export type SpeechService = SpeechHub;

export function createSpeechService(deps: SpeechDeps): SpeechService {
  return new SpeechHub(deps);
}
