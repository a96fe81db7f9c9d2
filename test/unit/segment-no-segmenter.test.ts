/**
 * Firefox ESR 115 and older kernels have no Intl.Segmenter: segmentation falls back
 * to punctuation and still gives sentences and short utterances. (Its own module
 * instance: vitest isolates files, so no segmenter was cached before this one ran.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHINESE, MAX_OTHER, segment, spokenText } from '../../src/core/segment.js';

const saved = Intl.Segmenter;
beforeAll(() => {
  delete (Intl as { Segmenter?: unknown }).Segmenter;
});
afterAll(() => {
  (Intl as { Segmenter?: unknown }).Segmenter = saved;
});

const sentences = (text: string, lang: string) => segment(text, lang).map((s) => spokenText(text, s));

describe('segmentation without Intl.Segmenter', () => {
  it('is really without it', () => {
    expect('Segmenter' in Intl).toBe(false);
  });

  it('splits Chinese at 。！？； and cuts long sentences at ，、： within 40 characters, covering all the text', () => {
    const text =
      '会议召开。大家说：“很好！”真的吗？区党工委副书记、管委会主任许伟主持会议，并代表区党工委作工作报告及总结讲话，在家区领导，区法院工作室、检察室负责人出席会议。';
    expect(sentences(text, 'zh-CN').slice(0, 3)).toEqual(['会议召开。', '大家说：“很好！”', '真的吗？']);
    const parts = segment(text, 'zh-CN').flatMap((s) => s.parts);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_CHINESE);
    expect(parts.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });

  it('splits English at sentence ends, then commas, none over 160 characters', () => {
    const clause = 'the council will publish the minutes of every meeting on this website within ten working days';
    const text = `The meeting opened at nine. Did it end on time? Yes! ${clause}, ${clause}, and ${clause}.`;
    expect(sentences(text, 'en').slice(0, 3)).toEqual(['The meeting opened at nine.', 'Did it end on time?', 'Yes!']);
    for (const p of segment(text, 'en').flatMap((s) => s.parts)) expect(p.end - p.start).toBeLessThanOrEqual(MAX_OTHER);
  });
});
