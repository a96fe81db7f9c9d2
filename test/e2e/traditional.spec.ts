// Issue 12, 繁體: the page's text in traditional characters, by phrase, and back exactly.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { axeWidget, openPage, openToolbar, toolbar } from './helpers.js';
import { differences, frames, fullSnapshot } from './page-helpers.js';

const PAGE = '/test/pages/traditional.html';
const text = (page: Page, selector: string) => page.locator(selector).evaluate((e) => e.textContent ?? '');
const attr = (page: Page, selector: string, name: string) => page.locator(selector).evaluate((e, n) => e.getAttribute(n), name);

/** Waits until the page shows traditional characters (the part loads on first use). */
async function converted(page: Page): Promise<void> {
  await expect(page.locator('#headline')).toHaveText('國務院發展研究中心發佈報告');
  await frames(page);
}

/** Every text node of the page (outside Wza) with its text, kept in the page to compare object identity later. */
async function keepTextNodes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    (window as unknown as { kept: [Text, string][] }).kept = nodes.map((n) => [n, n.data]);
  });
}

/** The kept text nodes that are gone from the page or whose text differs from what it was. */
function changedTextNodes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { kept: [Text, string][] }).kept
      .filter(([n, data]) => !n.isConnected || n.data !== data)
      .map(([n, data]) => `${data} → ${n.isConnected ? n.data : '(removed)'}`),
  );
}

test.describe('繁體', () => {
  test('the toolbar toggle converts the page by phrase, with its title and attributes, and back exactly', async ({ page }) => {
    await openPage(page, PAGE);
    // The toolbar open (it keeps room at the top of the page) before the page is taken as it was.
    await openToolbar(page);
    await frames(page);
    // The user types into the form before turning it on.
    await page.locator('#q').fill('我输入的简体关键词');
    await page.locator('#msg').fill('我写的留言发展');
    await page.locator('#msg').blur(); // focus styles are not what is compared
    await keepTextNodes(page);
    const before = await fullSnapshot(page);
    const title = await page.title();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));

    // (Found by its name alone: the toolbar's own name turns traditional too.)
    const button = page.locator('wza-toolbar').getByRole('button', { name: /^繁體/ });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await converted(page);
    expect(requested).toContain('/dist/wza-traditional.js');

    expect(await page.title()).toBe('頭髮與發展_後面的新聞_政務動態');
    expect(await text(page, '#p1')).toBe('皇后的頭髮很長，後面的幹部把會議室打掃得很乾淨。');
    expect(await text(page, '#p2')).toBe('一隻小鳥只有一個願望：為人民服務。裡面有三個中心的說明。');
    expect(await text(page, '#p3')).toBe('English text and 2026年12月 numbers stay.');
    expect(await attr(page, '#img', 'alt')).toBe('會議現場照片');
    expect(await attr(page, '#link', 'aria-label')).toBe('下載附件（國務院文件）');
    expect(await attr(page, '.top a[title]', 'title')).toBe('返回首頁');
    expect(await attr(page, '#q', 'placeholder')).toBe('請輸入關鍵詞');
    expect(await attr(page, '#msg', 'placeholder')).toBe('請輸入留言');
    expect(await attr(page, '#go', 'value')).toBe('開始搜索');
    // Never what the user typed, nor code, `translate="no"` or an editable region.
    await expect(page.locator('#q')).toHaveValue('我输入的简体关键词');
    await expect(page.locator('#msg')).toHaveValue('我写的留言发展');
    expect(await attr(page, '#q', 'value')).toBe('默认关键词');
    expect(await text(page, '#code')).toBe('var 发展 = "干";');
    expect(await text(page, '#no')).toBe('简体专名发展');
    expect(await text(page, '#editor')).toBe('编辑区里的简体字');
    await expect(button).toHaveAttribute('aria-pressed', 'true');

    await button.click();
    await expect(page.locator('#headline')).toHaveText('国务院发展研究中心发布报告');
    await frames(page);
    expect(await page.title()).toBe(title);
    // The same text nodes with the same text, the same attributes: the page as it was.
    expect(await changedTextNodes(page)).toEqual([]);
    expect(differences(before, await fullSnapshot(page))).toEqual([]);
    await expect(page.locator('#q')).toHaveValue('我输入的简体关键词');
    await expect(page.locator('#msg')).toHaveValue('我写的留言发展');
  });

  test('content that arrives later converts; what the page changes meanwhile keeps the page’s new text', async ({ page }) => {
    await openPage(page, PAGE);
    await page.evaluate(() => window.wza.set({ traditional: true }));
    await converted(page);
    // New content, a text the page rewrites, an attribute the page sets.
    await page.evaluate(() => (window as unknown as { pageAdds(t: string): void }).pageAdds('后来加载的头发新闻'));
    await expect(page.locator('#later li')).toHaveText('後來加載的頭髮新聞');
    expect(await attr(page, '#later li', 'title')).toBe('後來加載的頭髮新聞');
    await page.evaluate(() => {
      document.querySelector('#p3')!.firstChild!.nodeValue = '页面自己改的发展';
      document.querySelector('#img')!.setAttribute('alt', '页面换的图片说明');
      document.title = '页面自己的标题';
    });
    await expect(page.locator('#p3')).toHaveText('頁面自己改的發展');
    await expect.poll(() => attr(page, '#img', 'alt')).toBe('頁面換的圖片說明');
    await expect.poll(() => page.title()).toBe('頁面自己的標題');

    await page.evaluate(() => window.wza.set({ traditional: false }));
    await expect(page.locator('#headline')).toHaveText('国务院发展研究中心发布报告');
    // Back to what the page itself wrote, not to what it had before.
    await expect(page.locator('#p3')).toHaveText('页面自己改的发展');
    expect(await attr(page, '#img', 'alt')).toBe('页面换的图片说明');
    expect(await page.title()).toBe('页面自己的标题');
    await expect(page.locator('#later li')).toHaveText('后来加载的头发新闻');
    expect(await attr(page, '#later li', 'title')).toBe('后来加载的头发新闻');
  });

  test('Alt+J and the site’s own 繁體 link switch it, the zh-CN toolbar turns traditional too, axe clean on and off', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    expect(await axeWidget(page)).toEqual([]);
    await page.keyboard.press('Alt+KeyJ');
    await converted(page);
    // The UI's own strings: the toolbar's name, its buttons, the announcement.
    const tradToolbar = page.getByRole('toolbar', { name: /^無障礙工具欄/ });
    await expect(tradToolbar).toBeVisible();
    await expect(tradToolbar.getByRole('button', { name: /^聲音/ })).toBeVisible();
    await expect(tradToolbar.getByRole('button', { name: /^繁體/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('繁體已打開');
    expect(await axeWidget(page)).toEqual([]);
    // Help in traditional characters.
    await tradToolbar.getByRole('button', { name: /^幫助/ }).click();
    await expect(page.locator('wza-toolbar').getByText('快捷鍵')).toBeVisible();
    await expect(page.locator('wza-toolbar').getByText('繁體（網頁顯示繁體字）')).toBeVisible();
    expect(await axeWidget(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('#site-trad').click();
    await expect(page.locator('#headline')).toHaveText('国务院发展研究中心发布报告');
    await expect(toolbar(page)).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: /^声音/ })).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: /^繁體/ })).toHaveAttribute('aria-pressed', 'false');
    expect(await axeWidget(page)).toEqual([]);
    // The link is a link to "#": following it would have scrolled to the top and changed the address.
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('#site-trad').click();
    await converted(page);
    expect(await page.evaluate(() => window.wza.settings.traditional)).toBe(true);
  });

  test('it persists: the next page view converts at once, and 退出 restores it exactly', async ({ page }) => {
    await openPage(page, PAGE);
    await page.evaluate(() => window.wza.set({ traditional: true }));
    await converted(page);
    await page.reload();
    await converted(page);
    await page.evaluate(() => window.wza.set({ traditional: false }));
    await expect(page.locator('#headline')).toHaveText('国务院发展研究中心发布报告');
    await keepTextNodes(page);
    const before = await fullSnapshot(page);
    await page.evaluate(() => window.wza.set({ traditional: true, toolbar: true }));
    await converted(page);
    await page
      .getByRole('toolbar', { name: /^無障礙工具欄/ })
      .getByRole('button', { name: /^退出/ })
      .click();
    await expect(page.locator('#headline')).toHaveText('国务院发展研究中心发布报告');
    await frames(page);
    expect(await changedTextNodes(page)).toEqual([]);
    expect(differences(before, await fullSnapshot(page))).toEqual([]);
  });

  test('the English UI keeps its strings; the control is named Traditional Chinese', async ({ page }) => {
    await openPage(page, '/test/pages/real-world/english-portal-view.html');
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^Traditional Chinese/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('Traditional Chinese on');
    await expect(page.getByRole('toolbar', { name: /^Accessibility toolbar/ })).toBeVisible();
    expect(await axeWidget(page)).toEqual([]);
  });
});

/** The real-world corpus pages with Chinese text (test/pages/real-world/, issue 9). */
const CORPUS = readdirSync(new URL('../pages/real-world/', import.meta.url))
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => ({
    file,
    truth: JSON.parse(readFileSync(new URL(`../pages/real-world/${file.replace(/\.html$/, '.json')}`, import.meta.url), 'utf8')) as {
      uiLang: 'zh-CN' | 'en';
    },
  }));

test.describe('繁體 on the real-world corpus', () => {
  for (const { file, truth } of CORPUS) {
    test(`${file}: converts and 重置 restores exactly`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`/test/pages/real-world/${file}`);
      await page.waitForFunction(() => 'wza' in window && document.readyState !== 'loading');
      await frames(page);
      await keepTextNodes(page);
      const before = await fullSnapshot(page);
      const bodyBefore = await page.evaluate(() => document.body.innerText);
      const hasChinese = /[\u4e00-\u9fff]/.test(bodyBefore);
      // By its shortcut: some of these pages own a `window.wza` of their own.
      await page.keyboard.press('Alt+KeyJ');
      if (hasChinese) await expect.poll(() => page.evaluate(() => document.body.innerText)).not.toBe(bodyBefore);
      else await page.waitForLoadState('networkidle');
      await frames(page);
      // The launcher speaks the page's UI language: in traditional characters with the zh-CN UI.
      if (truth.uiLang === 'zh-CN') await expect(page.locator('wza-launcher').getByRole('button', { name: /^無障礙/ })).toBeVisible();
      expect(await axeWidget(page)).toEqual([]);

      await page.keyboard.press('Alt+KeyR');
      await frames(page);
      expect(await changedTextNodes(page)).toEqual([]);
      expect(differences(before, await fullSnapshot(page))).toEqual([]);
      if (truth.uiLang === 'zh-CN') await expect(page.locator('wza-launcher').getByRole('button', { name: /^无障碍/ })).toBeVisible();
      expect(await axeWidget(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

declare global {
  interface Window {
    wza: import('../../src/api.js').WzaApi;
  }
}
