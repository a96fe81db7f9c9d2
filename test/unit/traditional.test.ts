import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as table from 'wza:traditional-table';
import { createConverter } from '../../src/core/traditional.js';
import { buildTraditionalTable, convertWith, openccDataDir } from '../../scripts/traditional-table.mjs';

const convert = createConverter(table);

describe('繁體 conversion (OpenCC s2tw, by phrase)', () => {
  it('converts one-to-many characters by the phrase they are in', () => {
    expect(convert('发展')).toBe('發展');
    expect(convert('头发')).toBe('頭髮');
    expect(convert('皇后')).toBe('皇后');
    expect(convert('后面')).toBe('後面');
    expect(convert('干部')).toBe('幹部');
    expect(convert('干净')).toBe('乾淨');
    expect(convert('一只')).toBe('一隻');
    expect(convert('只有')).toBe('只有');
  });

  it('keeps a word whole where a phrase starting inside it would convert otherwise', () => {
    // 个中 → 箇中 must not match across the word 三个.
    expect(convert('三个中心')).toBe('三個中心');
  });

  it("uses the standard forms of Taiwan (為, 裡, 著), not OpenCC's own (爲, 裏, 着)", () => {
    expect(convert('为人民服务')).toBe('為人民服務');
    expect(convert('里面')).toBe('裡面');
  });

  it('leaves what is not simplified Chinese alone, and returns the same string when nothing changes', () => {
    const text = 'Wza 2026年 — 已經是繁體 ①②';
    expect(convert(text)).toBe(text);
    expect(convert('')).toBe('');
    expect(convert('abc 国务院 def')).toBe('abc 國務院 def');
  });

  it('handles characters outside the BMP', () => {
    expect(convert('𠮷国')).toBe('𠮷國');
  });

  it('gives what OpenCC gives on its own test cases (s2tw)', () => {
    const text = readFileSync(join(openccDataDir(), '../test-data/testcases.json'), 'utf8').replace(/,(\s*[}\]])/g, '$1');
    const cases = (JSON.parse(text) as { cases: { input: string; expected: Record<string, string> }[] }).cases.filter(
      (c) => c.expected.s2tw,
    );
    expect(cases.length).toBeGreaterThan(20);
    const wrong = cases
      .filter((c) => convert(c.input) !== c.expected.s2tw)
      .map((c) => `${c.input} → ${convert(c.input)} ≠ ${c.expected.s2tw}`);
    // OpenCC's own phrases of another length than their word are left out (none of its s2tw cases needs one).
    expect(wrong).toEqual([]);
  });

  it('the reduced table converts the corpus pages exactly as the full dictionary does', () => {
    const full = buildTraditionalTable();
    let text = '';
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.html?$/.test(name)) text += readFileSync(path, 'utf8');
      }
    };
    walk(join(import.meta.dirname, '../pages'));
    walk(join(import.meta.dirname, '../../demo'));
    expect(text.length).toBeGreaterThan(10_000);
    expect(convert(text)).toBe(convertWith(full.full, full.chars, full.maxLen, text));
    // Rebuilding the full dictionary takes seconds on a slow machine.
  }, 60_000);
});
