/**
 * The reader of 连读, in read-aloud's own lazy part (loaded on the first 连读): reads the article,
 * title first, sentence by sentence in short utterances, each in its own text's
 * language; highlights the sentence (CSS Custom Highlight API) and keeps it in
 * view; tells captions what it reads; a click on a sentence jumps there. Events of
 * the engine drive the queue. A reading has one AbortSignal, made where it starts
 * (read-aloud.ts) and passed to everything it sets up (preparing, each utterance,
 * the highlight, the click-to-jump listener): 停止, 声音 off, 重置, 退出, a new
 * reading and leaving the page abort it, and everything stops.
 */
import { createHighlighter, type Highlighter } from '../../page/highlight.js';
import type { Undo } from '../../page/page.js';
import type { SpeechService } from '../../page/speech/hub.js';
import { caretOnPage, readArticle } from '../../page/speech/reading.js';
import { sentenceAt, type Reading } from '../../page/speech/prepare.js';
import type { FeatureContext } from '../feature.js';

export type ReaderState = 'idle' | 'reading' | 'paused';

export class Reader {
  state: ReaderState = 'idle';
  #ctx: FeatureContext;
  #hub: SpeechService;
  #reading: Reading | null = null;
  #sentence = 0;
  #part = 0;
  #shown = -1;
  /** The reading's own signal; the reader also ends by itself (last sentence, failure) through #end. */
  #signal: AbortSignal | null = null;
  #highlighter: Highlighter | null = null;
  /** What this reading put on the page besides the highlight, taken away when it ends. */
  #undos: Undo[] = [];

  constructor(ctx: FeatureContext) {
    this.#ctx = ctx;
    this.#hub = ctx.speech;
  }

  /** Starts from the title of the article on the page now (a new one after single-page navigation) until `signal` aborts. */
  start(signal: AbortSignal): void {
    this.#end(false);
    if (signal.aborted) return;
    const ctx = this.#ctx;
    let reading: Reading | null = null;
    try {
      reading = readArticle(ctx.page, ctx.config.article, this.#hub.lang, signal);
    } catch (error) {
      // The page is too odd to read: say so, keep the page.
      console.warn('[wza] read-aloud could not start:', error);
      ctx.announce(ctx.t.speech.failed);
      return;
    }
    if (signal.aborted) return;
    if (!reading || reading.sentences.length === 0) {
      ctx.announce(ctx.t.speech.noArticle);
      return;
    }
    this.#reading = reading;
    this.#sentence = 0;
    this.#part = 0;
    this.#signal = signal;
    this.#highlighter = createHighlighter(ctx.page);
    // Clicking a sentence of the article jumps there. Passive: the click itself goes on as usual.
    this.#undos.push(ctx.page.listen('document', 'click', (e) => this.#handleClick(e), { passive: true }));
    const onAbort = () => this.#end();
    signal.addEventListener('abort', onAbort, { once: true });
    this.#undos.push(() => signal.removeEventListener('abort', onAbort));
    this.#setState('reading');
    this.#speakCurrent();
  }

  pause(): void {
    if (this.state !== 'reading') return;
    this.#setState('paused');
    this.#hub.cancel();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.#setState('reading');
    // Resumes at the start of the utterance that was cut: a few words again beats a lost half sentence.
    this.#speakCurrent();
  }

  /** Stops reading and takes away everything it put on the page (the reading's signal aborting does the same). */
  stop(render = true): void {
    this.#end(render);
  }

  #end(render = true): void {
    const wasOn = this.state !== 'idle';
    this.#signal = null;
    for (const undo of this.#undos.splice(0)) undo();
    this.#highlighter?.remove();
    this.#highlighter = null;
    this.#reading = null;
    this.#shown = -1;
    this.state = 'idle';
    this.#hub.reading = false;
    if (wasOn) {
      this.#hub.cancel();
      this.#ctx.bus.emit('reading', '');
      if (render) this.#ctx.requestRender();
    }
  }

  jump(sentence: number): void {
    if (!this.#reading || sentence < 0 || sentence >= this.#reading.sentences.length) return;
    this.#sentence = sentence;
    this.#part = 0;
    if (this.state === 'paused') this.#setState('reading');
    this.#speakCurrent();
  }

  #setState(state: ReaderState): void {
    this.state = state;
    this.#hub.reading = state === 'reading';
    this.#ctx.requestRender();
  }

  #speakCurrent(): void {
    const reading = this.#reading;
    if (!reading || this.state !== 'reading') return;
    // Single-page navigation replaced the article: stop; 连读 then reads the new one.
    if (!reading.article.body.isConnected) return this.#end();
    const sentence = reading.sentences[this.#sentence];
    if (!sentence) return this.#end();
    const part = sentence.parts[this.#part];
    if (part === undefined) {
      this.#sentence++;
      this.#part = 0;
      return this.#speakCurrent();
    }
    if (this.#shown !== this.#sentence) {
      this.#shown = this.#sentence;
      try {
        this.#highlighter?.show(sentence.range?.startContainer.isConnected ? sentence.range : null);
      } catch {
        /* highlighting is a help, never a reason to stop */
      }
      this.#ctx.bus.emit('reading', sentence.text);
    }
    const signal = this.#signal ?? undefined;
    // The rate is read per utterance, so a 语速 change applies from the next one; each
    // utterance is spoken in its own text's language (an English quote in a Chinese article).
    this.#hub.speak(
      // Without a voice for a part's language, the article's voice reads it rather than stopping there.
      { text: part.text, lang: this.#hub.supported(part.lang) ? part.lang : reading.lang, rate: this.#hub.rate },
      {
        signal,
        onend: () => {
          if (signal?.aborted || this.state !== 'reading') return;
          this.#part++;
          this.#speakCurrent();
        },
        onerror: (reason) => {
          if (signal?.aborted) return;
          this.#end();
          this.#hub.reportFailure(reason);
        },
      },
    );
  }

  #handleClick(e: MouseEvent): void {
    const reading = this.#reading;
    if (!reading || this.state === 'idle') return;
    // Clicks on the widget itself (retargeted to its wza-* host) are not in the article.
    if (e.target instanceof Element && e.target.localName.startsWith('wza-')) return;
    const caret = caretOnPage(this.#ctx.page, e.clientX, e.clientY);
    if (!caret) return;
    const i = sentenceAt(reading, caret.node, caret.offset);
    if (i >= 0) this.jump(i);
  }
}
