/**
 * 拼音's heavy part (dist/wza-pinyin.js, loaded on first use): pinyin-pro's
 * dictionary and word segmentation, so that a polyphone is read in context
 * (银行 yín háng but 行走 xíng zǒu). Only the named `pinyin` and `customPinyin`
 * entries are imported: pinyin-pro's ES build is tree-shakable, which keeps its
 * matcher, HTML and traditional-character helpers out of this file.
 */
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
 * Each Chinese character of `text` with its reading in context, tone marks and
 * all; runs of anything else (Latin, digits, punctuation, spaces) as plain text.
 */
export function rubyOf(text: string): RubySegment[] {
  const out: RubySegment[] = [];
  if (!text) return out;
  for (const item of pinyin(text, { type: 'all', toneType: 'symbol' })) {
    if (item.isZh && item.pinyin) {
      out.push({ text: item.origin, ruby: item.pinyin });
      continue;
    }
    const last = out[out.length - 1];
    if (last && last.ruby === undefined) last.text += item.origin;
    else out.push({ text: item.origin });
  }
  return out;
}
