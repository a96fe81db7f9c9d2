import { describe, expect, it } from 'vitest';
import '../with-ui-strings.js';
import type { RegistryEntry } from '../../src/features/feature.js';
import { checkRegistry, FEATURES } from '../../src/features/index.js';
import { chineseNumber } from '../../src/i18n/zh-CN.js';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';

describe('feature registry', () => {
  it('has unique ids and ends with the whole-widget controls', () => {
    expect(() => checkRegistry(FEATURES)).not.toThrow();
    expect(FEATURES.slice(-3).map((f) => f.id)).toEqual(['reset', 'help', 'exit']);
  });

  it('fails loudly when an id is registered twice', () => {
    const twice: RegistryEntry[] = [FEATURES[0]!, FEATURES[0]!];
    expect(() => checkRegistry(twice)).toThrow(/registered twice/);
  });
});

describe('translations', () => {
  it('zh-CN and en have the same keys', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('reads percentages the way Chinese speech says them', () => {
    expect(chineseNumber(150)).toBe('一百五十');
    expect(chineseNumber(125)).toBe('一百二十五');
    expect(chineseNumber(105)).toBe('一百零五');
    expect(chineseNumber(200)).toBe('二百');
    expect(chineseNumber(110)).toBe('一百一十');
    expect(chineseNumber(12)).toBe('十二');
    expect(zhCN.announce.textLarger(150)).toBe('文字已放大到百分之一百五十');
  });
});
