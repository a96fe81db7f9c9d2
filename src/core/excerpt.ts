/**
 * Pure text helpers for the aids that show what the user points at: whitespace
 * folding, cutting a long block down to the sentence under the pointer, and
 * cutting a long sentence or label without cutting a word.
 *
 * Cuts fall on word boundaries: beside spaces in spaced text (English), and in
 * Chinese after clause punctuation (，、：；) first, so a phrase stays whole, then
 * between words (Intl.Segmenter, word granularity). Creating a word segmenter
 * costs ~20 ms (ICU data, the Chinese dictionary), far too much for one pointer
 * move: it is made in idle time when first needed, and until then (and where the
 * browser has none: old browsers, Firefox ESR 115) whitespace and character
 * boundaries serve. A mark `…` stands where text was cut.
 */

/** Folds runs of whitespace (including full-width spaces) to one space and trims. */
export function foldSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Sentence ends in Chinese and Western text; the cut keeps the mark. */
const SENTENCE_END = /[。！？!?；;…]|\.(?=\s|$)/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** How far around a cut the word boundaries are looked for. */
const REACH = 32;

type Kind = 'zh' | 'other';
/** The word segmenters: undefined until made, null where the browser has none. */
let words: Record<Kind, Intl.Segmenter> | null | undefined;
let warming = false;

/** Makes the word segmenters now (tests; or idle time in the browser). */
export function warmWordCuts(): void {
  if (words !== undefined) return;
  try {
    // The first segment() loads the data (and, for Chinese, the dictionary): paid here, not on a pointer move.
    const make = (lang: string) => {
      const seg = new Intl.Segmenter(lang, { granularity: 'word' });
      for (const _ of seg.segment(lang === 'zh' ? '中文分词' : 'warm up')) void _;
      return seg;
    };
    words = { zh: make('zh'), other: make('en') };
  } catch {
    words = null; // no Intl.Segmenter (Firefox ESR 115, old browsers): whitespace
  }
}

/** The word segmenter when it is ready; else null, and it gets made in idle time. */
function segmenterFor(kind: Kind): Intl.Segmenter | null {
  if (words === undefined && !warming) {
    warming = true;
    const g = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void };
    if (typeof g.requestIdleCallback === 'function') g.requestIdleCallback(warmWordCuts, { timeout: 1000 });
    else setTimeout(warmWordCuts, 50);
  }
  return words?.[kind] ?? null;
}

/** Test hook: forget the segmenters (`false`: as without Intl.Segmenter). */
export function resetWordCuts(segmenter: boolean): void {
  words = segmenter ? undefined : null;
  warming = false;
}

/** Clause marks a Chinese excerpt may end (and start) after. */
const CLAUSE_MARKS = '，、：；,;:。！？!?）)」』”’》】';

/** Where text without a segmenter may be cut: beside a space, or between CJK characters and punctuation. */
const CUTTABLE = /[\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Word boundaries of one text: the last at or before a position, the first at or after it. */
interface Boundaries {
  before(i: number): number;
  after(i: number): number;
}

/** Boundaries beside whitespace and between CJK characters, looked for within REACH (-1: none there). */
function scanned(text: string): Boundaries {
  const len = text.length;
  const at = (i: number) => i <= 0 || i >= len || CUTTABLE.test(text[i - 1]!) || CUTTABLE.test(text[i]!);
  const scan = (i: number, step: number) => {
    for (let j = i; Math.abs(j - i) <= REACH; j += step) if (at(j)) return j;
    return -1;
  };
  return { before: (i) => scan(i, -1), after: (i) => scan(i, 1) };
}

/**
 * Boundaries from the word segmenter, when it is ready: one Segments object and a
 * handful of `containing` calls (iterating it would cost tens of µs per pointer move).
 */
function segmented(text: string, kind: Kind): Boundaries | null {
  const seg = segmenterFor(kind);
  if (!seg) return null;
  const len = text.length;
  const segments = seg.segment(text);
  return {
    before: (i) => (i <= 0 ? 0 : i >= len ? len : (segments.containing(i)?.index ?? i)),
    after(i) {
      if (i <= 0 || i >= len) return Math.max(0, Math.min(i, len));
      const s = segments.containing(i - 1);
      return s ? s.index + s.segment.length : i;
    },
  };
}

const isClauseEnd = (text: string, i: number) => i > 0 && CLAUSE_MARKS.includes(text[i - 1]!) && !CLAUSE_MARKS.includes(text[i] ?? '');

/**
 * The stretch [from, to) of `text`, at most `max` long, holding the word at `at`,
 * with both ends on word boundaries (Chinese: after clause marks when there are any near).
 */
export function wordWindow(text: string, at: number, max: number): [number, number] {
  const len = text.length;
  if (len <= max) return [0, len];
  at = Math.max(0, Math.min(at, len - 1));
  const kind: Kind = HAN.test(text) ? 'zh' : 'other';
  // Spaced text is cut beside spaces (the word segmenter agrees there, and its cold start
  // costs ~20 ms); it is asked only where no space is near (Thai), or for a Chinese clause
  // without punctuation near the cut. So it is made, lazily, only for text that needs it.
  const scan = scanned(text);
  let words: Boundaries | null | undefined;
  const segmenter = () => (words === undefined ? (words = segmented(text, kind)) : words);
  const find = (i: number, side: 'before' | 'after') => {
    const spaced = kind === 'other' ? scan[side](i) : -1;
    return spaced >= 0 ? spaced : (segmenter()?.[side](i) ?? scan[side](i));
  };
  const ws = scan.before(at);
  const we = scan.after(at + 1);
  // A "word" longer than the excerpt (a long URL), or none found near: a window around the pointer is all there is.
  if (ws < 0 || we < 0 || we - ws >= max) {
    const from = Math.max(0, Math.min(at - Math.floor(max / 2), len - max));
    return [from, from + max];
  }
  let from0 = Math.max(0, Math.min(at - Math.floor(max / 2), len - max));
  if (from0 > ws) from0 = ws;
  if (from0 + max < we) from0 = we - max;
  // Start: after a clause mark within the first third (Chinese), else the first word boundary at or after from0.
  const slack = Math.floor(max / 3);
  let from = -1;
  if (from0 === 0) from = 0;
  else if (kind === 'zh') for (let i = from0; i <= Math.min(ws, from0 + slack) && from < 0; i++) if (isClauseEnd(text, i)) from = i;
  if (from < 0) {
    const next = find(from0, 'after');
    from = next < 0 || next > ws ? ws : next;
  }
  // End: before a clause mark within the last third (Chinese), else the last word boundary at or before from + max.
  const limit = Math.min(len, from + max);
  let to = -1;
  if (limit === len) to = len;
  else if (kind === 'zh') for (let i = limit; i >= Math.max(we, limit - slack) && to < 0; i--) if (isClauseEnd(text, i)) to = i;
  if (to < 0) {
    const prev = find(limit, 'before');
    to = prev < we ? we : prev;
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
