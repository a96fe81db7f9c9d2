/**
 * Pure helpers for the speech engines (they ride in the UI chunk with them):
 * which voice speaks a language and the remote service URL.
 */

export { RATE_VALUES } from './speech-rates.js';

export interface VoiceLike {
  name: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

/**
 * A language tag reduced to what decides whether a voice can speak it. Linux
 * espeak voices say `cmn`, Android `zh_CN`, Chrome `zh-CN`, Safari `zh-Hans-CN`:
 * all Mandarin in simplified script, so they compare equal.
 */
export function languageKey(tag: string): { lang: string; region: string } {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  let lang = parts[0] ?? '';
  let region = '';
  for (const p of parts.slice(1)) {
    if (p === 'hans') region ||= 'cn';
    else if (p === 'hant') region ||= 'tw';
    else if (/^[a-z]{2}$|^\d{3}$/.test(p)) region = p;
  }
  if (lang === 'cmn' || lang === 'zho' || lang === 'chi') lang = 'zh';
  if (lang === 'zh' && !region) region = 'cn';
  if (lang === 'eng') lang = 'en';
  return { lang, region };
}

/** How well a voice fits a language: -1 when it cannot speak it; same region first (Mandarin over Cantonese, en-US over en-GB when asked), then local, then default. */
function fit(v: VoiceLike, want: { lang: string; region: string }): number {
  const have = languageKey(v.lang);
  if (!want.lang || have.lang !== want.lang) return -1;
  return (have.region === want.region ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
}

/**
 * The voice for a language, or null when none speaks it: the user's choice
 * (`preferred`, a voice name from 发音人) while the browser still has it and it
 * speaks this language, else the best fit. A chosen voice that disappeared (or one
 * for another language: an English link on a Chinese page) falls back quietly.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], tag: string, preferred = ''): V | null {
  const fitting = voicesFor(voices, tag);
  return (preferred && fitting.find((v) => v.name === preferred)) || fitting[0] || null;
}

/** The voices that can speak a language, best fit first, one per name: what 发音人 offers. */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], tag: string): V[] {
  const want = languageKey(tag);
  const seen = new Set<string>();
  const out: { v: V; score: number }[] = [];
  for (const v of voices) {
    const score = fit(v, want);
    if (score < 0 || seen.has(v.name)) continue;
    seen.add(v.name);
    out.push({ v, score });
  }
  return out.sort((a, b) => b.score - a.score).map((o) => o.v); // sort is stable: the browser's order within a score
}

/** The remote speech service URL for one utterance: {text} {lang} {rate} filled in, URL-encoded. */
export function ttsUrl(template: string, text: string, lang: string, rate: number): string {
  return template
    .replace(/\{text\}/g, encodeURIComponent(text))
    .replace(/\{lang\}/g, encodeURIComponent(lang))
    .replace(/\{rate\}/g, encodeURIComponent(String(rate)));
}

/**
 * A short text (an announcement, what 指读 points at) in pieces no longer than
 * the utterance limit: cut after punctuation, packed, hard-cut as a last resort.
 * (Articles use the full segmenter, which loads with reading.)
 */
export function shortPieces(text: string, lang: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const max = /^(zh|cmn|yue)\b/i.test(lang) || /[\u3400-\u9fff]/.test(clean) ? 40 : 160;
  const out: string[] = [];
  for (const piece of clean.match(/[^。！？；，、：.!?;,:]+[。！？；，、：.!?;,:]*\s*/g) ?? []) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (prev + piece).trim().length <= max) out[out.length - 1] = prev + piece;
    else for (let i = 0; i < piece.length; i += max) out.push(piece.slice(i, i + max));
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
