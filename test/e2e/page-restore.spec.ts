// Issue 3, item 1: every page transformation, alone and all together, restores the
// page exactly when turned off, by 重置 and by 退出, on every test page.
import { expect, test } from '@playwright/test';
import { toolbar } from './helpers.js';
import { differences, frames, fullSnapshot, openTestPage, TEST_PAGES } from './page-helpers.js';

type Patch = Record<string, unknown>;

const FEATURES: [string, Patch, Patch][] = [
  ['配色 (黑底黄字)', { colours: 'black-yellow' }, { colours: 'default' }],
  ['文字放大 (200 %)', { textSize: 200 }, { textSize: 100 }],
  ['页面放大 (150 %)', { zoom: 150 }, { zoom: 100 }],
  ['大鼠标', { bigCursor: true }, { bigCursor: false }],
  ['关怀版', { care: true }, { care: false }],
];
/** The aids and speech change the page through the widget's own elements and sheets; they join the all-together check. */
const AIDS_AND_SPEECH: Patch = { crosshair: true, magnifier: true, captions: true, textOnly: true, sound: true, pointReading: true };
const ALL: Patch = Object.assign({}, ...FEATURES.map(([, on]) => on), AIDS_AND_SPEECH);

for (const { name, path } of TEST_PAGES) {
  test.describe(name, () => {
    test('each feature changes the page, and turning it off restores it exactly', async ({ page }) => {
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
  });
}

declare global {
  interface Window {
    wza: import('../../src/api.js').WzaApi;
    cspViolations?: string[];
  }
}
