import { afterEach, describe, expect, it } from 'vitest';
import { clipText, excerptAround, resetWordCuts, warmWordCuts } from '../../src/core/excerpt.js';

const LONG_EN =
  'The committee reviewed the annual report and its fifth chapter on regional development in great detail, ' +
  'and heard the views of experts, local officials and residents before it adopted the recommendations unanimously';
const LONG_ZH =
  '会议强调，要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，持续优化政务服务流程，' +
  '推进一网通办和跨省通办，提升基层治理能力和水平，切实增强人民群众的获得感、幸福感、安全感';

/** The excerpt's text without its … marks is in the source, and does not start or end inside a word. */
function expectWholeWords(source: string, excerpt: string): void {
  const core = excerpt.replace(/^…|…$/g, '');
  const at = source.indexOf(core);
  expect(at, `"${core}" is in the source`).toBeGreaterThanOrEqual(0);
  const before = source[at - 1];
  const after = source[at + core.length];
  expect(before === undefined || !/[A-Za-z]/.test(before) || !/[A-Za-z]/.test(core[0]!), `starts a word: "${excerpt}"`).toBe(true);
  expect(after === undefined || !/[A-Za-z]/.test(after) || !/[A-Za-z]/.test(core[core.length - 1]!), `ends a word: "${excerpt}"`).toBe(
    true,
  );
}

/** The word of `source` at `offset`. */
const wordAt = (source: string, offset: number) => {
  let a = offset;
  let b = offset;
  while (a > 0 && /\w/.test(source[a - 1]!)) a--;
  while (b < source.length && /\w/.test(source[b]!)) b++;
  return source.slice(a, b);
};

for (const segmenter of [true, false]) {
  describe(`excerpts ${segmenter ? 'with Intl.Segmenter' : 'without Intl.Segmenter (whitespace)'}`, () => {
    afterEach(() => resetWordCuts(true));
    const setup = () => {
      resetWordCuts(segmenter);
      if (segmenter) warmWordCuts();
    };

    it('never cuts an English word, and the word at the pointer is inside, at every offset', () => {
      setup();
      for (let offset = 0; offset < LONG_EN.length; offset += 3) {
        const excerpt = excerptAround(LONG_EN, offset, 80);
        expect(excerpt.replace(/…/g, '').length).toBeLessThanOrEqual(80);
        expect(excerpt.replace(/…/g, '').length).toBeGreaterThan(40);
        expectWholeWords(LONG_EN, excerpt);
        const word = wordAt(LONG_EN, offset);
        if (word) expect(excerpt, `offset ${offset}`).toContain(word);
      }
    });

    it('marks the cut sides with …', () => {
      setup();
      const middle = excerptAround(LONG_EN, LONG_EN.indexOf('experts'), 80);
      expect(middle.startsWith('…') && middle.endsWith('…')).toBe(true);
      const start = excerptAround(LONG_EN, 0, 80);
      expect(start.startsWith('The committee')).toBe(true);
      expect(start.endsWith('…')).toBe(true);
      const end = excerptAround(LONG_EN, LONG_EN.length - 2, 80);
      expect(end.startsWith('…')).toBe(true);
      expect(end.endsWith('unanimously')).toBe(true);
    });

    it('cuts Chinese after clause punctuation, keeping the phrase at the pointer whole', () => {
      setup();
      for (const phrase of ['着力解决群众急难愁盼问题', '推进一网通办和跨省通办', '提升基层治理能力和水平']) {
        const excerpt = excerptAround(LONG_ZH, LONG_ZH.indexOf(phrase) + 3, 40);
        expect(excerpt).toContain(phrase);
        expect(excerpt.replace(/…/g, '').length).toBeLessThanOrEqual(40);
        // Both cut sides fall after a clause mark (or at the text's ends).
        const core = excerpt.replace(/^…|…$/g, '');
        const at = LONG_ZH.indexOf(core);
        expect(at === 0 || /[，、]/.test(LONG_ZH[at - 1]!), excerpt).toBe(true);
        expect(at + core.length === LONG_ZH.length || /[，、]$/.test(core), excerpt).toBe(true);
      }
    });

    it('folds whitespace before measuring, keeping the pointer on its word', () => {
      setup();
      const indented = LONG_EN.replace(/ /g, '\n        ');
      const offset = indented.indexOf('experts');
      const excerpt = excerptAround(indented, offset, 80);
      expect(excerpt).toContain('experts');
      expectWholeWords(LONG_EN, excerpt);
    });

    it('clips a long label at a word boundary, marked …', () => {
      setup();
      const clipped = clipText(LONG_EN, 50);
      expect(clipped.endsWith('…')).toBe(true);
      expect(clipped.startsWith('The committee')).toBe(true);
      expect(clipped.length).toBeLessThanOrEqual(51);
      expectWholeWords(LONG_EN, clipped);
      expect(clipText('Short label', 50)).toBe('Short label');
    });
  });
}

describe('a Chinese clause without punctuation', () => {
  afterEach(() => resetWordCuts(true));
  it('is cut between words (Intl.Segmenter), never inside 共和国', () => {
    resetWordCuts(true);
    warmWordCuts();
    const text = '中华人民共和国'.repeat(30);
    for (let offset = 0; offset < text.length; offset += 5) {
      const excerpt = excerptAround(text, offset, 40);
      const core = excerpt.replace(/^…|…$/g, '');
      const at = text.indexOf(core, Math.max(0, offset - 40));
      expect(core.length).toBeLessThanOrEqual(40);
      // Word starts in 中华|人民|共和国 are at 0, 2 and 4 of every 7 characters.
      expect([0, 2, 4], excerpt).toContain(at % 7);
      expect([0, 2, 4], excerpt).toContain((at + core.length) % 7);
    }
  });
});

describe('excerpts of one word longer than the excerpt', () => {
  it('show the part around the pointer, marked as cut', () => {
    const url = 'https://www.example.gov.cn/' + 'a'.repeat(200) + '/index.html';
    const excerpt = excerptAround(url, 100, 80);
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect(excerpt.replace(/…/g, '')).toHaveLength(80);
  });
});
