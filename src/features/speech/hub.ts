/**
 * What 声音, 指读 and 连读 share: the engines (Web Speech, else the remote
 * service), the language and rate to speak with, the browser's user-activation
 * rule, and how failures are reported. One hub per widget (keyed by its bus), so
 * the three features never import each other.
 */
import type { Bus } from '../../bus.js';
import { languageOf, SENTENCE_SAMPLE_MIN } from '../../core/language.js';
import type { SpeakFailure, SpeechEngine, Utterance } from '../../speech/engine.js';
import { createRemoteEngine } from '../../speech/engine-remote.js';
import { createWebSpeechEngine } from '../../speech/engine-web.js';
import { RATE_VALUES, shortPieces } from '../../core/voice.js';
import type { FeatureContext } from '../feature.js';

export interface SpeakOptions {
  /** The reading this utterance belongs to: aborting it stops the utterance and silences its callbacks. */
  signal?: AbortSignal;
  onstart?(): void;
  onend?(): void;
  onerror?(reason: SpeakFailure): void;
}

export class SpeechHub {
  #ctx: FeatureContext;
  #web: SpeechEngine | null;
  #remote: SpeechEngine | null;
  #active: SpeechEngine | null = null;
  /** The utterance being spoken: speaking again or cancelling aborts it, so its late events are ignored. */
  #current: AbortController | null = null;
  #promptedActivation = false;
  /** True while 连读 is speaking: announcements and 指读 then stay silent rather than cut the article. */
  reading = false;

  constructor(ctx: FeatureContext) {
    this.#ctx = ctx;
    const win = ctx.page.window;
    this.#web = safe(() => createWebSpeechEngine(win));
    this.#remote = ctx.config.ttsUrl ? safe(() => createRemoteEngine(win, ctx.config.ttsUrl!)) : null;
    // Voices may arrive after start-up (Chrome loads them lazily): re-render so controls enable.
    this.#web?.onChange(() => ctx.requestRender());
    // Asking once makes Chrome start loading its voices, so they are there by the first click.
    safe(() => this.#web?.canSpeak(this.lang));
  }

  /** The page's language (data-lang, else its `lang` when the text agrees, else the text's), decided once at start. */
  get lang(): string {
    return this.#ctx.config.pageLang;
  }

  get rate(): number {
    return RATE_VALUES[this.#ctx.settings.value.speechRate] ?? 1;
  }

  #engine(lang: string): SpeechEngine | null {
    if (this.#web && safe(() => this.#web!.canSpeak(lang))) return this.#web;
    return this.#remote;
  }

  /** Whether anything can speak the page's language (else speech controls are disabled). */
  supported(lang = this.lang): boolean {
    return this.#engine(lang) !== null;
  }

  /** Whether the browser will let us speak now (it refuses before the user's first interaction). */
  #activated(): boolean {
    const ua = (this.#ctx.page.window.navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
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
    try {
      engine.speak(u, {
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
    const t = this.#ctx.t.speech;
    if (reason === 'not-allowed') {
      if (this.#promptedActivation) return;
      this.#promptedActivation = true;
      this.#ctx.announce(t.clickToStart);
    } else {
      // Saying "reading failed" may itself fail: at most one report every few seconds, never a loop.
      const now = Date.now();
      if (now - this.#lastFailure < 5000) return;
      this.#lastFailure = now;
      this.#ctx.announce(t.failed);
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

const hubs = new WeakMap<Bus, SpeechHub>();

export function speechHub(ctx: FeatureContext): SpeechHub {
  let hub = hubs.get(ctx.bus);
  if (!hub) hubs.set(ctx.bus, (hub = new SpeechHub(ctx)));
  return hub;
}
