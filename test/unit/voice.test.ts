import { describe, expect, it } from 'vitest';
import { languageKey, pickVoice, RATE_VALUES, shortPieces, ttsUrl, voicesFor } from '../../src/core/voice.js';

const voice = (name: string, lang: string, extra: { localService?: boolean; default?: boolean } = {}) => ({ name, lang, ...extra });

describe('voice matching', () => {
  it('treats cmn, zh, zh-CN, zh_CN and zh-Hans(-CN) as the same language', () => {
    const keys = ['cmn', 'zh', 'zh-CN', 'zh_CN', 'zh-Hans', 'zh-Hans-CN', 'ZH-cn'].map((t) => languageKey(t));
    for (const k of keys) expect(k).toEqual({ lang: 'zh', region: 'cn' });
  });

  it('picks the espeak `cmn` voice for a zh-CN page, and nothing when no voice speaks Chinese', () => {
    const voices = [voice('English', 'en-US'), voice('Chinese (Mandarin)', 'cmn')];
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('Chinese (Mandarin)');
    expect(pickVoice(voices, 'zh-Hans-CN')?.name).toBe('Chinese (Mandarin)');
    expect(pickVoice([voice('English', 'en-US')], 'zh-CN')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  it('prefers Mandarin over Taiwanese or Hong Kong voices for zh-CN, and the same region for English', () => {
    const voices = [voice('Taiwan', 'zh-TW'), voice('HK', 'zh-HK'), voice('Mainland', 'zh-CN')];
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('Mainland');
    expect(pickVoice(voices, 'zh-TW')?.name).toBe('Taiwan');
    expect(pickVoice([voice('UK', 'en-GB'), voice('US', 'en-US')], 'en-US')?.name).toBe('US');
    expect(pickVoice([voice('UK', 'en-GB')], 'en')?.name).toBe('UK');
  });

  it('fills the remote service template, URL-encoded', () => {
    expect(ttsUrl('/tts?text={text}&lang={lang}&rate={rate}', '你好 & 再见', 'zh-CN', 1.4)).toBe(
      '/tts?text=%E4%BD%A0%E5%A5%BD%20%26%20%E5%86%8D%E8%A7%81&lang=zh-CN&rate=1.4',
    );
  });

  it('has slower and faster rates around 1', () => {
    expect(RATE_VALUES.slow).toBeLessThan(1);
    expect(RATE_VALUES.medium).toBe(1);
    expect(RATE_VALUES.fast).toBeGreaterThan(1);
  });

  it('cuts announcements and pointed text into short utterances', () => {
    const text = '区党工委副书记、管委会主任许伟主持会议，并代表区党工委作工作报告及总结讲话，在家区领导出席会议。';
    const pieces = shortPieces(text, 'zh-CN');
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(40);
    expect(shortPieces('文字已放大到百分之一百五十', 'zh-CN')).toEqual(['文字已放大到百分之一百五十']);
    expect(shortPieces('x'.repeat(100), 'zh-CN').every((p) => p.length <= 40)).toBe(true);
  });
});

describe('voice choice (发音人)', () => {
  const voices = [
    voice('English', 'en-US'),
    voice('Chinese (Mandarin)', 'cmn'),
    voice('Xiaoxiao', 'zh-CN', { localService: true }),
    voice('Yunxi', 'zh-CN'),
    voice('HK', 'zh-HK'),
  ];

  it('lists the voices that speak the language, best fit first, each name once', () => {
    expect(voicesFor(voices, 'zh-CN').map((v) => v.name)).toEqual(['Xiaoxiao', 'Chinese (Mandarin)', 'Yunxi', 'HK']);
    expect(voicesFor([...voices, voice('Yunxi', 'zh-CN')], 'zh-CN').filter((v) => v.name === 'Yunxi')).toHaveLength(1);
    expect(voicesFor(voices, 'en').map((v) => v.name)).toEqual(['English']);
    expect(voicesFor(voices, 'fr')).toEqual([]);
  });

  it('uses the chosen voice while it is there, and the best fit once it is gone', () => {
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('Xiaoxiao');
    expect(pickVoice(voices, 'zh-CN', 'Yunxi')?.name).toBe('Yunxi');
    expect(pickVoice(voices, 'zh-CN', 'HK')?.name).toBe('HK'); // the user's choice wins over the region
    const gone = voices.filter((v) => v.name !== 'Yunxi');
    expect(pickVoice(gone, 'zh-CN', 'Yunxi')?.name).toBe('Xiaoxiao');
  });

  it('never speaks another language with the chosen voice: an English text keeps an English voice', () => {
    expect(pickVoice(voices, 'en-US', 'Yunxi')?.name).toBe('English');
    expect(pickVoice([voice('Yunxi', 'zh-CN')], 'en-US', 'Yunxi')).toBeNull();
  });
});
