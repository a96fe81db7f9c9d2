/**
 * 简 → 繁 conversion by phrase: forward longest match over OpenCC's phrases,
 * else character by character, the way OpenCC's s2tw converts (so 头发→頭髮
 * but 发展→發展, 皇后 stays but 后面→後面). Pure: the table comes in as data
 * (made at build time by scripts/traditional-table.mjs), text goes in and out.
 */

/** The table as scripts/traditional-table.mjs serializes it. */
export interface TraditionalTable {
  /** Pairs of code points: simplified, traditional, simplified, traditional … */
  chars: string;
  /** Lines: a word alone (its characters' conversion is right), or `word<TAB>target` with '.' where a character converts as itself. */
  phrases: string;
  /** The longest phrase, in code points. */
  maxLen: number;
}

export type Convert = (text: string) => string;

/** Builds the converter (once: a few milliseconds for the whole table). */
export function createConverter(table: TraditionalTable): Convert {
  const chars = new Map<string, string>();
  const pairs = Array.from(table.chars);
  for (let i = 0; i + 1 < pairs.length; i += 2) chars.set(pairs[i]!, pairs[i + 1]!);
  const byChar = (cps: readonly string[]) => cps.map((c) => chars.get(c) ?? c);

  const phrases = new Map<string, string>();
  // The longest phrase starting with each character (in UTF-16 units): most characters start none.
  const longest = new Map<string, number>();
  for (const line of table.phrases.split('\n')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const word = tab < 0 ? line : line.slice(0, tab);
    const cps = Array.from(word);
    const own = byChar(cps);
    const target = tab < 0 ? own.join('') : Array.from(line.slice(tab + 1), (c, i) => (c === '.' ? own[i]! : c)).join('');
    phrases.set(word, target);
    const first = cps[0]!;
    if ((longest.get(first) ?? 0) < word.length) longest.set(first, word.length);
  }

  return (text) => {
    let out = '';
    // Unchanged runs are copied in one slice: most text of a page is punctuation, digits and Latin too.
    let copied = 0;
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      // Below U+2E80 (CJK radicals) nothing converts: ASCII, Latin, punctuation, digits.
      if (code < 0x2e80) {
        i++;
        continue;
      }
      const size = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      const c = text.slice(i, i + size);
      const max = longest.get(c);
      let hitLen = 0;
      let hit: string | undefined;
      if (max !== undefined) {
        for (let len = Math.min(max, text.length - i); len > size; len--) {
          hit = phrases.get(text.slice(i, i + len));
          if (hit !== undefined) {
            hitLen = len;
            break;
          }
        }
      }
      if (hit === undefined) {
        hit = chars.get(c);
        hitLen = size;
      }
      if (hit !== undefined && hit !== text.slice(i, i + hitLen)) {
        out += text.slice(copied, i) + hit;
        copied = i + hitLen;
      }
      i += hitLen;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
}
