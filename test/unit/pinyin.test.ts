// 拼音's pure part: readings in context (polyphones), tone marks, plain non-Chinese text.
import { describe, expect, it } from 'vitest';
import { rubyOf } from '../../src/features/pinyin/pinyin.part.js';
import { rubyText } from '../../src/core/ruby.js';

/** The readings of the Chinese characters, space-separated. */
const readings = (text: string) =>
  rubyOf(text)
    .filter((s) => s.ruby !== undefined)
    .map((s) => s.ruby)
    .join(' ');

describe('rubyOf', () => {
  it.each([
    ['银行', 'yín háng'],
    ['行走', 'xíng zǒu'],
    ['重庆', 'chóng qìng'],
    ['长大', 'zhǎng dà'],
    ['还是', 'hái shì'],
    ['还钱', 'huán qián'],
    ['重要', 'zhòng yào'],
    ['长江', 'cháng jiāng'],
    ['处长', 'chù zhǎng'],
    ['头发', 'tóu fa'],
    ['发展', 'fā zhǎn'],
  ])('reads %s as %s', (text, expected) => {
    expect(readings(text)).toBe(expected);
  });

  it('reads polyphones by their context within a sentence', () => {
    expect(readings('我去银行还钱，还是走路')).toBe('wǒ qù yín háng huán qián hái shì zǒu lù');
    expect(readings('中国银行行长来重庆')).toBe('zhōng guó yín háng háng zhǎng lái chóng qìng');
  });

  it('gives each Chinese character its own reading and keeps other text plain, in order', () => {
    expect(rubyOf('2026年Wza 上线！')).toEqual([
      { text: '2026' },
      { text: '年', ruby: 'nián' },
      { text: 'Wza ' },
      { text: '上', ruby: 'shàng' },
      { text: '线', ruby: 'xiàn' },
      { text: '！' },
    ]);
  });

  it('keeps the text exactly, also outside the Basic Multilingual Plane and with no Chinese at all', () => {
    for (const text of ['Hello, world.', '𠀀字 a\u00a0b', '', '  ', '第1条：“办事指南”']) expect(rubyText(rubyOf(text))).toBe(text);
    expect(rubyOf('Hello, world.')).toEqual([{ text: 'Hello, world.' }]);
    expect(rubyOf('')).toEqual([]);
  });
});
