import { describe, expect, it } from 'vitest';
import { step, TEXT_LEVELS, ZOOM_LEVELS } from '../../src/core/steps.js';
import { careCss } from '../../src/core/care.js';
import { cursorValue } from '../../src/features/cursor/cursor.core.js';

describe('level steps', () => {
  it('text size goes 100 → 125 → 150 → 175 → 200 and stops at the ends', () => {
    const seen = [100];
    for (let i = 0; i < 5; i++) seen.push(step(TEXT_LEVELS, seen.at(-1)!, 1));
    expect(seen).toEqual([100, 125, 150, 175, 200, 200]);
    expect(step(TEXT_LEVELS, 100, -1)).toBe(100);
    expect(step(TEXT_LEVELS, 160, -1)).toBe(150); // an odd stored value snaps to the table
  });

  it('page zoom goes 100–200 in steps of 10', () => {
    expect(ZOOM_LEVELS[0]).toBe(100);
    expect(ZOOM_LEVELS.at(-1)).toBe(200);
    expect(step(ZOOM_LEVELS, 100, 1)).toBe(110);
    expect(step(ZOOM_LEVELS, 200, 1)).toBe(200);
  });
});

describe('care mode sheet', () => {
  it('hides the site’s distractions only when a selector is configured', () => {
    expect(careCss('#piaochuang, .ad', '')).toContain(':root #piaochuang,:root .ad{display:none!important}');
    expect(careCss(null, '')).not.toContain('display:none');
  });
});

describe('big cursors', () => {
  it('are data-URI SVGs with a hotspot and a keyword fallback (no network, CSP-safe)', () => {
    for (const kind of ['arrow', 'pointer', 'text'] as const) {
      const value = cursorValue(kind);
      expect(value).toMatch(/^url\("data:image\/svg\+xml,[^"#]+"\) \d+ \d+, [a-z]+$/);
      expect(decodeURIComponent(value)).toContain('width="48"');
    }
  });
});
