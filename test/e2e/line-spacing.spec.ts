// Issue 12, 行距: each press raises the line height of all text, from at least 1.5 × the font size and visibly
// more than the page's own (a page at 1.8 gets more, not less), then back to the page's own; 重置 restores
// exactly; care mode keeps its minimum; inline !important line heights and legacy table pages follow.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeWidget, openPage, openToolbar, toolbar } from './helpers.js';
import { differences, frames, fullSnapshot } from './page-helpers.js';

const FIXTURE = '/test/pages/line-spacing.html';

/**
 * Font size and the visible distance between two lines of the element's text, in px: the computed line
 * height where it is a length, else (`normal`) the distance between the first two line boxes of its text.
 */
async function spacing(el: Locator): Promise<{ fs: number; lh: number; css: string }> {
  return el.evaluate((e) => {
    const cs = getComputedStyle(e);
    const fs = parseFloat(cs.fontSize);
    if (cs.lineHeight !== 'normal') return { fs, lh: parseFloat(cs.lineHeight), css: cs.lineHeight };
    const range = document.createRange();
    range.selectNodeContents(e);
    const tops = [...new Set([...range.getClientRects()].map((r) => Math.round(r.top * 10) / 10))].sort((a, b) => a - b);
    return { fs, lh: tops.length > 1 ? tops[1]! - tops[0]! : NaN, css: 'normal' };
  });
}

async function set(page: Page, patch: Record<string, unknown>) {
  await page.evaluate((p) => window.wza.set(p), patch);
  await frames(page);
}

/** Own spacing, then each level's, of each element: the first step ≥ 1.5 × the font size and ≥ 1.2 × its own, each step more. */
async function checkSteps(page: Page, elements: Locator[], label: string) {
  const own = await Promise.all(elements.map(spacing));
  let previous = own;
  for (const level of [125, 150, 175]) {
    await set(page, { lineSpacing: level });
    const now = await Promise.all(elements.map(spacing));
    now.forEach((s, i) => {
      const what = `${label} #${i} at ${level} % (own ${own[i]!.lh} px, font ${own[i]!.fs} px)`;
      expect(s.lh, what).toBeGreaterThanOrEqual(1.5 * s.fs - 0.5);
      expect(s.lh, what).toBeGreaterThanOrEqual(own[i]!.lh * 1.2 - 0.5);
      expect(s.lh, what).toBeGreaterThan(previous[i]!.lh);
    });
    previous = now;
  }
  await set(page, { lineSpacing: 100 });
  expect((await Promise.all(elements.map(spacing))).map((s) => s.css)).toEqual(own.map((s) => s.css));
}

test.describe('行距 (line spacing)', () => {
  test('the toolbar button steps up three times and back, shows the level and announces it; Alt+L does the same', async ({ page }) => {
    await openPage(page, FIXTURE);
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^行距/ });
    await expect(button).toContainText('100%');
    const own = page.locator('#zoom .own');
    const ownBefore = await spacing(own);
    expect(ownBefore.lh).toBeCloseTo(28.8, 1); // the page's own 1.8
    const seen: number[] = [];
    for (const [level, said] of [
      [125, '行距已加大到百分之一百二十五'],
      [150, '行距已加大到百分之一百五十'],
      [175, '行距已加大到百分之一百七十五'],
    ] as const) {
      await button.click();
      await expect(button).toContainText(`${level}%`);
      await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText(said);
      seen.push((await spacing(own)).lh);
    }
    // A page at 1.8 gets more, not less: 1.8 × 1.25 = 2.25 at the first step, then 2.7 and 3.15.
    expect(seen).toEqual([36, 43.2, 50.4].map((v) => expect.closeTo(v, 1)));
    expect(await axeWidget(page)).toEqual([]);
    await button.click();
    await expect(button).toContainText('100%');
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('行距已恢复');
    expect((await spacing(own)).css).toBe(ownBefore.css);

    await page.locator('h1').click(); // the shortcut works with focus on the page too
    await page.keyboard.press('Alt+L');
    await expect(button).toContainText('125%');
    expect((await spacing(own)).lh).toBeCloseTo(36, 0);
  });

  test('every kind of line height on the page: 1.8, 1.2, normal, inline px !important, inline unitless !important', async ({ page }) => {
    await openPage(page, FIXTURE);
    const p = (cls: string) => page.locator(`#zoom .${cls}`);
    await checkSteps(page, [p('own'), p('tight'), p('normal'), p('inline'), p('inline-unitless'), page.locator('h1')], 'fixture');
    // The inline styles come back byte for byte.
    await set(page, { lineSpacing: 150 });
    await set(page, { lineSpacing: 100 });
    expect(await p('inline').getAttribute('style')).toBe('line-height:20px !important');
    expect(await p('inline-unitless').getAttribute('style')).toBe('font-size:14px !important;line-height:1.2 !important');
  });

  const CORPUS = [
    { name: 'demo article (line-height 2)', path: '/demo/index.html', text: '#zoom p' },
    { name: 'legacy table layout (<font>, 22 px)', path: '/test/pages/legacy-table.html', text: '#zoom p, #zoom font, #zoom td, .side a' },
    { name: 'Hanweb nested tables (28 px on 14 px)', path: '/test/pages/real-world/hanweb-zoom.html', text: '#zoom p, td.title_cen' },
    { name: 'Hanweb GB2312 quirks-mode page', path: '/test/pages/real-world/hanweb-zoomcon.gb2312.html', text: '#zoomcon p' },
    { name: 'policy page at 2', path: '/test/pages/real-world/policy-downloadcontent.html', text: '#downloadContent p' },
    { name: 'TRS news (normal line height)', path: '/test/pages/real-world/trs-wcm-news.html', text: '.TRS_Editor p' },
  ];
  for (const { name, path, text } of CORPUS) {
    test(`${name}: each step more, first ≥ 1.5 × and visibly more than the page's own; back and 重置 restore exactly`, async ({ page }) => {
      await openPage(page, path);
      const before = await fullSnapshot(page);
      const all = page.locator(text);
      const count = Math.min(await all.count(), 6);
      expect(count).toBeGreaterThan(0);
      await checkSteps(
        page,
        Array.from({ length: count }, (_, i) => all.nth(i)),
        name,
      );
      expect(differences(before, await fullSnapshot(page)), 'back to the page’s own').toEqual([]);
      await set(page, { lineSpacing: 175 });
      await page.evaluate(() => window.wza.reset());
      await frames(page);
      expect(differences(before, await fullSnapshot(page)), '重置').toEqual([]);
    });
  }

  test('a level change writes nothing to the page’s DOM, and the level is kept after a reload', async ({ page }) => {
    await openPage(page, '/test/pages/legacy-table.html');
    await set(page, { lineSpacing: 125 });
    const mutations = await page.evaluate(async () => {
      let count = 0;
      const observer = new MutationObserver((records) => (count += records.length));
      observer.observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
      window.wza.set({ lineSpacing: 150 });
      window.wza.set({ lineSpacing: 175 });
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      return count;
    });
    expect(mutations).toBe(0);
    const p = page.locator('#zoom p').nth(3);
    const at175 = await spacing(p);
    expect(at175.lh).toBeCloseTo(22 * 1.75, 0); // 22 px on 16 px: 1.375 × 1.75 em
    await page.reload();
    await page.waitForFunction(() => 'wza' in window && document.readyState !== 'loading');
    await frames(page);
    expect(await page.evaluate(() => window.wza.settings.lineSpacing)).toBe(175);
    expect((await spacing(p)).lh).toBeCloseTo(at175.lh, 1);
  });

  test('text that arrives later (a late article, the next one swapped in) gets the spacing too', async ({ page }) => {
    await openPage(page, '/test/pages/late.html');
    await set(page, { lineSpacing: 150 }); // before the article is there
    await page.waitForSelector('#article[data-loaded="0"]');
    await frames(page);
    // body 15px/1.6: a 14 px paragraph's own is 22.4 px; 1.6 × 1.5 = 2.4 em.
    expect((await spacing(page.locator('#article p').first())).lh).toBeCloseTo(33.6, 0);
    await page.getByRole('button', { name: '下一篇' }).click();
    await expect(page.locator('#article')).toHaveAttribute('data-loaded', '1');
    await frames(page);
    expect((await spacing(page.locator('#article p').first())).lh).toBeCloseTo(33.6, 0);
  });

  test('care mode keeps its own minimum: line spacing goes above it, and back to care’s spacing, never below', async ({ page }) => {
    await openPage(page, FIXTURE);
    const before = await fullSnapshot(page);
    const tight = page.locator('#zoom .tight');
    const normal = page.locator('#zoom .normal');
    await set(page, { care: true });
    const care = [await spacing(tight), await spacing(normal)];
    for (const s of care) expect(s.lh).toBeGreaterThanOrEqual(1.5 * s.fs - 0.5);
    let previous = care;
    for (const level of [125, 150, 175]) {
      await set(page, { lineSpacing: level });
      const now = [await spacing(tight), await spacing(normal)];
      now.forEach((s, i) => {
        expect(s.lh, `care + ${level} %`).toBeGreaterThan(previous[i]!.lh);
        expect(s.lh).toBeGreaterThanOrEqual(1.5 * s.fs - 0.5);
      });
      previous = now;
    }
    await openToolbar(page);
    expect(await axeWidget(page)).toEqual([]);
    await set(page, { lineSpacing: 100 });
    expect([(await spacing(tight)).css, (await spacing(normal)).css]).toEqual(care.map((s) => s.css));
    await set(page, { care: false, toolbar: false });
    expect(differences(before, await fullSnapshot(page))).toEqual([]);
  });

  test('English UI: the button is named Line spacing and says so', async ({ page }) => {
    await openPage(page, '/demo/english.html');
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^Line spacing/ });
    await button.click();
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('Line spacing increased to 125 percent');
    await toolbar(page).getByRole('button', { name: /^Help/ }).click();
    await expect(page.locator('wza-toolbar').getByText('Alt+L')).toBeVisible();
  });

  test('data-features="line-spacing" shows it alone (with reset, help and exit)', async ({ page }) => {
    await page.route('**/ls-only.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!DOCTYPE html><html lang="zh-CN"><body><p>正文</p><script src="/dist/wza.js" defer data-features="line-spacing"></script></body></html>',
      }),
    );
    await openPage(page, '/ls-only.html');
    await openToolbar(page);
    const names = await toolbar(page).getByRole('button').allInnerTexts();
    expect(names.map((n) => n.replace(/\s+/g, ' ').trim().split(' ')[0])).toEqual(['行距', '重置', '帮助', '退出']);
  });
});
