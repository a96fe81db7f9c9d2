/**
 * Pure text helpers for the aids that show what the user points at: whitespace
 * folding, cutting a long block down to the sentence under the pointer, and
 * cutting a long sentence or label without cutting a word.
 *
 * Cuts fall on word boundaries: Intl.Segmenter (word granularity) where the
 * browser has it, else whitespace (old browsers, Firefox ESR 115). Chinese text
 * is cut after clause punctuation (，、：；) first, so a phrase stays whole, then
 * between words. Creating a word segmenter costs milliseconds (ICU data, the
 * Chinese dictionary), too much for one pointer move: it is made in idle time
 * after the first request, and whitespace serves until then. A mark `…` stands
 * where text was cut.
 */

/** Folds runs of whitespace (including full-width spaces) to one space and trims. */
export function foldSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Sentence ends in Chinese and Western text; the cut keeps the mark. */
const SENTENCE_END = /[。！？!?；;…]|\.(?=\s|$)/g;
/** Clause marks a Chinese excerpt may end after (and start after). */
const CLAUSE_MARK = /[，、：；,;:。！？!?）)」』”’》】]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Characters between which text without spaces may be cut when no segmenter is there (CJK). */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u3000-\u303f\uff00-\uffef]/;
/** How far around a cut the word boundaries are looked for. */
const REACH = 32;

type Kind = 'zh' | 'other';
const segmenters: Partial<Record<Kind, Intl.Segmenter | null>> = {};
let warming = false;

/** Makes the word segmenters now (tests; or idle time in the browser). */
export function warmWordCuts(): void {
  for (const kind of ['other', 'zh'] as const) {
    if (kind in segmenters) continue;
    try {
      const seg = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(kind === 'zh' ? 'zh' : 'en', { granularity: 'word' }) : null;
      // The first segment() loads the data (and, for Chinese, the dictionary): pay it here, not on a pointer move.
      if (seg) for (const _ of seg.segment(kind === 'zh' ? '中文分词' : 'warm up')) void _;
      segmenters[kind] = seg;
    } catch {
      segmenters[kind] = null;
    }
  }
}

/** The word segmenter when it is ready; else null, and it gets made in idle time. */
function segmenterFor(kind: Kind): Intl.Segmenter | null {
  const seg = segmenters[kind];
  if (seg !== undefined) return seg;
  if (!warming) {
    warming = true;
    const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void };
    if (typeof g.requestIdleCallback === 'function') g.requestIdleCallback(warmWordCuts, { timeout: 1000 });
    else setTimeout(warmWordCuts, 50);
  }
  return null;
}

/** Test hook: forget the segmenters (to test the whitespace fallback). */
export function resetWordCuts(segmenter: boolean): void {
  delete segmenters.zh;
  delete segmenters.other;
  warming = false;
  if (!segmenter) {
    segmenters.zh = null;
    segmenters.other = null;
  }
}

const space = (ch: string | undefined) => ch !== undefined && /[\s\u3000]/.test(ch);

/**
 * Word boundaries of `text` between `a` and `b` (both included when they are the
 * text's ends). A slice is segmented, not the whole text: its own ends are not boundaries.
 */
function wordBoundaries(text: string, a: number, b: number, kind: Kind): number[] {
  a = Math.max(0, a);
  b = Math.min(text.length, b);
  const out: number[] = [];
  const seg = segmenterFor(kind);
  if (seg) {
    for (const s of seg.segment(text.slice(a, b))) out.push(a + s.index);
    out.push(b);
  } else {
    for (let i = a; i <= b; i++) {
      const before = text[i - 1];
      const after = text[i];
      if (i === 0 || i === text.length || space(before) || space(after) || CJK.test(before!) || CJK.test(after!)) out.push(i);
    }
  }
  return out.filter((i) => (i > a || a === 0) && (i < b || b === text.length));
}

/** Positions just after a clause mark (and the spaces after it) in [a, b]. */
function clauseBoundaries(text: string, a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(1, a); i <= Math.min(text.length, b); i++) {
    if (CLAUSE_MARK.test(text[i - 1]!) && !CLAUSE_MARK.test(text[i] ?? '')) out.push(i);
  }
  return out;
}

/**
 * The word around `at` as [start, end): from the boundary at or before it to the
 * first after it, looked for up to `reach` away (no boundary there: the text's ends
 * beyond reach, which makes it a word too long for any excerpt).
 */
function wordAt(text: string, at: number, kind: Kind, reach: number): [number, number] {
  const bounds = wordBoundaries(text, at - reach, at + reach + 1, kind);
  let start = -1;
  let end = -1;
  for (const b of bounds) {
    if (b <= at) start = b;
    else {
      end = b;
      break;
    }
  }
  return [start < 0 ? Math.max(0, at - 2 * reach) : start, end < 0 ? Math.min(text.length, at + 2 * reach) : end];
}

/**
 * The stretch [from, to) of `text`, at most `max` long, holding the word at `at`,
 * with both ends on word boundaries (Chinese: after clause marks when there are any near).
 */
export function wordWindow(text: string, at: number, max: number): [number, number] {
  const len = text.length;
  if (len <= max) return [0, len];
  at = Math.max(0, Math.min(at, len - 1));
  const kind: Kind = HAN.test(text) ? 'zh' : 'other';
  const [ws, we] = wordAt(text, at, kind, max);
  // A "word" longer than the whole excerpt (a long URL): a window around the pointer is all there is.
  if (we - ws >= max) {
    const from = Math.max(ws, Math.min(at - Math.floor(max / 2), we - max));
    return [from, from + max];
  }
  let from0 = Math.max(0, Math.min(at - Math.floor(max / 2), len - max));
  if (from0 > ws) from0 = ws;
  if (from0 + max < we) from0 = we - max;
  // Start: the first boundary at or after from0 (a clause end within the first third for Chinese).
  const slack = Math.floor(max / 3);
  let from = ws;
  const clauseStart = kind === 'zh' ? clauseBoundaries(text, from0, Math.min(ws, from0 + slack)) : [];
  if (from0 === 0) from = 0;
  else if (clauseStart.length) from = clauseStart[0]!;
  else from = wordBoundaries(text, from0 - REACH, Math.min(ws, from0 + REACH), kind).find((b) => b >= from0 && b <= ws) ?? ws;
  // End: the last boundary at or before from + max, never before the word's end.
  const limit = Math.min(len, from + max);
  let to = we;
  const clauseEnd = kind === 'zh' ? clauseBoundaries(text, Math.max(we, limit - slack), limit) : [];
  if (limit === len) to = len;
  else if (clauseEnd.length) to = clauseEnd[clauseEnd.length - 1]!;
  else {
    const bounds = wordBoundaries(text, Math.max(we, limit - REACH), limit + REACH, kind).filter((b) => b >= we && b <= limit);
    to = bounds[bounds.length - 1] ?? we;
  }
  return [from, to];
}

/** `text[from, to)` trimmed, with `…` on each side where text was cut. */
function marked(text: string, from: number, to: number): string {
  return (from > 0 ? '…' : '') + text.slice(from, to).trim() + (to < text.length ? '…' : '');
}

/**
 * The sentence of `text` that contains `offset`, at most `max` characters (cut on
 * word boundaries around the offset when one sentence is longer, the word at the
 * offset always inside). Whitespace is folded first. Short text comes back whole.
 */
export function excerptAround(text: string, offset: number, max = 80): string {
  // Fold whitespace (source indentation would eat the excerpt's length), keeping the offset in step.
  const folded = text.replace(/[\s\u3000]+/g, ' ');
  const lead = folded.length - folded.trimStart().length;
  const clean = folded.trim();
  if (clean.length <= max) return clean;
  const at = Math.max(0, Math.min(text.slice(0, Math.max(0, offset)).replace(/[\s\u3000]+/g, ' ').length - lead, clean.length - 1));
  let start = 0;
  let end = clean.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(clean); m; m = SENTENCE_END.exec(clean)) {
    const after = m.index + m[0].length;
    if (after <= at) start = after;
    else {
      end = after;
      break;
    }
  }
  let sentence = clean.slice(start, end);
  const trimmed = sentence.length - sentence.trimStart().length;
  sentence = sentence.trim();
  const local = Math.max(0, at - start - trimmed);
  if (sentence.length <= max) return sentence;
  // One very long sentence: whole words around the pointer, marked as cut.
  const [from, to] = wordWindow(sentence, local, max);
  return marked(sentence, from, to);
}

/** The start of `text`, at most `max` characters, ending on a word boundary, with `…` when cut. */
export function clipText(text: string, max: number): string {
  const clean = foldSpace(text);
  if (clean.length <= max) return clean;
  const [from, to] = wordWindow(clean, 0, max);
  return marked(clean, from, to);
}
