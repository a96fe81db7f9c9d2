/**
 * Pure helpers for the speech engines: which voice speaks a language, the
 * rate each 语速 step means, and the remote service URL.
 */
export const SPEECH_RATES = ['slow', 'medium', 'fast'] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

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

/** The best voice for a language, or null when none speaks it. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], tag: string): V | null {
  const want = languageKey(tag);
  if (!want.lang) return null;
  let best: V | null = null;
  let bestScore = -1;
  for (const v of voices) {
    const have = languageKey(v.lang);
    if (have.lang !== want.lang) continue;
    // Same region first (Mandarin over Cantonese, en-US over en-GB when asked), then local, then default.
    const score = (have.region === want.region ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
    if (score > bestScore) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

/** SpeechSynthesisUtterance.rate for each 语速 step. */
export const RATE_VALUES: Record<SpeechRate, number> = { slow: 0.7, medium: 1, fast: 1.4 };

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
