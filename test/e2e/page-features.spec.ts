// Issue 3, items 2–7: what a user notices of each page transformation, on the test pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeWidget, openPage, openToolbar, toolbar } from './helpers.js';
import { fontSize, fontSizePx, frames, openTestPage, TEST_PAGES } from './page-helpers.js';

/** Font size (px) of every element that has text of its own, in document order. */
async function textSizes(page: Page): Promise<{ tag: string; px: number }[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter(
        (el) =>
          !el.localName.startsWith('wza-') &&
          el.getClientRects().length > 0 &&
          [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue!.trim()),
      )
      .map((el) => ({ tag: el.localName, px: parseFloat(getComputedStyle(el).fontSize) })),
  );
}

async function set(page: Page, patch: Record<string, unknown>) {
  await page.evaluate((p) => window.wza.set(p), patch);
  await frames(page);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('文字放大 / 文字缩小', () => {
  for (const { name, path } of TEST_PAGES) {
    test(`${name}: 150 % and 200 % scale every text, px, inline and !important alike, without new sideways scrolling`, async ({ page }) => {
      await openTestPage(page, path);
      const before = await textSizes(page);
      const overflowBefore = await horizontalOverflow(page);
      expect(before.length).toBeGreaterThan(3);
      for (const level of [150, 200]) {
        await set(page, { textSize: level });
        const after = await textSizes(page);
        expect(after.map((a) => a.tag)).toEqual(before.map((b) => b.tag));
        after.forEach((a, i) => expect(a.px, `${a.tag} #${i} at ${level} %`).toBeCloseTo((before[i]!.px * level) / 100, 0));
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(Math.max(0, overflowBefore));
      }
    });
  }

  test('hostile CSS: *{font-size:14px!important} and an inline font-size:11px!important both scale', async ({ page }) => {
    await openTestPage(page, '/test/pages/hostile.html');
    await set(page, { textSize: 150 });
    expect(await fontSize(page.locator('h1'))).toBe('21px');
    const inline = page.locator('p[style*="11px"]');
    expect(await fontSize(inline)).toBe('16.5px');
    await set(page, { textSize: 100 });
    expect(await inline.getAttribute('style')).toBe('font-size:11px !important');
  });

  test('a level change is one custom property: it writes nothing to the page’s DOM', async ({ page }) => {
    await openTestPage(page, '/test/pages/legacy-table.html');
    await set(page, { textSize: 125 }); // the first step tags the page once
    const mutations = await page.evaluate(async () => {
      let count = 0;
      const observer = new MutationObserver((records) => (count += records.length));
      observer.observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
      window.wza.set({ textSize: 150 });
      window.wza.set({ textSize: 200 });
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      return count;
    });
    expect(mutations).toBe(0);
    expect(
      await page
        .locator('#zoom p')
        .nth(1)
        .evaluate((e) => getComputedStyle(e).fontSize),
    ).toBe('26px');
  });

  test('late content: an article that arrives later, and the next one swapped in without navigation, are scaled too', async ({ page }) => {
    await openPage(page, '/test/pages/late.html');
    await set(page, { textSize: 200 }); // before the article is there
    await page.waitForSelector('#article[data-loaded="0"]');
    await frames(page);
    expect(await fontSize(page.locator('#article p').first())).toBe('28px');
    expect(await fontSize(page.locator('#article .small'))).toBe('22px');
    await page.getByRole('button', { name: '下一篇' }).click();
    await expect(page.locator('#article')).toHaveAttribute('data-loaded', '1');
    await frames(page);
    expect(await fontSize(page.locator('#article h2'))).toBe('40px');
    expect(await fontSize(page.locator('#article p').first())).toBe('28px');
  });

  test('the toolbar buttons step 100 → 125 → 150 → 175 → 200, show the level and announce it', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    const larger = toolbar(page).getByRole('button', { name: /^文字放大/ });
    await expect(larger).toContainText('100%');
    for (const [level, spoken] of [
      [125, '文字已放大到百分之一百二十五'],
      [150, '文字已放大到百分之一百五十'],
      [175, '文字已放大到百分之一百七十五'],
      [200, '文字已放大到百分之二百'],
    ] as const) {
      await larger.click();
      await expect(larger).toContainText(`${level}%`);
      await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText(spoken);
    }
    const p = page.locator('#zoom p').first();
    expect(await fontSize(p)).toBe('32px');
    await toolbar(page)
      .getByRole('button', { name: /^文字缩小/ })
      .click();
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('文字已缩小到百分之一百七十五');
    expect(await fontSize(p)).toBe('28px');
  });
});

test.describe('页面放大 / 页面缩小', () => {
  test('a fixed header stays right below the open toolbar at every zoom level', async ({ page }) => {
    await openTestPage(page, '/test/pages/hostile.html');
    await openToolbar(page);
    for (const zoom of [100, 150, 200]) {
      await set(page, { zoom });
      const bar = (await page.locator('wza-toolbar').boundingBox())!;
      const header = (await page.locator('.fixed-head').boundingBox())!;
      expect(header.y, `at ${zoom} %`).toBeCloseTo(bar.y + bar.height, 0);
    }
  });

  test('zooms the page layout in 10 % steps while the toolbar keeps its size and keeps working', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    const barHeight = (await page.locator('wza-toolbar').boundingBox())!.height;
    const titleWidth = (await page.locator('.title').boundingBox())!.width;
    const zoomIn = toolbar(page).getByRole('button', { name: /^页面放大/ });
    await zoomIn.click();
    await expect(zoomIn).toContainText('110%');
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('页面已放大到百分之一百一十');
    for (let i = 0; i < 9; i++) await page.keyboard.press('Alt+ArrowUp');
    await expect(zoomIn).toContainText('200%');
    await frames(page);
    expect((await page.locator('.title').boundingBox())!.width).toBeCloseTo(titleWidth * 2, 0);
    expect((await page.locator('wza-toolbar').boundingBox())!.height).toBeCloseTo(barHeight, 0);
    await toolbar(page)
      .getByRole('button', { name: /^页面缩小/ })
      .click();
    await expect(zoomIn).toContainText('190%');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(zoomIn).toContainText('180%');
    expect(await page.evaluate(() => [getComputedStyle(document.documentElement).filter, getComputedStyle(document.body).filter])).toEqual([
      'none',
      'none',
    ]);
  });
});

const SCHEMES = [
  ['black-white', '黑底白字', 'rgb(0, 0, 0)'],
  ['black-yellow', '黑底黄字', 'rgb(0, 0, 0)'],
  ['blue-white', '蓝底白字', 'rgb(0, 43, 128)'],
  ['yellow-black', '黄底黑字', 'rgb(255, 255, 0)'],
] as const;

test.describe('配色', () => {
  for (const { name, path } of TEST_PAGES) {
    test(`${name}: every scheme passes axe color-contrast-enhanced (7:1) with zero violations, media keep their colours`, async ({
      page,
    }) => {
      await openTestPage(page, path);
      const imgBefore = await page.evaluate(() =>
        [...document.images].map((i) => getComputedStyle(i).filter + getComputedStyle(i).backgroundColor),
      );
      for (const [scheme] of SCHEMES) {
        await set(page, { colours: scheme });
        const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
        expect(results.violations.flatMap((v) => v.nodes.map((n) => `${scheme}: ${n.target.join(' ')} ${n.failureSummary}`))).toEqual([]);
        expect(
          await page.evaluate(() => [...document.images].map((i) => getComputedStyle(i).filter + getComputedStyle(i).backgroundColor)),
        ).toEqual(imgBefore);
        expect(
          await page.evaluate(() => [getComputedStyle(document.documentElement).filter, getComputedStyle(document.body).filter]),
        ).toEqual(['none', 'none']);
      }
    });
  }

  test('links are underlined in a colour of their own, focus outlines show, and the widget follows the scheme', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    await toolbar(page).getByRole('button', { name: /^配色/ }).click();
    await page.getByRole('menuitemradio', { name: '黑底黄字' }).click();
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('已切换为黑底黄字');
    const link = page.locator('.crumb a').first();
    const text = page.locator('.crumb');
    expect(await link.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('underline');
    expect(await link.evaluate((e) => getComputedStyle(e).color)).not.toBe(await text.evaluate((e) => getComputedStyle(e).color));
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return [s.outlineStyle, s.outlineWidth];
    });
    expect(outline).toEqual(['solid', '3px']);
    expect(await page.locator('wza-toolbar').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await page.locator('wza-toolbar').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(255, 255, 0)');
    for (const [scheme] of SCHEMES) {
      await set(page, { colours: scheme });
      const widget = await new AxeBuilder({ page }).include('wza-toolbar').withRules(['color-contrast-enhanced']).analyze();
      expect(widget.violations.flatMap((v) => v.nodes.map((n) => `${scheme}: ${n.target.join(' ')}`))).toEqual([]);
    }
  });

  test('hostile CSS: inline color/background !important give way to the scheme, together with text size, and come back exactly', async ({
    page,
  }) => {
    await openTestPage(page, '/test/pages/hostile.html');
    const para = page.locator('#notice');
    const link = page.getByRole('link', { name: '下载申请表' });
    const styleBefore = await para.getAttribute('style');
    await set(page, { colours: 'black-white', textSize: 150 });
    expect(
      await para.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor, getComputedStyle(e).fontSize]),
    ).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)', '22.5px']);
    expect(await link.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(255, 255, 0)');
    await set(page, { textSize: 100 }); // one override undone while the other stays
    expect(await para.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).fontSize])).toEqual(['rgb(255, 255, 255)', '15px']);
    await set(page, { colours: 'default' });
    expect(await para.getAttribute('style')).toBe(styleBefore);
    expect(await para.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(192, 192, 192)');
  });

  test('Alt+` cycles 默认 → 黑底白字 → 黑底黄字 → 蓝底白字 → 黄底黑字 → 默认', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    for (const [scheme, , bg] of SCHEMES) {
      await page.keyboard.press('Alt+Backquote');
      // The first press loads the toolbar half (wza-ui.js), then runs.
      await expect.poll(() => page.evaluate(() => window.wza.settings.colours)).toBe(scheme);
      await frames(page);
      expect(
        await page
          .locator('#zoom p')
          .first()
          .evaluate((e) => getComputedStyle(e).backgroundColor),
      ).toBe(bg);
    }
    await page.keyboard.press('Alt+Backquote');
    expect(await page.evaluate(() => window.wza.settings.colours)).toBe('default');
  });
});

test.describe('大鼠标', () => {
  test('Alt+M shows a large arrow, a hand over links and buttons, a text beam over text, as data-URI SVGs', async ({ page }) => {
    await openTestPage(page, '/test/pages/hostile.html'); // a{cursor:pointer!important} on the page
    const cursorOf = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => getComputedStyle(e).cursor);
    expect(await cursorOf('main')).toBe('auto');
    await page.keyboard.press('Alt+KeyM');
    // 大鼠标's code comes with wza-ui.js: the first press loads it, then runs.
    await expect.poll(() => page.evaluate(() => window.wza.settings.bigCursor)).toBe(true);
    await frames(page);
    const arrow = await cursorOf('main');
    const hand = await cursorOf('a');
    const beam = await cursorOf('p');
    for (const c of [arrow, hand, beam]) expect(c).toMatch(/^url\("data:image\/svg\+xml,/);
    expect(new Set([arrow, hand, beam]).size).toBe(3);
    expect(hand).toMatch(/pointer$/);
    expect(beam).toMatch(/text$/);
    expect(arrow).toMatch(/default$/);
    await page.keyboard.press('Alt+KeyM');
    await frames(page);
    expect(await cursorOf('main')).toBe('auto');
  });
});

test.describe('关怀版', () => {
  test('demo: the header link turns it on: large type, line height, contrast, underlined links, big targets, 飘窗 hidden; persisted', async ({
    page,
  }) => {
    await openPage(page, '/demo/index.html');
    await page.getByRole('link', { name: '关怀版' }).click();
    expect(await page.evaluate(() => window.wza.settings.care)).toBe(true);
    await frames(page);
    const sizes = await textSizes(page);
    for (const s of sizes) expect(s.px, s.tag).toBeGreaterThanOrEqual(20);
    const h1 = await fontSizePx(page.locator('h1'));
    expect(h1).toBeGreaterThanOrEqual(28);
    const lineRatio = await page
      .locator('#zoom p')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) / parseFloat(getComputedStyle(e).fontSize));
    expect(lineRatio).toBeGreaterThanOrEqual(1.5);
    expect(
      await page
        .locator('.crumb a')
        .first()
        .evaluate((e) => getComputedStyle(e).textDecorationLine),
    ).toBe('underline');
    const nav = await page.locator('.mainnav a').first().boundingBox();
    expect(nav!.height).toBeGreaterThanOrEqual(44);
    expect(nav!.width).toBeGreaterThanOrEqual(44);
    await expect(page.locator('#piaochuang')).toBeHidden();
    const aa = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(aa.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    await page.reload();
    await page.waitForFunction(() => 'wza' in window);
    await frames(page);
    expect(await fontSizePx(page.locator('#zoom p').first())).toBeGreaterThanOrEqual(20);
    await expect(page.locator('#piaochuang')).toBeHidden();
    await page.getByRole('link', { name: '关怀版' }).click();
    await frames(page);
    expect(await fontSize(page.locator('#zoom p').first())).toBe('16px');
    await expect(page.locator('#piaochuang')).toBeVisible();
  });

  for (const { name, path } of TEST_PAGES) {
    test(`${name}: text contrast reaches 4.5:1 (axe color-contrast: zero violations) and no text is under 18 px`, async ({ page }) => {
      await openTestPage(page, path);
      await set(page, { care: true });
      // The contrast is raised by care mode's own part (wza-care.js), a moment after the rest.
      const violations = async () =>
        (await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()).violations.flatMap((v) =>
          v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`),
        );
      await expect.poll(violations).toEqual([]);
      for (const s of await textSizes(page)) expect(s.px, s.tag).toBeGreaterThanOrEqual(18);
    });
  }

  test('legacy page: the launcher shows 关怀版 (no site trigger); it stops the marquee and animations, hides the ad; launcher grows', async ({
    page,
  }) => {
    await openPage(page, '/test/pages/legacy-table.html');
    const careButton = page.getByRole('button', { name: '关怀版' });
    await expect(careButton).toHaveAttribute('aria-pressed', 'false');
    const launcherBox = (await page.locator('wza-launcher').boundingBox())!;
    const marqueeText = page.locator('marquee font');
    const moves = async () => {
      const a = (await marqueeText.boundingBox())!.x;
      await page.waitForTimeout(300);
      return (await marqueeText.boundingBox())!.x !== a;
    };
    expect(await moves()).toBe(true);
    await careButton.click();
    await expect(careButton).toHaveAttribute('aria-pressed', 'true');
    await frames(page);
    expect(await moves()).toBe(false);
    expect(await page.locator('.blink').evaluate((e) => e.getAnimations().map((a) => a.playState))).toEqual(['paused']);
    await expect(page.locator('.float-ad')).toBeHidden();
    const grown = (await page.locator('wza-launcher').boundingBox())!;
    expect(grown.height).toBeGreaterThan(launcherBox.height);
    expect(
      await page.locator('input[type=submit]').evaluate((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]),
    ).toEqual([expect.any(Number), expect.any(Number)]);
    const submit = (await page.locator('input[type=submit]').boundingBox())!;
    expect(Math.min(submit.width, submit.height)).toBeGreaterThanOrEqual(44);
    await careButton.click();
    await frames(page);
    expect(await moves()).toBe(true);
  });

  test('care mode sets a minimum and text size scales on top of it', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await set(page, { care: true, textSize: 150 });
    expect(await fontSize(page.locator('#zoom p').first())).toBe('30px');
    expect(await fontSize(page.locator('h1'))).toBe('42px');
    await openToolbar(page);
    expect(await page.locator('wza-toolbar').getAttribute('large')).not.toBeNull();
  });
});

test.describe('strict CSP page', () => {
  test('every page transformation on and off causes zero securitypolicyviolation events', async ({ page }) => {
    await openTestPage(page, '/test/pages/csp-page.html');
    await openToolbar(page);
    await set(page, { colours: 'blue-white', textSize: 175, zoom: 130, bigCursor: true, care: true });
    await page.mouse.move(100, 200);
    await frames(page);
    expect(await fontSizePx(page.locator('#zoom p').first())).toBeGreaterThan(30);
    await page.evaluate(() => window.wza.exit());
    await frames(page);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });
});

test.describe('the widget itself', () => {
  test('passes axe (WCAG 2.2 A/AA) in every scheme and in care mode, and 帮助 lists the new shortcuts', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    for (const [scheme] of SCHEMES) {
      await set(page, { colours: scheme });
      expect(await axeWidget(page), scheme).toEqual([]);
    }
    await set(page, { colours: 'default', care: true, textSize: 200, zoom: 150 });
    expect(await axeWidget(page), 'care').toEqual([]);
    await toolbar(page).getByRole('button', { name: /^帮助/ }).click();
    const help = page.getByRole('region', { name: '帮助' });
    for (const keys of ['Alt+`', 'Alt+↑', 'Alt+↓', 'Alt+M']) await expect(help.getByText(keys, { exact: true })).toBeVisible();
  });
});
