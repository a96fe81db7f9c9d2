import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { decideLanguage, languageOf, normalizeLang, SENTENCE_SAMPLE_MIN, textLanguage } from '../../src/core/language.js';

const CHINESE =
  '为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步提升政务服务效能，现就有关事项通知如下。' +
  '各地区、各部门要高度重视，结合实际制定具体实施方案，确保各项措施落地见效。';
const ENGLISH =
  'The State Council has issued a guideline on improving the business environment. ' +
  'Local governments are asked to simplify procedures and to publish service standards online.';

describe('normalizeLang', () => {
  it.each([
    ['zh_CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['cn', 'zh-CN'],
    ['chs', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-CHS', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['ZH-hans-cn', 'zh-CN'],
    ['cht', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-CHT', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['en-us', 'en'],
    ['EN', 'en'],
    [' en_GB ', 'en'],
    ['fr-fr', 'fr-FR'],
  ])('%s → %s', (raw, tag) => {
    expect(normalizeLang(raw)).toBe(tag);
  });

  it.each(['', '   ', 'zh CN', 'zh-CN,en', '中文', 'x', 'und', '-', 'en-', '123', null, undefined])('%j is not a language', (raw) => {
    expect(normalizeLang(raw)).toBeNull();
  });
});

describe('textLanguage', () => {
  it('tells Chinese from English by the share of Han characters', () => {
    expect(textLanguage(CHINESE)).toBe('zh');
    expect(textLanguage(ENGLISH)).toBe('latin');
  });

  it('keeps Chinese with some English words (an acronym, a name) Chinese, and English with a Chinese name English', () => {
    expect(textLanguage('2024年第三季度GDP同比增长5.2%，APEC会议在北京召开，世界银行World Bank代表出席。')).toBe('zh');
    expect(textLanguage(`${ENGLISH} The meeting was held in 北京.`)).toBe('latin');
  });

  it('cannot tell from too little text, from half-and-half text, or from another script', () => {
    expect(textLanguage('首页')).toBeNull();
    expect(textLanguage('Home')).toBeNull();
    expect(textLanguage('2024-01-01 12:00 ·')).toBeNull();
    expect(textLanguage('首页 Home 新闻 News 政务公开 Government Information Disclosure Public Services')).toBeNull();
    expect(textLanguage('東京都は、新しい計画を発表しました。これからもよろしくお願いします。よろしくお願いします。')).toBeNull();
  });

  it('decides a single sentence with a smaller sample', () => {
    expect(textLanguage('Thank you.', SENTENCE_SAMPLE_MIN)).toBe('latin');
    expect(textLanguage('谢谢大家。', SENTENCE_SAMPLE_MIN)).toBe('zh');
    expect(textLanguage('WTO', SENTENCE_SAMPLE_MIN)).toBeNull();
  });
});

describe('decideLanguage', () => {
  it('data-lang always wins', () => {
    expect(decideLanguage({ configured: 'en', attribute: 'zh-CN', sample: CHINESE })).toBe('en');
    expect(decideLanguage({ configured: 'zh-CN', attribute: 'en', sample: ENGLISH })).toBe('zh-CN');
  });

  it('uses a lang attribute that the text agrees with, normalised', () => {
    expect(decideLanguage({ attribute: 'zh_CN', sample: CHINESE })).toBe('zh-CN');
    expect(decideLanguage({ attribute: 'zh-Hant', sample: CHINESE })).toBe('zh-TW');
    expect(decideLanguage({ attribute: 'en-US', sample: ENGLISH })).toBe('en');
    expect(decideLanguage({ attribute: 'fr', sample: ENGLISH })).toBe('fr');
  });

  it('uses the lang attribute when the text cannot tell', () => {
    expect(decideLanguage({ attribute: 'en', sample: '首页' })).toBe('en');
    expect(decideLanguage({ attribute: 'en' })).toBe('en');
  });

  it('follows the text when lang contradicts it, is malformed or absent', () => {
    expect(decideLanguage({ attribute: 'en', sample: CHINESE })).toBe('zh-CN');
    expect(decideLanguage({ attribute: 'zh-CN', sample: ENGLISH })).toBe('en');
    expect(decideLanguage({ attribute: 'zh CN', sample: ENGLISH })).toBe('en');
    expect(decideLanguage({ attribute: null, sample: ENGLISH })).toBe('en');
    expect(decideLanguage({ attribute: 'ja', sample: CHINESE })).toBe('zh-CN');
  });

  it('is zh-CN when nothing tells', () => {
    expect(decideLanguage({})).toBe('zh-CN');
    expect(decideLanguage({ attribute: 'klingon', sample: '12345' })).toBe('zh-CN');
  });
});

describe('languageOf (a sentence in an article)', () => {
  it("takes an element's own lang only when its text agrees", () => {
    expect(languageOf('This sentence is in English.', ['en-GB', 'zh-CN'], 'zh-CN', SENTENCE_SAMPLE_MIN)).toBe('en');
    expect(languageOf('这一段的标注语言是错的。', ['en', 'zh-CN'], 'zh-CN', SENTENCE_SAMPLE_MIN)).toBe('zh-CN');
    expect(languageOf('Ceci est une phrase en français.', ['fr', 'zh-CN'], 'zh-CN', SENTENCE_SAMPLE_MIN)).toBe('fr');
  });

  it('gives an English sentence in a Chinese article English, and a Chinese one in an English article Chinese', () => {
    expect(languageOf('The quick brown fox jumps over the lazy dog.', [null, 'zh-CN'], 'zh-CN', SENTENCE_SAMPLE_MIN)).toBe('en');
    expect(languageOf('这是一个中文句子。', [null, 'en'], 'en', SENTENCE_SAMPLE_MIN)).toBe('zh-CN');
    expect(languageOf('这是一个中文句子。', [null, 'zh-TW'], 'zh-TW', SENTENCE_SAMPLE_MIN)).toBe('zh-TW');
  });

  it('keeps the article language for text too short to tell', () => {
    expect(languageOf('GDP', [null, 'zh-CN'], 'zh-CN', SENTENCE_SAMPLE_MIN)).toBe('zh-CN');
    expect(languageOf('2024', ['en'], 'en', SENTENCE_SAMPLE_MIN)).toBe('en');
  });
});

describe('parseConfig language', () => {
  const valid = () => true;
  const parse = (input: { lang?: string }, attribute: string | null, sample: string) => {
    const warnings: string[] = [];
    const config = parseConfig(input, { attribute, sample }, valid, (m) => warnings.push(m));
    return { ui: config.lang, page: config.pageLang, warnings };
  };

  it('gives a Chinese page that says lang="en" a Chinese UI and zh-CN speech', () => {
    expect(parse({}, 'en', CHINESE)).toEqual({ ui: 'zh-CN', page: 'zh-CN', warnings: [] });
  });

  it('gives an English page that says lang="zh-CN" an English UI', () => {
    expect(parse({}, 'zh-CN', ENGLISH)).toEqual({ ui: 'en', page: 'en', warnings: [] });
  });

  it('lets data-lang win, in any spelling of Chinese or English', () => {
    expect(parse({ lang: 'en' }, 'zh-CN', CHINESE)).toMatchObject({ ui: 'en', page: 'en', warnings: [] });
    expect(parse({ lang: 'zh_CN' }, 'en', ENGLISH)).toMatchObject({ ui: 'zh-CN', page: 'zh-CN', warnings: [] });
    expect(parse({ lang: 'en-US' }, null, CHINESE)).toMatchObject({ ui: 'en', page: 'en', warnings: [] });
  });

  it('warns about a data-lang that is no Chinese or English and decides from the page', () => {
    const { ui, page, warnings } = parse({ lang: 'de' }, 'en', CHINESE);
    expect([ui, page]).toEqual(['zh-CN', 'zh-CN']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('data-lang="de"');
  });
});
