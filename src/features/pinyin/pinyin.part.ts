/**
 * 拼音's heavy part (dist/wza-pinyin.js, loaded on first use): pinyin-pro's
 * dictionary and word segmentation, so that a polyphone is read in context
 * (银行 yín háng but 行走 xíng zǒu). Only the named `pinyin` and `customPinyin`
 * entries are imported: pinyin-pro's ES build is tree-shakable, which keeps its
 * matcher, HTML and traditional-character helpers out of this file.
 */
import traditionalToSimplified from '@pinyin-pro/data/traditional';
import { customPinyin, pinyin } from 'pinyin-pro';
import type { RubySegment } from '../../core/ruby.js';

/**
 * Words pinyin-pro's dictionary reads wrongly in the texts captions show (measured
 * against pinyin-pro 3.29): 还 before what is given back is huán, not hái; 处长
 * and 种植 take zhǎng and zhòng. Custom words win over the dictionary's.
 */
const CORRECTIONS: Record<string, string> = {
  还钱: 'huán qián',
  还款: 'huán kuǎn',
  还贷: 'huán dài',
  还账: 'huán zhàng',
  还书: 'huán shū',
  还给: 'huán gěi',
  处长: 'chù zhǎng',
  种植: 'zhòng zhí',
};
customPinyin(CORRECTIONS);
/**
 * Text in traditional characters (a 繁體 site, or 繁體 on) is read through its
 * simplified form, character for character, so its words are found too: 銀行
 * yín háng, not yín xíng. (pinyin-pro's own `traditional` option reads 還是 as
 * huán shì.) Every key and value is one UTF-16 unit: lengths stay the same.
 */
const SIMPLIFIED = traditionalToSimplified as Record<string, string>;
const simplified = (text: string): string => text.replace(/[^\u0000-\u2fff]/g, (c) => SIMPLIFIED[c] ?? c);

/**
 * Each Chinese character of `text` with its reading in context, tone marks and
 * all; runs of anything else (Latin, digits, punctuation, spaces) as plain text.
 */
export function rubyOf(text: string): RubySegment[] {
  const out: RubySegment[] = [];
  if (!text) return out;
  // The readings of the simplified form, shown over the page's own characters (one item per character, in order).
  const items = pinyin(simplified(text), { type: 'all', toneType: 'symbol' });
  let at = 0;
  for (const item of items) {
    const origin = text.slice(at, at + item.origin.length);
    at += item.origin.length;
    if (item.isZh && item.pinyin) {
      out.push({ text: origin, ruby: item.pinyin });
      continue;
    }
    const last = out[out.length - 1];
    if (last && last.ruby === undefined) last.text += origin;
    else out.push({ text: origin });
  }
  return out;
}
