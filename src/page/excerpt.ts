/**
 * Pure text helpers for the aids that show what the user points at: whitespace
 * folding and cutting a long block down to the sentence under the pointer.
 */

/** Folds runs of whitespace (including full-width spaces) to one space and trims. */
export function foldSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Sentence ends in Chinese and Western text; the cut keeps the mark. */
const SENTENCE_END = /[。！？!?；;…]|\.(?=\s|$)/g;

/**
 * The sentence of `text` that contains `offset`, at most `max` characters
 * (cut around the offset when one sentence is longer). Short text comes back whole.
 */
export function excerptAround(text: string, offset: number, max = 80): string {
  if (text.length <= max) return text.trim();
  const at = Math.max(0, Math.min(offset, text.length - 1));
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= at) start = after;
    else {
      end = after;
      break;
    }
  }
  let sentence = text.slice(start, end);
  let local = at - start;
  const lead = sentence.length - sentence.trimStart().length;
  sentence = sentence.trim();
  local = Math.max(0, local - lead);
  if (sentence.length <= max) return sentence;
  // One very long sentence: a window of `max` characters around the pointer, marked as cut.
  const from = Math.max(0, Math.min(local - Math.floor(max / 2), sentence.length - max));
  const to = from + max;
  return (from > 0 ? '…' : '') + sentence.slice(from, to).trim() + (to < sentence.length ? '…' : '');
}
