// Issue 9: opening the toolbar (and the caption bar) makes room without moving one part of the
// page over another: every link that could be clicked before can still be clicked while it is open,
// on pages whose banners are absolutely positioned, fixed, sticky, or laid out with negative margins.
import { expect, test, type Page } from '@playwright/test';
import { openToolbar, toolbar } from './helpers.js';
import { clickableLinks, frames } from './page-helpers.js';

const PARAS = Array.from(
  { length: 30 },
  (_, i) => `<p>第${i + 1}段：为进一步做好为民服务工作，现将有关事项通知如下，请认真贯彻执行。</p>`,
).join('');

const PAGES: Record<string, string> = {
  // Old CMS banner: absolute, placed over a gap the flow leaves below a header row.
  'an absolutely positioned banner over a gap in the flow': `<style>body{margin:0;font:14px/1.6 sans-serif}
      .top{height:90px;background:#eee}.top a{display:inline-block;margin:60px 8px 0}
      .banner{position:absolute;top:90px;left:0;right:0;height:120px;background:#b00}.banner a{color:#fff;display:inline-block;margin:40px 8px}
      .crumb{margin-top:130px;padding:4px 8px}</style>
    <div class="top"><a href="#login">登录</a><a href="#en">English</a></div>
    <div class="banner"><a href="#home">网站首页</a><a href="#gk">政务公开</a><a href="#bs">办事服务</a></div>
    <div class="crumb"><a href="#c1">首页</a> &gt; <a href="#c2">新闻中心</a> &gt; <a href="#c3">工作动态</a></div>
    <div id="zoom">${PARAS}</div>`,
  'a fixed header, with the content pulled up under it by a negative margin': `<style>body{margin:0;padding-top:100px;font:14px/1.6 sans-serif}
      .hdr{position:fixed;top:0;left:0;right:0;height:80px;background:#036;z-index:10}.hdr a{color:#fff;display:inline-block;margin:30px 10px}
      .crumb{margin-top:-10px;padding:0 8px}</style>
    <div class="hdr"><a href="#home">首页</a><a href="#news">新闻</a></div>
    <div class="crumb"><a href="#c1">首页</a> &gt; <a href="#c2">通知公告</a></div>
    <div id="zoom">${PARAS}</div>`,
  'a sticky navigation bar': `<style>body{margin:0;font:14px/1.6 sans-serif}
      .nav{position:sticky;top:0;background:#036;z-index:5;height:44px}.nav a{color:#fff;display:inline-block;margin:10px}</style>
    <div style="height:120px;background:#ddd">站点横幅</div>
    <div class="nav"><a href="#n1">首页</a><a href="#n2">政务公开</a></div>
    <div id="zoom">${PARAS}</div>
    <script>scrollTo(0, 600)</script>`,
  'a header that becomes fixed when the page scrolls (a class toggled by script)': `<style>body{margin:0;font:14px/1.6 sans-serif}
      .hdr{height:60px;background:#036}.hdr a{color:#fff;display:inline-block;margin:18px 10px}
      .hdr.fixed{position:fixed;top:0;left:0;right:0;z-index:9}</style>
    <div class="hdr" id="hdr"><a href="#h1">首页</a><a href="#h2">互动交流</a></div>
    <div id="zoom">${PARAS}</div>
    <script>addEventListener('scroll', () => document.getElementById('hdr').classList.toggle('fixed', scrollY > 80));</script>`,
  'a fixed bar and an absolutely placed box at the bottom': `<style>body{margin:0;font:14px/1.6 sans-serif}
      .foot{position:fixed;bottom:0;left:0;right:0;height:48px;background:#333;z-index:3}.foot a{color:#fff;display:inline-block;margin:14px 10px}
      .corner{position:absolute;bottom:10px;right:10px;background:#fc0}</style>
    <div id="zoom">${PARAS}</div>
    <div class="corner"><a href="#top">返回顶部</a></div>
    <div class="foot"><a href="#f1">网站地图</a><a href="#f2">联系我们</a></div>`,
};

async function openLayoutPage(page: Page, body: string) {
  await page.route('**/layout-test.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>布局</title></head><body>${body}<script src="/dist/wza.js" defer></script></body></html>`,
    }),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/layout-test.html');
  await page.waitForFunction(() => 'wza' in window);
  return errors;
}

const linkBoxes = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('body a')].map((a) => JSON.stringify(a.getBoundingClientRect())));

for (const [name, body] of Object.entries(PAGES)) {
  test(`${name}: every link clickable before stays clickable with the toolbar and captions open; closing gives the layout back`, async ({
    page,
  }) => {
    const errors = await openLayoutPage(page, body);
    const before = await clickableLinks(page);
    expect(before.length).toBeGreaterThan(1);
    const boxesBefore = await linkBoxes(page);

    await openToolbar(page);
    await frames(page);
    expect(await clickableLinks(page)).toEqual(before);

    await toolbar(page)
      .getByRole('button', { name: /^大字幕/ })
      .click();
    await expect(page.locator('wza-captions')).toBeVisible();
    await frames(page);
    expect(await clickableLinks(page)).toEqual(before);

    await toolbar(page).getByRole('button', { name: /^退出/ }).click();
    await expect(page.locator('wza-toolbar')).toHaveCount(0);
    await frames(page);
    expect(await linkBoxes(page)).toEqual(boxesBefore);
    await expect(page.locator('[data-wza-below-bar]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('page zoom and the toolbar together: a fixed header sits right below the bar at every zoom level', async ({ page }) => {
  await openLayoutPage(page, PAGES['a fixed header, with the content pulled up under it by a negative margin']!);
  await openToolbar(page);
  for (let i = 0; i < 3; i++) {
    await toolbar(page)
      .getByRole('button', { name: /^页面放大/ })
      .click();
    await frames(page);
    const bar = (await page.locator('wza-toolbar').boundingBox())!;
    const header = (await page.locator('.hdr').boundingBox())!;
    expect(Math.abs(header.y - bar.height)).toBeLessThan(2);
  }
});

test('a header that becomes fixed on scroll after the toolbar opened is moved below the toolbar too', async ({ page }) => {
  await openLayoutPage(page, PAGES['a header that becomes fixed when the page scrolls (a class toggled by script)']!);
  await openToolbar(page);
  await page.evaluate(() => scrollTo({ top: 600, behavior: 'instant' }));
  await expect(page.locator('#hdr')).toHaveClass(/fixed/);
  await frames(page);
  const hits = await page.evaluate(() =>
    [...document.querySelectorAll('#hdr a')].map((a) => {
      const r = a.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit === a || a.contains(hit);
    }),
  );
  expect(hits).toEqual([true, true]);
});

test('with 大字幕 on, a fixed bar at the bottom of the page stays visible above the caption bar', async ({ page }) => {
  await openLayoutPage(page, PAGES['a fixed bar and an absolutely placed box at the bottom']!);
  await openToolbar(page);
  await toolbar(page)
    .getByRole('button', { name: /^大字幕/ })
    .click();
  await expect(page.locator('wza-captions')).toBeVisible();
  await frames(page);
  const captions = (await page.locator('wza-captions').boundingBox())!;
  const bar = (await page.locator('.foot').boundingBox())!;
  expect(bar.y + bar.height).toBeLessThanOrEqual(captions.y + 1);
});
