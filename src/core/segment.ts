/**
 * Sentence segmentation for reading aloud: pure, string in → offsets out, so it
 * can be tested without a DOM and mapped back to page Ranges by src/page/.
 *
 * Sentences come from Intl.Segmenter (other languages) or Chinese punctuation
 * 。！？ and ；… (ICU ends no sentence at ； or …). A sentence longer than the utterance limit (40
 * characters in Chinese, 160 otherwise — Chrome's voices stop after ~15 s) is
 * cut at clause punctuation ，、：, then at word boundaries, into utterances
 * packed greedily up to the limit. The highlight still covers the whole sentence.
 */
import { SENTENCE_SAMPLE_MIN, textLanguage } from './language.js';

export interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan extends Span {
  /** Utterances, in order, covering the sentence's text. */
  parts: Span[];
}

export const MAX_CHINESE = 40;
export const MAX_OTHER = 160;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Sentence ends Intl.Segmenter misses in Chinese, with the closing quotes/brackets that follow them. */
const EXTRA_END_ZH = /(?:[；;]|…+|\.{3,})[”’」』）)\]】〕]*/g;
const CLAUSE_ZH = /[，、：,:；;]/;
const CLAUSE_OTHER = /[,;:，、：；]|\s[-–—]\s/;

export function isChineseLang(lang: string): boolean {
  return /^(zh|cmn|yue|wuu|hak|nan)\b/i.test(lang.trim());
}

/**
 * Whether a piece of text should follow the Chinese rules: its text is clearly
 * Chinese (or clearly not); else the language says so, or it holds Han characters.
 */
export function looksChinese(text: string, lang: string): boolean {
  const kind = textLanguage(text, SENTENCE_SAMPLE_MIN);
  return kind ? kind === 'zh' : isChineseLang(lang) || HAN.test(text);
}

const segmenters = new Map<string, Intl.Segmenter | null>();

/**
 * One cached Intl.Segmenter per language and granularity. Created on first use:
 * the word segmenter loads ICU's Chinese dictionary (tens of ms), so it is only
 * made when a clause has no punctuation to cut at.
 */
function segmenterFor(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter | null {
  const key = `${lang}|${granularity}`;
  if (!segmenters.has(key)) {
    let value: Intl.Segmenter | null = null;
    try {
      if (typeof Intl.Segmenter === 'function') value = new Intl.Segmenter(lang, { granularity });
    } catch {
      value = null; // invalid language tag: fall back to punctuation only
    }
    segmenters.set(key, value);
  }
  return segmenters.get(key)!;
}

/** Shrinks a span to its non-whitespace content; null when it holds none. */
function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Raw sentence spans of one block (no newlines inside). */
function sentencesOf(text: string, start: number, end: number, lang: string, chinese: boolean): Span[] {
  const block = text.slice(start, end);
  const cuts: number[] = [];
  // Chinese sentence ends are punctuation alone (ICU finds nothing more there), and
  // skipping the segmenter saves its cold start; other languages need its rules (Mr. Smith).
  const seg = chinese ? null : segmenterFor(lang, 'sentence');
  if (seg) {
    for (const s of seg.segment(block)) if (s.index > 0) cuts.push(s.index);
  } else {
    for (const m of block.matchAll(/[。！？!?]+[”’」』）)\]】〕]*|[.](?=\s)/g)) cuts.push(m.index + m[0].length);
  }
  if (chinese) for (const m of block.matchAll(EXTRA_END_ZH)) cuts.push(m.index + m[0].length);
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c < block.length).sort((a, b) => a - b);
  const out: Span[] = [];
  let prev = 0;
  for (const c of [...sorted, block.length]) {
    const span = trim(text, start + prev, start + c);
    if (span) out.push(span);
    prev = c;
  }
  return out;
}

/** Cuts one over-long clause at word boundaries (or hard, when a word is longer than the limit). */
function cutWords(text: string, span: Span, max: number, lang: string): Span[] {
  const seg = segmenterFor(lang, 'word');
  const bounds: number[] = [];
  if (seg) for (const w of seg.segment(text.slice(span.start, span.end))) if (w.index > 0) bounds.push(span.start + w.index);
  const out: Span[] = [];
  let from = span.start;
  while (span.end - from > max) {
    let cut = from + max;
    const fit = bounds.filter((b) => b > from && b <= from + max);
    if (fit.length) cut = fit[fit.length - 1]!;
    const piece = trim(text, from, cut);
    if (piece) out.push(piece);
    from = cut;
  }
  const rest = trim(text, from, span.end);
  if (rest) out.push(rest);
  return out;
}

/** The utterances of one sentence: clauses packed greedily up to `max` characters. */
function partsOf(text: string, sentence: Span, max: number, chinese: boolean, lang: string): Span[] {
  if (sentence.end - sentence.start <= max) return [sentence];
  const clause = chinese ? CLAUSE_ZH : CLAUSE_OTHER;
  const clauses: Span[] = [];
  let from = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const m = clause.exec(text.slice(i, i + 3));
    if (m && m.index === 0) {
      const end = i + m[0].length;
      const span = trim(text, from, end);
      if (span) clauses.push(span);
      from = end;
      i = end - 1;
    }
  }
  const last = trim(text, from, sentence.end);
  if (last) clauses.push(last);
  const pieces = clauses.flatMap((c) => (c.end - c.start > max ? cutWords(text, c, max, lang) : [c]));
  const parts: Span[] = [];
  for (const p of pieces) {
    const prev = parts[parts.length - 1];
    if (prev && p.end - prev.start <= max) prev.end = p.end;
    else parts.push({ ...p });
  }
  return parts;
}

/**
 * Splits text into sentences and utterances. A newline is a hard boundary (the
 * DOM walk puts one between blocks), so a sentence never spans two paragraphs.
 * Offsets index `text`; every span is trimmed of whitespace.
 */
export function segment(text: string, lang: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const blocks = /[^\n]+/g;
  for (let m = blocks.exec(text); m; m = blocks.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!/\S/.test(m[0])) continue;
    const chinese = looksChinese(m[0], lang);
    const max = chinese ? MAX_CHINESE : MAX_OTHER;
    for (const s of sentencesOf(text, start, end, lang, chinese)) {
      out.push({ ...s, parts: partsOf(text, s, max, chinese, lang) });
    }
  }
  return out;
}

/**
 * The text to speak for a span: whitespace collapsed; a source line break (\r,
 * from the DOM walk) between two Chinese characters is dropped, as browsers
 * render it.
 */
export function spokenText(text: string, span: Span): string {
  return text
    .slice(span.start, span.end)
    .replace(/([\u3400-\u9fff\u3000-\u303f\uff00-\uffef])[^\S\n]*\r\s*(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])/g, '$1')
    .replace(/\s+/g, ' ');
}
