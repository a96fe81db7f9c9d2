// Each feature's heavy code is a file of its own, loaded the first time the feature is
// used: a page view downloads wza.js only; opening the toolbar adds wza-ui.js; 连读 and
// 指读 add their own parts, and nothing else is fetched.
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, spoken } from './fake-speech.js';
import { openPage, openToolbar, toolbar } from './helpers.js';

/** The Wza scripts the page has requested so far, by file name, in order. */
function wzaScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const name = /\/(wza[\w-]*\.js)(\?|$)/.exec(r.url())?.[1];
    if (name) seen.push(name);
  });
  return seen;
}

test('a page view loads wza.js only; the toolbar, 连读 and 指读 each load their own file on first use', async ({ page }) => {
  const loaded = wzaScripts(page);
  await fakeSpeech(page);
  await openPage(page, '/test/pages/speech.html');
  expect(loaded).toEqual(['wza.js']);
  await openToolbar(page);
  expect(loaded).toEqual(['wza.js', 'wza-ui.js']);
  await toolbar(page).getByRole('button', { name: /^连读/ }).click();
  await expect.poll(() => spoken(page).then((s) => s.length)).toBeGreaterThan(0);
  expect(loaded).toEqual(['wza.js', 'wza-ui.js', 'wza-read-aloud.js']);
  await toolbar(page).getByRole('button', { name: /^停止/ }).click();
  await toolbar(page).getByRole('button', { name: /^指读/ }).click();
  // The part has run once its script element is gone again (load-script.ts): the page's DOM is not left with ours.
  await expect.poll(() => loaded.includes('wza-point-reading.js')).toBe(true);
  await expect(page.locator('script[src*="wza-"]')).toHaveCount(0);
  expect(loaded).toEqual(['wza.js', 'wza-ui.js', 'wza-read-aloud.js', 'wza-point-reading.js']);
});

test('a part that cannot load is said, and the page keeps working (retry on the next use)', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.route('**/wza-read-aloud.js', (route) => route.fulfill({ status: 404, body: '' }));
  await fakeSpeech(page);
  await openPage(page, '/test/pages/speech.html');
  await openToolbar(page);
  await toolbar(page).getByRole('button', { name: /^连读/ }).click();
  await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('朗读出错，请稍后再试');
  expect(warnings.some((w) => w.includes('read-aloud could not start') && w.includes('wza-read-aloud.js'))).toBe(true);
  // 连读 turned 声音 on, so the failure is said aloud too; nothing of the article is.
  expect((await spoken(page)).map((u) => u.text)).toEqual(['朗读出错，请稍后再试']);
  await page.unroute('**/wza-read-aloud.js');
  await toolbar(page).getByRole('button', { name: /^连读/ }).click();
  await expect.poll(() => spoken(page).then((s) => s.length)).toBeGreaterThan(1);
  expect((await spoken(page))[1]!.text).not.toBe('朗读出错，请稍后再试');
});
