import { describe, expect, it } from 'vitest';
import { MAX_CHINESE, MAX_OTHER, isChineseLang, segment, spokenText } from '../../src/core/segment.js';

const texts = (text: string, lang: string) =>
  segment(text, lang).map((s) => ({ sentence: spokenText(text, s), parts: s.parts.map((p) => spokenText(text, p)) }));

describe('segmentation', () => {
  it('splits Chinese sentences at 。！？；… and keeps closing quotes with their sentence', () => {
    const out = texts('会议召开。大家说：“很好！”真的吗？是的；当然……结束了', 'zh-CN');
    expect(out.map((s) => s.sentence)).toEqual(['会议召开。', '大家说：“很好！”', '真的吗？', '是的；', '当然……', '结束了']);
  });

  it('cuts long Chinese sentences at ，、： into utterances of at most 40 characters, covering the whole sentence', () => {
    const text =
      '区党工委副书记、管委会主任许伟主持会议,并代表区党工委作工作报告及总结讲话，在家区领导，区法院工作室、检察室负责人出席会议，各基层党(工)委、各镇(工作组)党政主要负责人参加会议。';
    const [s] = segment(text, 'zh-CN');
    expect(s!.parts.length).toBeGreaterThan(1);
    for (const p of s!.parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_CHINESE);
    expect(s!.parts[0]!.start).toBe(s!.start);
    expect(s!.parts.at(-1)!.end).toBe(s!.end);
    expect(s!.parts.map((p) => text.slice(p.start, p.end)).join('')).toBe(text.slice(s!.start, s!.end));
  });

  it('cuts a Chinese clause without punctuation at word boundaries', () => {
    const text = '中华人民共和国国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见全文发布并征求意见';
    for (const p of segment(text, 'zh-CN')[0]!.parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_CHINESE);
  });

  it('splits English at sentence ends, then commas, none over 160 characters', () => {
    const long =
      'The council, after a long debate that lasted well into the evening, approved the plan, which connects the eastern districts with the station, the hospital, the university and the new sports park, and it will run every ten minutes.';
    const out = texts(`Buses run every ten minutes. ${long} Comments are welcome!`, 'en');
    expect(out.map((s) => s.sentence)).toEqual(['Buses run every ten minutes.', long, 'Comments are welcome!']);
    expect(out[1]!.parts.length).toBeGreaterThan(1);
    for (const p of out[1]!.parts) expect(p.length).toBeLessThanOrEqual(MAX_OTHER);
  });

  it('never joins two blocks into one sentence and drops empty ones', () => {
    expect(texts('标题\n\n   \n第一段没有句号\n第二段。', 'zh-CN').map((s) => s.sentence)).toEqual(['标题', '第一段没有句号', '第二段。']);
  });

  it('uses Chinese rules for Chinese text on a page in another language', () => {
    const out = segment('这是中文句子，'.repeat(12), 'en');
    for (const s of out) for (const p of s.parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_CHINESE);
  });

  it('collapses source line breaks inside a paragraph when speaking', () => {
    expect(spokenText('赣州\r   蓉江 new  area', { start: 0, end: 19 })).toBe('赣州蓉江 new area');
    expect(spokenText('会议召开 许伟', { start: 0, end: 7 })).toBe('会议召开 许伟');
  });

  it('treats cmn, zh and yue as Chinese', () => {
    expect(['zh-CN', 'cmn', 'zh-Hans-CN', 'yue'].every(isChineseLang)).toBe(true);
    expect(isChineseLang('en-US')).toBe(false);
  });
});
