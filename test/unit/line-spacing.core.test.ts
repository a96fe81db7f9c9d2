import { describe, expect, it } from 'vitest';
import { LINE_SPACING_LEVELS, lineSpacingBase, lineSpacingCss, nextLineSpacing, NORMAL_LINE_RATIO } from '../../src/core/line-spacing.js';

describe('行距 levels (src/core/line-spacing.ts)', () => {
  it('steps 100 → 125 → 150 → 175, then back to the page’s own', () => {
    const seen = [100];
    for (let i = 0; i < 5; i++) seen.push(nextLineSpacing(seen.at(-1)!));
    expect(seen).toEqual([100, 125, 150, 175, 100, 125]);
    expect(nextLineSpacing(130)).toBe(150); // a value set through the API snaps to the next level
  });

  it('the first step gives at least 1.5 × the font size, and more than the element’s own, whatever its own', () => {
    const first = LINE_SPACING_LEVELS[1] / 100;
    for (const own of [1, 1.15, 1.2, 1.3, 1.5, 1.8, 2]) {
      const lh = first * lineSpacingBase(own);
      expect(lh, `own ${own}`).toBeGreaterThanOrEqual(1.5);
      expect(lh, `own ${own}`).toBeGreaterThanOrEqual(own * 1.2); // visibly more: a fifth at least
    }
    // A page at 1.8 gets more, not less.
    expect(first * lineSpacingBase(1.8)).toBeCloseTo(2.25, 5);
    // `normal` (no px value): counted as the CJK fonts' ~1.45, so the step is visibly more with any font.
    expect(lineSpacingCss(125)).toContain(`--wza-ls-n:calc(1.25*${NORMAL_LINE_RATIO})`);
  });

  it('one-line bars (line height of two font sizes or more) grow from 2, so their px floor holds at the first step', () => {
    expect(lineSpacingBase(46 / 16)).toBe(2);
    expect((LINE_SPACING_LEVELS[1] / 100) * lineSpacingBase(46 / 16)).toBeLessThan(46 / 16);
  });

  it('each further step is more than the one before', () => {
    for (const own of [1.2, 1.45, 1.8]) {
      const steps = LINE_SPACING_LEVELS.slice(1).map((l) => (l / 100) * lineSpacingBase(own));
      for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
    }
  });

  it('the sheet sets the factor and the `normal` value; at 100 it sets nothing', () => {
    expect(lineSpacingCss(100)).toBe('');
    expect(lineSpacingCss(125)).toBe(`:root{--wza-ls:1.25;--wza-ls-n:calc(1.25*${NORMAL_LINE_RATIO})}`);
    expect(lineSpacingCss(175)).toContain('--wza-ls:1.75;');
  });
});
