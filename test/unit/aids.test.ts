import { describe, expect, it } from 'vitest';
import { magnifiedSize, panelLimits, pointRect, GAP_PX, EDGE_PX } from '../../src/core/magnifier.js';
import { parseByline, readerFontSize, readerHeadingLevel } from '../../src/core/reader-doc.js';
import { excerptAround, foldSpace } from '../../src/core/excerpt.js';

describe('magnifier geometry', () => {
  it('magnifies to at least twice the page size and at least 24 px', () => {
    expect(magnifiedSize(16)).toBe(32);
    expect(magnifiedSize(12)).toBe(24);
    expect(magnifiedSize(10)).toBe(24);
    expect(magnifiedSize(17.5)).toBe(35);
    expect(magnifiedSize(40)).toBe(80);
    expect(magnifiedSize(NaN)).toBe(32);
  });

  it('keeps the panel to a readable width that never exceeds the viewport', () => {
    expect(panelLimits(32, 1280, 800).maxWidth).toBe(32 * 20 + 32);
    expect(panelLimits(32, 360, 640).maxWidth).toBe(360 - 2 * EDGE_PX);
  });

  it('limits the panel height so the side above or below the pointer can always hold it', () => {
    for (const height of [480, 640, 800, 1080]) {
      const { maxHeight } = panelLimits(32, 1280, height);
      for (const y of [0, 1, height / 3, height / 2, height - 1]) {
        const below = height - y - GAP_PX - EDGE_PX;
        const above = y - GAP_PX - EDGE_PX;
        expect(Math.max(below, above)).toBeGreaterThanOrEqual(maxHeight);
      }
    }
  });

  it('makes a zero-size rect at the pointer for floating-ui', () => {
    expect(pointRect(10, 20)).toEqual({ x: 10, y: 20, width: 0, height: 0, top: 20, left: 10, right: 10, bottom: 20 });
  });
});

describe('text under the pointer', () => {
  const zh = '第一句话很短。第二句话在这里，它稍微长一些！第三句？';

  it('folds whitespace, full-width spaces included', () => {
    expect(foldSpace('  a\n\t b\u3000\u3000c ')).toBe('a b c');
  });

  it('returns short text whole', () => {
    expect(excerptAround('短文本', 1, 80)).toBe('短文本');
  });

  it('cuts a long block down to the sentence at the offset', () => {
    expect(excerptAround(zh, 0, 10)).toBe('第一句话很短。');
    expect(excerptAround(zh, zh.indexOf('稍微'), 20)).toBe('第二句话在这里，它稍微长一些！');
    expect(excerptAround(zh, zh.length - 1, 10)).toBe('第三句？');
    expect(excerptAround('One. Two is here. Three.', 8, 12)).toBe('Two is here.');
  });

  it('cuts one very long sentence to a window around the offset, marked with ellipses', () => {
    const long = '甲'.repeat(50) + '乙' + '丙'.repeat(50) + '。';
    const cut = excerptAround(long, 50, 20);
    expect(cut).toContain('乙');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.replace(/…/g, '').length).toBe(20);
  });
});

describe('text-only view', () => {
  it('finds date and source in byline text, even when the runs touch', () => {
    expect(parseByline('发布时间：2024-01-23\n信息来源：区党政办公室\n访问量：\n3281')).toEqual({
      date: '2024-01-23',
      source: '区党政办公室',
    });
    expect(parseByline('来源：新华社  发布日期: 2023年 5月6日 10:30')).toEqual({ date: '2023年5月6日 10:30', source: '新华社' });
    expect(parseByline('日期：2022/03/04 | 来源：市政府办公室 | 浏览次数：12')).toEqual({ date: '2022/03/04', source: '市政府办公室' });
    expect(parseByline('Published: 2024-02-01 Source: City Hall')).toEqual({ date: '2024-02-01', source: 'City Hall' });
    expect(parseByline('发布时间：2024-03-15来源：示例市民政局浏览次数：128')).toEqual({ date: '2024-03-15', source: '示例市民政局' });
    expect(parseByline('来源：市统计局 作者：张三')).toEqual({ date: '', source: '市统计局' });
    expect(parseByline('没有署名的文字')).toEqual({ date: '', source: '' });
  });

  it('puts article headings below the view title: the highest becomes h2, steps kept, at most h6', () => {
    expect([1, 2, 3, 4, 5, 6].map((l) => readerHeadingLevel(l, 1))).toEqual([2, 3, 4, 5, 6, 6]);
    expect([2, 3, 4].map((l) => readerHeadingLevel(l, 2))).toEqual([2, 3, 4]);
    expect(readerHeadingLevel(3, 3)).toBe(2);
  });

  it('is large (24 px) at 100 % and grows with the text size setting', () => {
    expect(readerFontSize(100)).toBe(24);
    expect(readerFontSize(150)).toBe(36);
    expect(readerFontSize(200)).toBe(48);
    expect(readerFontSize(500)).toBe(48);
  });
});
