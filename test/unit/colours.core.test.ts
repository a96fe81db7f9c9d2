import { describe, expect, it } from 'vitest';
import { nextScheme, PALETTES } from '../../src/core/colours.js';
import { composite, contrastRatio, ensureContrast, paletteContrasts, parseColour, toHex } from '../../src/core/contrast.js';
import { COLOUR_SCHEMES } from '../../src/settings.js';

describe('colour maths', () => {
  it('parses the colours getComputedStyle reports', () => {
    expect(parseColour('rgb(255, 0, 0)')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColour('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColour('rgb(10 20 30 / 25%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseColour('#abc')).toEqual({ r: 170, g: 187, b: 204, a: 1 });
    expect(parseColour('transparent')!.a).toBe(0);
    expect(parseColour('color(display-p3 1 0 0)')).toBeNull();
  });

  it('computes WCAG contrast ratios', () => {
    const c = (a: string, b: string) => contrastRatio(parseColour(a)!, parseColour(b)!);
    expect(c('#000', '#fff')).toBeCloseTo(21, 5);
    expect(c('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(c('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(c('#999', '#fff')).toBeCloseTo(2.85, 2);
  });

  it('composites translucent colours over a background', () => {
    expect(toHex(composite({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255, a: 1 }))).toBe('#808080');
  });

  it('nudges weak text to the nearest colour that reaches the target, and leaves strong text alone', () => {
    const white = parseColour('#fff')!;
    const grey = parseColour('#999')!;
    const fixed = ensureContrast(grey, white, 4.5);
    expect(contrastRatio(fixed, white)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, white)).toBeLessThan(4.7); // nearest, not black
    expect(ensureContrast(parseColour('#333')!, white, 4.5)).toEqual(parseColour('#333'));
    // light text on a dark background gets lighter
    const navy = parseColour('#0b3d78')!;
    const light = ensureContrast(parseColour('#6688aa')!, navy, 4.5);
    expect(contrastRatio(light, navy)).toBeGreaterThanOrEqual(4.5);
    expect(light.r).toBeGreaterThan(0x66);
  });

  it('every scheme puts text, links and focus rings at 7:1 or more (WCAG AAA)', () => {
    for (const palette of Object.values(PALETTES)) {
      const c = paletteContrasts(palette);
      expect(c.text).toBeGreaterThanOrEqual(7);
      expect(c.link).toBeGreaterThanOrEqual(7);
      expect(c.focus).toBeGreaterThanOrEqual(7);
      expect(palette.link).not.toBe(palette.fg); // links distinguishable by colour as well as underline
    }
  });

  it('Alt+` cycles the schemes in menu order and wraps', () => {
    expect(nextScheme('default', COLOUR_SCHEMES)).toBe('black-white');
    expect(nextScheme('yellow-black', COLOUR_SCHEMES)).toBe('default');
  });
});
