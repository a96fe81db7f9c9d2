// A recording stand-in for window.speechSynthesis, installed before page scripts
// run. Every utterance is logged; with `auto` it "speaks" each in a few ms,
// otherwise a test ends utterances itself with window.__tts.finish().
import type { Page } from '@playwright/test';

export interface FakeVoice {
  name: string;
  lang: string;
}

export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

export const DEFAULT_VOICES: FakeVoice[] = [
  { name: 'English (America)', lang: 'en-US' },
  // Linux espeak-ng labels Mandarin `cmn`, not zh-CN.
  { name: 'Chinese (Mandarin)', lang: 'cmn' },
];

/** Several Mandarin voices, as Windows and Edge offer them: for 发音人 (voice choice). */
export const MANY_ZH_VOICES: FakeVoice[] = [
  ...DEFAULT_VOICES,
  { name: 'Xiaoxiao (zh-CN)', lang: 'zh-CN' },
  { name: 'Yunxi (zh-CN)', lang: 'zh-CN' },
];

interface Options {
  voices: FakeVoice[];
  auto: boolean;
  /** Voices appear only when the test calls window.__tts.loadVoices() (as late as in real Chrome), with a voiceschanged event. */
  voicesLater: boolean;
  /** Every speak() fails with this error instead of speaking. */
  failWith: string | null;
  /**
   * Like Chrome before the user's first interaction: speak() fails with 'not-allowed'
   * until a trusted click or key press. (Playwright's evaluate() itself counts as a
   * user gesture, so navigator.userActivation cannot show this in tests.)
   */
  requireActivation: boolean;
}

export async function fakeSpeech(page: Page, options: Partial<Options> = {}): Promise<void> {
  const o: Options = { voices: DEFAULT_VOICES, auto: true, voicesLater: false, failWith: null, requireActivation: false, ...options };
  await page.addInitScript((o: Options) => {
    type U = {
      text: string;
      lang: string;
      rate: number;
      voice: { name: string } | null;
      onstart?: ((e: object) => void) | null;
      onend?: ((e: object) => void) | null;
      onerror?: ((e: object) => void) | null;
    };
    const log: { text: string; lang: string; rate: number; voice: string | null }[] = [];
    let queue: U[] = [];
    let current: U | null = null;
    let voices = o.voicesLater ? [] : o.voices.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }));
    const listeners = new Set<(e: Event) => void>();
    let cancels = 0;
    let blocked = 0;
    let activated = false;
    for (const type of ['pointerdown', 'keydown']) {
      window.addEventListener(
        type,
        (e) => {
          if (e.isTrusted) activated = true;
        },
        true,
      );
    }
    const finish = (u: U | null = current) => {
      if (!u || current !== u) return;
      current = null;
      u.onend?.({ type: 'end' });
      pump();
    };
    const pump = () => {
      if (current || queue.length === 0) return;
      const u = (current = queue.shift()!);
      setTimeout(() => {
        if (current !== u) return;
        if (o.failWith) {
          current = null;
          u.onerror?.({ type: 'error', error: o.failWith });
          return;
        }
        u.onstart?.({ type: 'start' });
        if (state.auto) setTimeout(() => finish(u), 5);
      }, 0);
    };
    const state = { auto: o.auto };
    class FakeUtterance {
      text: string;
      lang = '';
      rate = 1;
      pitch = 1;
      volume = 1;
      voice: { name: string } | null = null;
      onstart = null;
      onend = null;
      onerror = null;
      constructor(text = '') {
        this.text = text;
      }
    }
    const synth = {
      get speaking() {
        return current !== null;
      },
      get pending() {
        return queue.length > 0;
      },
      paused: false,
      onvoiceschanged: null,
      getVoices: () => voices,
      speak(u: U) {
        if (o.requireActivation && !activated) {
          blocked++;
          setTimeout(() => u.onerror?.({ type: 'error', error: 'not-allowed' }));
          return;
        }
        log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null });
        queue.push(u);
        pump();
      },
      cancel() {
        cancels++;
        const all = [current, ...queue].filter((u): u is U => u !== null);
        current = null;
        queue = [];
        for (const u of all) u.onerror?.({ type: 'error', error: 'interrupted' });
      },
      pause() {},
      resume() {},
      addEventListener: (_t: string, fn: (e: Event) => void) => listeners.add(fn),
      removeEventListener: (_t: string, fn: (e: Event) => void) => listeners.delete(fn),
    };
    const loadVoices = () => {
      voices = o.voices.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }));
      for (const fn of listeners) fn(new Event('voiceschanged'));
    };
    /** A voice goes away (an online voice lost, a language pack removed), with a voiceschanged event. */
    const removeVoice = (name: string) => {
      voices = voices.filter((v) => v.name !== name);
      for (const fn of listeners) fn(new Event('voiceschanged'));
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
    Object.defineProperty(window, '__tts', {
      value: {
        log,
        state,
        finish: () => finish(),
        current: () => current?.text ?? null,
        cancels: () => cancels,
        blocked: () => blocked,
        loadVoices,
        removeVoice,
      },
    });
  }, o);
}

/** Takes one voice away, as the browser does when a voice disappears (voiceschanged fires). */
export function removeVoice(page: Page, name: string): Promise<void> {
  return page.evaluate((n) => (window as unknown as { __tts: { removeVoice(n: string): void } }).__tts.removeVoice(n), name);
}

/** What was spoken so far. */
export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __tts: { log: Spoken[] } }).__tts.log.slice());
}

/** Ends the utterance being spoken (manual mode). */
export function finishUtterance(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __tts: { finish(): void } }).__tts.finish());
}

/** The text of the current read-aloud highlight, or null. */
export function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('wza-reading');
    if (!h) return null;
    const [range] = [...h] as Range[];
    return range ? range.toString().replace(/\s+/g, ' ').trim() : null;
  });
}
