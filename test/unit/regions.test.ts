import { describe, expect, it } from 'vitest';
import '../with-ui-strings.js';
import { CMS_NAMES, LANDMARKS, nextRegion, parseNamedRegions, REGION_KINDS } from '../../src/core/regions.js';
import { checkShortcuts } from '../../src/core/controls.js';
import type { FeatureContext } from '../../src/features/feature.js';
import { regionsToolbarMessages as regionsMessages } from '../../src/features/regions/toolbar-messages.js';
import { regions } from '../../src/features/regions/regions.js';
import { translations } from '../../src/i18n/index.js';

const valid = (s: string) => !/[[(]$/.test(s) && !s.includes('a[');

describe('region jumps, pure part', () => {
  it('takes the regions in shortcut order, as help names them', () => {
    expect(REGION_KINDS).toEqual(['header', 'nav', 'search', 'article', 'sidebar', 'footer']);
    // Help's one line for Alt+1 … Alt+6 names them in this order.
    expect(regionsMessages['zh-CN'].regions.jumps).toBe('跳到页头、导航、搜索、正文、侧栏、页脚区域');
    expect(Object.keys(CMS_NAMES).sort()).toEqual(REGION_KINDS.filter((k) => k !== 'article').sort());
    expect(LANDMARKS.footer).toContain('[role="contentinfo"]');
  });

  it('parses data-regions: kind, colon, selector; parts separated by semicolons', () => {
    expect(parseNamedRegions(' header:#top ; nav: .menu, #subnav ;article:div:not(.x)', valid)).toEqual({
      selectors: { header: '#top', nav: '.menu, #subnav', article: 'div:not(.x)' },
      problems: [],
    });
    expect(parseNamedRegions('', valid)).toEqual({ selectors: {}, problems: [] });
  });

  it('reports each bad part and keeps the good ones', () => {
    const { selectors, problems } = parseNamedRegions('aside:.side; footer:#foot; nav:a[; #zoom; main:', valid);
    expect(selectors).toEqual({ footer: '#foot' });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('"aside:.side"');
    expect(problems[0]).toContain('header, nav, search, article, sidebar, footer');
    expect(problems[1]).toContain('not a valid CSS selector');
    expect(problems[2]).toContain('"#zoom"');
  });

  it('goes to the first region, then the next, wrapping round', () => {
    expect(nextRegion(0, -1)).toBe(-1);
    expect(nextRegion(3, -1)).toBe(0);
    expect(nextRegion(3, 0)).toBe(1);
    expect(nextRegion(3, 2)).toBe(0);
    expect(nextRegion(1, 0)).toBe(0);
  });
});

describe('region jump shortcuts', () => {
  const ctx = { t: translations['zh-CN'], part: () => new Promise(() => {}) } as unknown as FeatureContext;
  const shortcuts = regions.create(ctx).shortcuts!;

  it('are Alt+1 … Alt+6, with one line in help', () => {
    expect(shortcuts.map((s) => s.code)).toEqual(['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6']);
    expect(shortcuts.map((s) => s.keys)).toEqual(['Alt+1 … Alt+6', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5', 'Alt+6']);
    expect(shortcuts.filter((s) => s.label).map((s) => s.label)).toEqual(['跳到页头、导航、搜索、正文、侧栏、页脚区域']);
  });

  it('are covered by the clash check of the shortcut table', () => {
    expect(() => checkShortcuts(shortcuts)).not.toThrow();
    const other = { code: 'Digit4', keys: 'Alt+4', label: '别的功能', run: () => {} };
    expect(() => checkShortcuts([...shortcuts, other])).toThrow(/Alt\+4 twice/);
  });
});
