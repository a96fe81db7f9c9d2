import { describe, expect, it, vi } from 'vitest';
import { FEATURE_IDS, parseConfig, readScriptAttributes } from '../../src/config.js';

const validSelector = (s: string) => !/[[(]$|^\d|>>|^\s*>/.test(s);

function parse(input: Parameters<typeof parseConfig>[0], pageLang: string | null = 'zh-CN') {
  const warn = vi.fn();
  const config = parseConfig(input, pageLang, validSelector, warn);
  return { config, warn };
}

describe('parseConfig', () => {
  it('uses the defaults when nothing is configured', () => {
    const { config, warn } = parse({});
    expect(config).toMatchObject({ article: null, lang: 'zh-CN', careHide: null, ttsUrl: null, position: 'right-bottom' });
    expect([...config.features]).toEqual([...FEATURE_IDS]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('accepts every documented attribute', () => {
    const { config, warn } = parse({
      article: '#zoom',
      lang: 'en',
      careHide: '#piaochuang, .float-ad',
      ttsUrl: 'https://tts.example.gov.cn/speak?t={text}&l={lang}&r={rate}',
      features: 'text-size, colours,care',
      position: 'left-top',
    });
    expect(warn).not.toHaveBeenCalled();
    expect(config.article).toBe('#zoom');
    expect(config.lang).toBe('en');
    expect(config.careHide).toBe('#piaochuang, .float-ad');
    expect(config.ttsUrl).toContain('{text}');
    expect([...config.features]).toEqual(['text-size', 'colours', 'care']);
    expect(config.position).toBe('left-top');
  });

  it('shows the corner launcher unless data-launcher="none"', () => {
    expect(parse({}).config.launcher).toBe('auto');
    const { config, warn } = parse({ launcher: ' none ' });
    expect(config.launcher).toBe('none');
    expect(warn).not.toHaveBeenCalled();
  });

  it('follows the page language when data-lang is absent', () => {
    expect(parse({}, 'en-GB').config.lang).toBe('en');
    expect(parse({}, 'zh-Hans-CN').config.lang).toBe('zh-CN');
    expect(parse({}, null).config.lang).toBe('zh-CN');
    expect(parse({}, 'ug').config.lang).toBe('zh-CN');
  });

  it.each([
    ['position', { position: 'middle' }, 'data-position', '"right-bottom"'],
    ['launcher', { launcher: 'off' }, 'data-launcher', '"auto", "none"'],
    ['lang', { lang: 'fr' }, 'data-lang', '"zh-CN", "en"'],
    ['features', { features: 'text-size,telepathy' }, 'data-features', 'text-size'],
    ['article', { article: '#zoom[' }, 'data-article', 'CSS selector'],
    ['careHide', { careHide: '   ' }, 'data-care-hide', 'CSS selector'],
    ['ttsUrl', { ttsUrl: 'javascript:alert(1)' }, 'data-tts-url', '{text}'],
  ])('warns once for a bad %s, naming attribute, value and accepted values, and uses the default', (_key, input, attr, accepted) => {
    const { config, warn } = parse(input);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]![0]);
    expect(message).toContain(attr);
    expect(message).toContain(String(Object.values(input)[0]));
    expect(message).toContain(accepted);
    const defaults = parse({}).config;
    expect({ ...config, features: [...config.features] }).toEqual({ ...defaults, features: [...defaults.features] });
  });

  it('gives one warning per bad attribute when several are bad', () => {
    const { warn } = parse({ position: 'x', lang: 'y', features: 'z' });
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('takes the same options from the JS API, with arrays for features', () => {
    const { config, warn } = parse({ features: ['speech', 'read-aloud'] });
    expect(warn).not.toHaveBeenCalled();
    expect([...config.features]).toEqual(['speech', 'read-aloud']);
  });
});

describe('readScriptAttributes', () => {
  it('reads only the known data attributes', () => {
    const attrs: Record<string, string> = {
      'data-article': '#zoom',
      'data-position': 'left-bottom',
      'data-launcher': 'none',
      'data-unknown': 'x',
    };
    const script = { getAttribute: (name: string) => attrs[name] ?? null } as unknown as Element;
    expect(readScriptAttributes(script)).toEqual({ article: '#zoom', position: 'left-bottom', launcher: 'none' });
    expect(readScriptAttributes(null)).toEqual({});
  });
});
