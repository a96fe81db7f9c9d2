// Issue 3, item 1: every page transformation, alone and all together, restores the
// page exactly when turned off, by 重置 and by 退出, on every test page.
import { expect, test } from '@playwright/test';
import { toolbar } from './helpers.js';
import { differences, frames, fullSnapshot, openTestPage, TEST_PAGES } from './page-helpers.js';

type Patch = Record<string, unknown>;

const FEATURES: [string, Patch, Patch][] = [
  ['配色 (黑底黄字)', { colours: 'black-yellow' }, { colours: 'default' }],
  ['文字放大 (200 %)', { textSize: 200 }, { textSize: 100 }],
  ['行距 (150 %)', { lineSpacing: 150 }, { lineSpacing: 100 }],
  ['页面放大 (150 %)', { zoom: 150 }, { zoom: 100 }],
  ['大鼠标', { bigCursor: true }, { bigCursor: false }],
  ['关怀版', { care: true }, { care: false }],
];
/** The aids and speech change the page through the widget's own elements and sheets; they join the all-together check. */
const AIDS_AND_SPEECH: Patch = {
  crosshair: true,
  magnifier: true,
  captions: true,
  textOnly: true,
  sound: true,
  pointReading: true,
  pinyin: true,
  // 繁體 changes text, not styles: its own test below waits for it and compares text nodes too.
  traditional: true,
};
const ALL: Patch = Object.assign({}, ...FEATURES.map(([, on]) => on), AIDS_AND_SPEECH);

for (const { name, path } of TEST_PAGES) {
  test.describe(name, () => {
    test('each feature changes the page, and turning it off restores it exactly', async ({ page }) => {
      // Six full snapshots of every element's computed style, twice each: slow on the legacy pages.
      test.slow();
      await openTestPage(page, path);
      const before = await fullSnapshot(page);
      for (const [feature, on, off] of FEATURES) {
        await page.evaluate((p) => window.wza.set(p), on);
        await frames(page);
        const during = await fullSnapshot(page);
        expect(during.styles, `${feature} changes computed styles`).not.toEqual(before.styles);
        await page.evaluate((p) => window.wza.set(p), off);
        await frames(page);
        expect(differences(before, await fullSnapshot(page)), `${feature} off`).toEqual([]);
      }
    });

    test('all features together (page transformations, aids, speech) are undone by 重置 and by 退出', async ({ page }) => {
      await openTestPage(page, path);
      const before = await fullSnapshot(page);
      await page.evaluate((p) => window.wza.set(p), ALL);
      await frames(page);
      await page.mouse.move(300, 300, { steps: 3 }); // the pointer aids do their work
      await frames(page);
      expect(differences(before, await fullSnapshot(page)).length, 'everything on changes the page').toBeGreaterThan(0);
      await page.evaluate(() => window.wza.reset());
      await frames(page);
      expect(differences(before, await fullSnapshot(page)), '重置').toEqual([]);

      // (纯文本 hides the page and its own 无障碍 link: the toolbar is opened with everything else)
      await page.evaluate((p) => window.wza.set({ ...p, toolbar: true }), ALL);
      await toolbar(page).getByRole('button', { name: /^退出/ }).click();
      await expect(toolbar(page)).toHaveCount(0);
      await frames(page);
      expect(differences(before, await fullSnapshot(page)), '退出').toEqual([]);
    });

    test('繁體 converts the text, and 重置 and 退出 give back the same text nodes with the same text', async ({ page }) => {
      await openTestPage(page, path);
      const before = await fullSnapshot(page);
      const keep = () =>
        page.evaluate(() => {
          const nodes: [Text, string][] = [];
          const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push([n as Text, (n as Text).data]);
          (window as unknown as { kept: [Text, string][] }).kept = nodes;
          return document.documentElement.textContent;
        });
      const changed = () =>
        page.evaluate(
          () => (window as unknown as { kept: [Text, string][] }).kept.filter(([n, data]) => !n.isConnected || n.data !== data).length,
        );
      const text = await keep();
      const textNow = () => page.evaluate(() => document.documentElement.textContent);
      for (const [how, off] of [
        ['重置', () => page.evaluate(() => window.wza.reset())],
        ['退出', () => toolbar(page).getByRole('button', { name: /^退出/ }).click()],
      ] as const) {
        await page.evaluate(() => window.wza.set({ traditional: true }));
        await expect.poll(textNow, `${how}: 繁體 converts the page`).not.toBe(text);
        if (how === '退出') await page.evaluate(() => window.wza.set({ toolbar: true }));
        if (how === '退出') await expect(toolbar(page)).toBeVisible();
        await off();
        if (how === '退出') await expect(toolbar(page)).toHaveCount(0);
        // The toolbar's room at the top has gone: a page's own transitions (legacy-table's ad) end first.
        await page.waitForFunction(() => !document.getAnimations().some((a) => a instanceof CSSTransition));
        await frames(page);
        expect(await changed(), how).toBe(0);
        expect(differences(before, await fullSnapshot(page)), how).toEqual([]);
      }
    });
  });
}

declare global {
  interface Window {
    wza: import('../../src/api.js').WzaApi;
    cspViolations?: string[];
  }
}
