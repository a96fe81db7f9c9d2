/**
 * Which language a page (or a piece of it) is in: pure, no DOM, so it can be
 * tested on strings. Government CMS templates often declare a wrong or
 * malformed `lang` (`<html lang="en">` on a Chinese page, `zh_CN`, `cn`), so the
 * declared tag is trusted only when the text agrees with it.
 *
 * The text test is the share of Han characters among the letters of a sample
 * (Han vs Latin). Mixed text leans Chinese: a Chinese voice reads the odd English
 * word well enough, an English voice cannot read Chinese at all.
 */

/** What a text sample is written in, as far as zh vs Latin-script languages go. */
export type TextLanguage = 'zh' | 'latin';

/** The language when nothing says otherwise (Wza serves Chinese government sites), and Latin text's. */
const DEFAULT_LANG = 'zh-CN';
const LATIN_LANG = 'en';

/** Minimum sample size (Han characters count 3, Latin letters 1) for a page and for one sentence. */
export const PAGE_SAMPLE_MIN = 60;
export const SENTENCE_SAMPLE_MIN = 8;

/** Han share at or above which text is Chinese, and at or below which it is Latin-script. */
const ZH_SHARE = 0.2;
const LATIN_SHARE = 0.05;

/** Languages not written in Latin script (Chinese aside) that a Chinese government site may have editions in. */
const NON_LATIN = /^(ja|ko|ru|uk|be|bg|mn|kk|ky|ug|bo|ii|ar|fa|ur|he|el|th|lo|km|my|hi|bn|ta)$/;

/**
 * Normalises a `lang` attribute: `zh_CN`, `zh-cn`, `cn`, `chs`, `zh-Hans`, `zh-CHS` → `zh-CN`;
 * `cht`, `zh-tw`, `zh-Hant` → `zh-TW`; `zh-HK`, `zh-MO`, `yue` → `zh-HK`; `en-us`, `EN` → `en`;
 * other tags get BCP-47 case (`fr-fr` → `fr-FR`). Malformed or empty → null.
 */
export function normalizeLang(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  // Called for every sentence of an article with the same few tags: remembered.
  let tag = normalized.get(raw);
  if (tag === undefined) {
    tag = normalize(raw);
    if (normalized.size < 64) normalized.set(raw, tag);
  }
  return tag;
}

const normalized = new Map<string, string | null>();

function normalize(raw: string): string | null {
  const tag = String(raw).trim().replace(/_/g, '-');
  if (!/^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return null;
  const [primary = '', ...rest] = tag.toLowerCase().split('-');
  if (primary === 'cn' || primary === 'chs') return 'zh-CN';
  if (primary === 'cht') return 'zh-TW';
  if (primary === 'yue') return 'zh-HK';
  if (/^(zh|cmn|zho|chi|chinese)$/.test(primary)) {
    // The script or region subtag decides simplified vs traditional; the first that says wins.
    for (const sub of rest) {
      if (/^(cn|chs|hans|sg|my)$/.test(sub)) return 'zh-CN';
      if (/^(cht|hant|tw)$/.test(sub)) return 'zh-TW';
      if (/^(hk|mo|yue)$/.test(sub)) return 'zh-HK';
    }
    return 'zh-CN';
  }
  if (/^(en|eng|english)$/.test(primary)) return 'en';
  // und, mul, zxx, mis: no language; x-…, i-…: private or grandfathered tags.
  if (/^(und|mul|zxx|mis)$/.test(primary) || primary.length < 2 || primary.length > 3) return null;
  // BCP-47 case for the region (fr-FR); tags compare case-insensitively, so the rest may stay lower case.
  return [primary, ...rest.map((sub) => (sub.length === 2 ? sub.toUpperCase() : sub))].join('-');
}

/** Whether a normalised tag fits text of this kind. */
function agrees(tag: string, text: TextLanguage): boolean {
  const primary = tag.split('-')[0]!;
  return text === 'zh' ? primary === 'zh' : primary !== 'zh' && !NON_LATIN.test(primary);
}

/**
 * The language of a text sample: 'zh' when Han characters make up at least a fifth
 * of its letters, 'latin' when (almost) none, null when mixed, written in another
 * script (kana, Hangul, Cyrillic…) or too small to tell (`min`: Han counts 3, a Latin letter 1).
 * One pass over char codes, no regular expression per character: it runs on every sentence.
 */
export function textLanguage(sample: string, min = PAGE_SAMPLE_MIN): TextLanguage | null {
  let han = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0xd840 && c <= 0xd87f) {
      han++; // a high surrogate of the CJK extension planes (U+20000…)
      i++;
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) latin++;
    // Other scripts' blocks (Greek, Cyrillic, Arabic, Indic, kana, Hangul…), not punctuation, symbols, emoji or icon fonts.
    else if (c >= 0x370 && c < 0xd800 && (c < 0x2000 || c > 0x2bff) && (c < 0x3000 || c > 0x303f)) other++;
  }
  if (other > han + latin) return null;
  if (han * 3 + latin < min) return null;
  const share = han / (han + latin);
  if (share >= ZH_SHARE) return 'zh';
  if (share <= LATIN_SHARE) return 'latin';
  return null;
}

/**
 * The language of some text given the tags that claim it, best first (an element's
 * own `lang`, then the page's): the first valid tag that the text agrees with (or any
 * valid tag when the text cannot tell); else the text's own language; else `fallback`.
 */
export function languageOf(text: string, claims: readonly (string | null | undefined)[], fallback: string, min: number): string {
  const kind = textLanguage(text, min);
  for (const claim of claims) {
    const tag = normalizeLang(claim);
    if (tag && (kind === null || agrees(tag, kind))) return tag;
  }
  return kind ? (kind === 'zh' ? DEFAULT_LANG : LATIN_LANG) : fallback;
}

/**
 * The page's language. `configured` (the site owner's `data-lang`, already
 * validated) always wins; else the page's `lang` when the text agrees with it or
 * cannot tell; else the language of the text; else zh-CN.
 */
export function decideLanguage(input: { configured?: string | null; attribute?: string | null; sample?: string | null }): string {
  return normalizeLang(input.configured) ?? languageOf(input.sample ?? '', [input.attribute], DEFAULT_LANG, PAGE_SAMPLE_MIN);
}
