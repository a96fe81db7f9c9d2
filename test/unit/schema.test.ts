import { describe, expect, it } from 'vitest';
import '../with-ui-strings.js';
import { checkShortcuts } from '../../src/core/controls.js';
import { boolean, checkPatch, defaultsOf, checkSettingKeys, number, oneOf, sanitize } from '../../src/core/schema.js';
import { checkRegistry, FEATURES } from '../../src/features/index.js';
import { defineFeature } from '../../src/features/feature.js';
import { FEATURE_IDS } from '../../src/features/manifest.js';
import { defineMessages, mergeMessages } from '../../src/core/messages.js';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../src/settings.js';

const schema = {
  on: boolean(false),
  rate: number(1, 0.5, 2),
  size: number(100, 100, 200),
  scheme: oneOf(['a', 'b'] as const, 'a'),
};

describe('settings schema (src/core/schema.ts)', () => {
  it('derives the defaults', () => {
    expect(defaultsOf(schema)).toEqual({ on: false, rate: 1, size: 100, scheme: 'a' });
  });

  it('validates each number by its own range, not a blanket 100–200', () => {
    const s = sanitize(schema, { rate: 1.5, size: 150 });
    expect(s).toMatchObject({ rate: 1.5, size: 150 });
    expect(sanitize(schema, { rate: 150, size: 1.5 })).toMatchObject({ rate: 1, size: 100 });
    expect(sanitize(schema, { rate: Number.NaN }).rate).toBe(1);
  });

  it('accepts one of the list only, and booleans only as booleans', () => {
    expect(sanitize(schema, { scheme: 'b', on: true })).toMatchObject({ scheme: 'b', on: true });
    expect(sanitize(schema, { scheme: 'evil', on: 'yes' })).toMatchObject({ scheme: 'a', on: false });
  });

  it('splits a patch into good entries and rejected ones with a reason', () => {
    const { good, bad } = checkPatch(schema, { size: 'abc', scheme: 'b', nope: 1, rate: 3 });
    expect(good).toEqual({ scheme: 'b' });
    expect(bad.map((b) => b.key)).toEqual(['size', 'nope', 'rate']);
    expect(bad[0]!.reason).toContain('from 100 to 200');
    expect(bad[2]!.reason).toContain('from 0.5 to 2');
    expect(checkPatch(schema, 'x').bad).toHaveLength(1);
  });

  it('fails loudly when two schemas declare one key', () => {
    expect(() =>
      checkSettingKeys([
        { id: 'x', settings: { on: boolean() } },
        { id: 'y', settings: { on: boolean() } },
      ]),
    ).toThrow(/setting "on" twice: x, y/);
  });
});

describe('settings derived from the registry', () => {
  it('has every feature setting and the toolbar, with their defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      toolbar: false,
      care: false,
      textSize: 100,
      lineSpacing: 100,
      zoom: 100,
      colours: 'default',
      bigCursor: false,
      crosshair: false,
      magnifier: false,
      captions: false,
      pinyin: false,
      textOnly: false,
      traditional: false,
      sound: false,
      pointReading: false,
      speechRate: 'medium',
      voice: '',
    });
  });

  it('clamps text size and zoom to their own ranges and checks lists', () => {
    expect(sanitizeSettings({ textSize: 250, zoom: 90, colours: 'evil', speechRate: 'fast' })).toMatchObject({
      textSize: 100,
      zoom: 100,
      colours: 'default',
      speechRate: 'fast',
    });
  });

  it('derives FEATURE_IDS from the registry, in toolbar order', () => {
    const ids = FEATURES.map((f) => f.id).filter((id) => !['open', 'reset', 'help', 'exit'].includes(id));
    expect([...FEATURE_IDS]).toEqual(ids);
  });
});

describe('registry check', () => {
  const make = (id: string, settings = {}) => defineFeature({ id: id as 'zoom', settings, create: () => ({}) });

  it('passes for the real registry', () => {
    expect(() => checkRegistry(FEATURES)).not.toThrow();
  });

  it('throws on a duplicate setting key', () => {
    const a = make('a', { on: boolean() });
    const b = make('b', { on: boolean() });
    expect(() => checkRegistry([a, b], { a: { settings: a.settings }, b: { settings: b.settings } })).toThrow(/setting "on"/);
  });

  it('throws on a feature missing from the schema list, or with other settings', () => {
    expect(() => checkRegistry([make('a')], {})).toThrow(/does not match features\/manifest.ts/);
    expect(() => checkRegistry([make('a', { on: boolean() })], { a: { settings: {} } })).toThrow(/does not match/);
  });

  it('throws on a shortcut clash: two entries with one key code', () => {
    const run = () => {};
    expect(() =>
      checkShortcuts([
        { code: 'KeyC', keys: 'Alt+C', label: '十字光标', run },
        { code: 'KeyC', keys: 'Alt+C', label: '配色', run },
      ]),
    ).toThrow(/Alt\+C twice: 十字光标, 配色/);
    expect(() => checkShortcuts([{ code: 'KeyC', keys: 'Alt+C', label: 'x', run }])).not.toThrow();
  });
});

describe('feature messages (src/core/messages.ts)', () => {
  it('types both languages alike: en missing a key does not compile', () => {
    // @ts-expect-error en lacks `stop`
    defineMessages({ 'zh-CN': { controls: { go: '开始', stop: '停止' } }, en: { controls: { go: 'Go' } } });
    expect(defineMessages({ 'zh-CN': { a: '甲' }, en: { a: 'A' } }).en.a).toBe('A');
  });

  it('merges sections from the widget and the features, and fails loudly on a string defined twice', () => {
    expect(mergeMessages([{ controls: { a: '1' } }, { controls: { b: '2' }, rates: { x: '3' } }])).toEqual({
      controls: { a: '1', b: '2' },
      rates: { x: '3' },
    });
    expect(() => mergeMessages([{ controls: { a: '1' } }, { controls: { a: '2' } }])).toThrow(/"controls.a" twice/);
  });

  it("puts each feature's strings into the translation the UI already reads", () => {
    expect(zhCN.controls.textLarger).toBe('文字放大');
    expect(zhCN.controls.reset).toBe('重置');
    expect(en.reader.field('Source', 'x')).toBe('Source: x');
    expect(zhCN.announce.zoomIn(120)).toBe('页面已放大到百分之一百二十');
    expect(en.colourSchemes['black-yellow']).toBe('Yellow on black');
  });
});
