// 十字光标, 放大镜, 大字幕, 纯文本: moved by the real pointer and keyboard, checked by geometry,
// computed styles and text; each restores the page exactly when turned off.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fakeSpeech, finishUtterance } from './fake-speech.js';
import { axeWidget, openPage, openToolbar, pageSnapshot, toolbar } from './helpers.js';

const PAGE = '/test/pages/aids.html';
const SHOTS = new URL('../../test-results/aids/', import.meta.url).pathname;

/** Two animation frames: the aids update once per frame. */
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function moveTo(page: Page, x: number, y: number) {
  await page.mouse.move(x, y);
  await frames(page);
}

async function turnOn(page: Page, patch: Record<string, boolean>, tags: string[]) {
  await page.evaluate((p) => (window as unknown as { wza: { set(p: object): void } }).wza.set(p), patch);
  for (const tag of tags) await expect(page.locator(tag)).toHaveCount(1);
  await frames(page);
}

async function set(page: Page, patch: Record<string, unknown>) {
  await page.evaluate((p) => (window as unknown as { wza: { set(p: object): void } }).wza.set(p), patch);
  await frames(page);
}

/** Centre of a page element's first line box (scrolled into view first), in viewport px. */
async function centreOf(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  return page.locator(selector).evaluate((el) => {
    const r = el.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

/** Computed styles a user would notice, of a few page elements (for exact-restore checks). */
function computed(page: Page) {
  return page.evaluate(() =>
    ['html', 'body', 'article', '#p1', '.site', 'footer', '#corner-br'].map((s) => {
      const cs = getComputedStyle(document.querySelector(s)!);
      return [s, cs.display, cs.paddingTop, cs.paddingBottom, cs.fontSize, cs.color, cs.backgroundColor, cs.position, cs.transform].join(
        '|',
      );
    }),
  );
}

/** A high-contrast scheme, as the colour-scheme feature will set it: the widget tokens on :root, page colours by sheet. */
async function simulateHighContrast(page: Page) {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      ':root{--wza-fg:#ffff00;--wza-bg:#000000;--wza-border:#ffff00;--wza-accent:#ffff00;--wza-accent-fg:#000000;--wza-focus:#00ffff}' +
        'body,body *{background-color:#000!important;color:#ff0!important;border-color:#ff0!important}',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test.describe('十字光标 crosshair', () => {
  test('toggled from the toolbar (aria-pressed) and Alt+C; lines cross the whole viewport through the pointer', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^十字光标/ });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('wza-crosshair')).toHaveCount(1);
    const viewport = page.viewportSize()!;
    for (const [x, y] of [
      [300, 400],
      [900, 150],
      [5, viewport.height - 5],
    ] as const) {
      await moveTo(page, x, y);
      const h = (await page.locator('wza-crosshair .h').boundingBox())!;
      const v = (await page.locator('wza-crosshair .v').boundingBox())!;
      expect(Math.abs(h.y + h.height / 2 - y)).toBeLessThanOrEqual(1);
      expect(h.x).toBe(0);
      expect(h.width).toBe(viewport.width);
      expect(Math.abs(v.x + v.width / 2 - x)).toBeLessThanOrEqual(1);
      expect(v.y).toBe(0);
      expect(v.height).toBe(viewport.height);
    }
    await page.locator('#title').click(); // focus on the page, not in the toolbar
    await page.keyboard.press('Alt+KeyC');
    await expect(page.locator('wza-crosshair')).toHaveCount(0);
    await page.keyboard.press('Alt+KeyC');
    await expect(page.locator('wza-crosshair')).toHaveCount(1);
  });

  test('is two-tone so it shows on light and dark backgrounds, and never takes a click or scrolls the page', async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { crosshair: true }, ['wza-crosshair']);
    const link = await centreOf(page, '#link1');
    await moveTo(page, link.x, link.y);
    const style = await page.locator('wza-crosshair .h').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { bg: cs.backgroundColor, shadow: cs.boxShadow, host: getComputedStyle((el.getRootNode() as ShadowRoot).host).pointerEvents };
    });
    expect(style.bg).toBe('rgb(224, 0, 0)');
    expect(style.shadow).toContain('rgb(255, 255, 255)');
    expect(style.shadow).toContain('rgb(0, 0, 0)');
    expect(style.host).toBe('none');
    // The element under the pointer is the page's link, and clicking it works.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, link)).toBe('link1');
    await page.evaluate(() =>
      document.querySelector('#link1')!.addEventListener('click', (e) => {
        e.preventDefault();
        document.body.dataset.clicked = '1';
      }),
    );
    await page.mouse.click(link.x, link.y);
    expect(await page.evaluate(() => document.body.dataset.clicked)).toBe('1');
    await page.evaluate(() => delete document.body.dataset.clicked);
    // No scrolling: moving over the page changes neither the scroll position nor the page's size.
    const before = await page.evaluate(() => [
      scrollX,
      scrollY,
      document.documentElement.scrollWidth,
      document.documentElement.scrollHeight,
    ]);
    await moveTo(page, 1270, 790);
    await moveTo(page, 2, 2);
    expect(
      await page.evaluate(() => [scrollX, scrollY, document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
    ).toEqual(before);
  });

  test('follows keyboard focus to the centre of the focused element', async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { crosshair: true }, ['wza-crosshair']);
    await moveTo(page, 50, 700);
    await page.locator('#nav-service').focus(); // programmatic focus after no click: check with the keyboard instead
    await page.locator('#title').click();
    await page.keyboard.press('Tab');
    await frames(page);
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      const r = el.getBoundingClientRect();
      return { id: el.id, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    expect(focused.id).toBe('link1');
    const h = (await page.locator('wza-crosshair .h').boundingBox())!;
    const v = (await page.locator('wza-crosshair .v').boundingBox())!;
    expect(Math.abs(h.y + h.height / 2 - focused.y)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(v.x + v.width / 2 - focused.x)).toBeLessThanOrEqual(1.5);
  });
});

test.describe('放大镜 magnifier', () => {
  test('shows the text under the pointer at ≥ 2× its size and ≥ 24 px, next to the pointer', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^放大镜/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('wza-magnifier')).toHaveCount(1);
    const panel = page.locator('wza-magnifier .panel');
    for (const selector of ['#measures li:nth-child(2)', '#small', '#title']) {
      const at = await centreOf(page, selector);
      await moveTo(page, at.x, at.y);
      await expect(panel).toBeVisible();
      const pageText = (await page.locator(selector).textContent())!.trim();
      const shown = (await panel.textContent())!;
      expect(pageText).toContain(shown.replace(/…/g, ''));
      const pageSize = await page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const size = await panel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(2 * pageSize);
      expect(size).toBeGreaterThanOrEqual(24);
      const box = (await panel.boundingBox())!;
      // Next to the pointer: its nearest edge within 40 px of it, and not covering it.
      const inside = at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
      expect(inside).toBe(false);
      const dy = Math.min(Math.abs(box.y - at.y), Math.abs(box.y + box.height - at.y));
      expect(dy).toBeLessThanOrEqual(40);
    }
  });

  test('shows the sentence under the pointer of a long paragraph, wrapped to a readable width', async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { magnifier: true }, ['wza-magnifier']);
    const p1 = (await page.locator('#p1').boundingBox())!;
    await moveTo(page, p1.x + 60, p1.y + 10);
    const panel = page.locator('wza-magnifier .panel');
    await expect(panel).toHaveText('3月14日，示例市召开老年人数字服务推进会。');
    const box = (await panel.boundingBox())!;
    const size = await panel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(box.width).toBeLessThanOrEqual(size * 22 + 40);
  });

  test("shows an image's alt text, and page text only as text", async ({ page }) => {
    await openPage(page, PAGE);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'markup';
      p.textContent = '<b>不是粗体</b><img src=x onerror="window.pwned=1">';
      document.querySelector('#p-last')!.after(p);
    });
    await turnOn(page, { magnifier: true }, ['wza-magnifier']);
    const photo = await centreOf(page, '#photo');
    await moveTo(page, photo.x, photo.y);
    const panel = page.locator('wza-magnifier .panel');
    await expect(panel).toHaveText('推进会现场照片');
    const markup = await centreOf(page, '#markup');
    await moveTo(page, markup.x, markup.y);
    await expect(panel).toHaveText('<b>不是粗体</b><img src=x onerror="window.pwned=1">');
    expect(await panel.evaluate((el) => el.children.length)).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });

  test("follows keyboard focus: the focused link's text, next to it", async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { magnifier: true }, ['wza-magnifier']);
    await moveTo(page, 5, 400);
    await page.locator('#title').click();
    await page.keyboard.press('Tab');
    await frames(page);
    const panel = page.locator('wza-magnifier .panel');
    await expect(panel).toHaveText('查看改造标准');
    const link = (await page.locator('#link1').boundingBox())!;
    const box = (await panel.boundingBox())!;
    expect(Math.min(Math.abs(box.y - (link.y + link.height)), Math.abs(box.y + box.height - link.y))).toBeLessThanOrEqual(8);
  });

  test('stays fully inside the viewport at every corner', async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { magnifier: true }, ['wza-magnifier']);
    const viewport = page.viewportSize()!;
    const panel = page.locator('wza-magnifier .panel');
    for (const [x, y] of [
      [2, 2],
      [viewport.width - 2, 2],
      [2, viewport.height - 2],
      [viewport.width - 2, viewport.height - 2],
    ] as const) {
      await moveTo(page, x, y);
      await expect(panel).toBeVisible();
      expect((await panel.textContent())!.length).toBeGreaterThan(10);
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
  });

  test('stays inside a phone-sized viewport too', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await openPage(page, PAGE);
    await turnOn(page, { magnifier: true }, ['wza-magnifier']);
    const panel = page.locator('wza-magnifier .panel');
    for (const [x, y] of [
      [2, 2],
      [358, 2],
      [2, 638],
      [358, 638],
    ] as const) {
      await moveTo(page, x, y);
      await expect(panel).toBeVisible();
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
    }
  });
});

test.describe('大字幕 captions', () => {
  test('a bar at the bottom shows the text under the pointer at ≥ 32 px, and the focused element', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^大字幕/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const bar = page.locator('wza-captions');
    const text = page.locator('wza-captions .text');
    const viewport = page.viewportSize()!;
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(viewport.height, 0);
    expect(box.x).toBe(0);
    expect(box.width).toBe(viewport.width);
    expect(await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
    const item = await centreOf(page, '#measures li:nth-child(3)');
    await moveTo(page, item.x, item.y);
    await expect(text).toHaveText('开通人工服务热线');
    // Keyboard focus: the focused link's text.
    await page.locator('#title').click();
    await page.keyboard.press('Tab');
    await expect(text).toHaveText('查看改造标准');
    // Alt+B turns it off.
    await page.keyboard.press('Alt+KeyB');
    await expect(bar).toHaveCount(0);
  });

  test('while 连读 reads, it shows the sentence being read; when reading stops, the pointed text again', async ({ page }) => {
    await fakeSpeech(page, { auto: false });
    await openPage(page, PAGE);
    await openToolbar(page);
    await turnOn(page, { captions: true }, ['wza-captions']);
    const text = page.locator('wza-captions .text');
    const item = await centreOf(page, '#measures li:nth-child(1)');
    await moveTo(page, item.x, item.y);
    await expect(text).toHaveText('推出关怀版页面');
    await toolbar(page).getByRole('button', { name: /^连读/ }).click();
    await expect(text).toHaveText('示例市召开老年人数字服务推进会');
    await finishUtterance(page);
    // The next sentence (whatever read-aloud reads next), still not the pointed text.
    await expect(text).not.toHaveText('示例市召开老年人数字服务推进会');
    await expect(text).not.toHaveText('推出关怀版页面');
    expect((await text.textContent())!.length).toBeGreaterThan(0);
    // 停止: reading ends ('' on the bus), and the bar shows what the pointer is on again: the 停止 button.
    await toolbar(page).getByRole('button', { name: /^停止/ }).click();
    await expect(text).toHaveText('停止');
  });

  test('scrolling under a still pointer shows the text now under it', async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { captions: true }, ['wza-captions']);
    const text = page.locator('wza-captions .text');
    const first = await centreOf(page, '#measures li:nth-child(1)');
    await moveTo(page, first.x, first.y);
    await expect(text).toHaveText('推出关怀版页面');
    const step = await page.evaluate(() => {
      const items = document.querySelectorAll('#measures li');
      return items[2]!.getBoundingClientRect().top - items[0]!.getBoundingClientRect().top;
    });
    await page.evaluate((dy) => window.scrollBy(0, dy), step);
    await expect(text).toHaveText('开通人工服务热线');
  });

  test('does not cover the last lines of the page: they scroll up above the bar', async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { captions: true }, ['wza-captions']);
    await page.waitForFunction(() => document.querySelector('wza-captions')!.getBoundingClientRect().height > 60);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await frames(page);
    const bar = (await page.locator('wza-captions').boundingBox())!;
    const last = (await page.locator('#footer-last').boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(bar.y);
  });

  test('turning it off gives the page its height back', async ({ page }) => {
    await openPage(page, PAGE);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await turnOn(page, { captions: true }, ['wza-captions']);
    await page.waitForFunction((h) => document.documentElement.scrollHeight > h + 60, height);
    await set(page, { captions: false });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);
  });
});

test.describe('纯文本 text-only view', () => {
  test('shows the article alone: title, date, source, paragraphs, headings, list, table, alt text; nothing else', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^纯文本/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const view = page.getByRole('region', { name: '纯文本阅读' });
    await expect(view).toBeVisible();
    await expect(view.getByRole('heading', { level: 1 })).toHaveText('示例市召开老年人数字服务推进会');
    await expect(view.getByText('发布时间：2024-03-15')).toBeVisible();
    await expect(view.getByText('来源：示例市民政局')).toBeVisible();
    await expect(view.getByRole('heading', { level: 2, name: '主要措施' })).toBeVisible();
    await expect(view.getByRole('listitem')).toHaveText(['推出关怀版页面', '提供读屏与放大功能', '开通人工服务热线']);
    await expect(view.getByRole('table')).toContainText('改造进度');
    await expect(view.getByRole('cell', { name: '卫健委' })).toBeVisible();
    await expect(view.getByText('图片：推进会现场照片')).toBeVisible();
    await expect(view.getByText(/会议强调，要把适老化改造/)).toBeVisible();
    const all = (await view.textContent())!;
    for (const absent of ['侧栏链接', '政务公开', '隐藏文字', '不是正文', '版权所有', '浮动提示', '浏览次数'])
      expect(all).not.toContain(absent);
    // The page itself is out of sight, the view is large.
    expect(await page.locator('body article').isVisible()).toBe(false);
    const size = await view
      .locator('p:not(.byline)')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    // Focus moved into the view (the user asked for it), to its title.
    await expect(view.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await axeWidget(page)).toEqual([]);
  });

  test('follows the text size setting and the colour scheme tokens', async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { textOnly: true }, ['wza-reader']);
    const p = page.locator('wza-reader p:not(.byline)').first();
    await expect(p).toBeVisible();
    const base = await p.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await set(page, { textSize: 150 } as unknown as Record<string, boolean>);
    await expect.poll(() => p.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(base * 1.5);
    await simulateHighContrast(page);
    const colours = await p.evaluate((el) => {
      const host = (el.getRootNode() as ShadowRoot).host;
      return [getComputedStyle(el).color, getComputedStyle(host).backgroundColor];
    });
    expect(colours).toEqual(['rgb(255, 255, 0)', 'rgb(0, 0, 0)']);
  });

  test('exiting (Escape, close button, Alt+T) returns to the same scroll position with the page unchanged', async ({ page }) => {
    await openPage(page, PAGE);
    const before = await pageSnapshot(page);
    const styles = await computed(page);
    await page.evaluate(() => window.scrollTo(0, 420));
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(300);
    // Alt+T opens, Escape closes.
    await page.keyboard.press('Alt+KeyT');
    const view = page.getByRole('region', { name: '纯文本阅读' });
    await expect(view).toBeVisible();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => scrollY === 300); // the wheel scrolls smoothly: let it land
    await page.keyboard.press('Escape');
    await expect(page.locator('wza-reader')).toHaveCount(0);
    expect(await page.evaluate(() => scrollY)).toBe(y);
    // The close button.
    await page.keyboard.press('Alt+KeyT');
    await view.getByRole('button', { name: '退出纯文本' }).click();
    await expect(page.locator('wza-reader')).toHaveCount(0);
    expect(await page.evaluate(() => scrollY)).toBe(y);
    // Alt+T again.
    await page.keyboard.press('Alt+KeyT');
    await expect(view).toBeVisible();
    await page.keyboard.press('Alt+KeyT');
    await expect(page.locator('wza-reader')).toHaveCount(0);
    expect(await page.evaluate(() => scrollY)).toBe(y);
    expect(await pageSnapshot(page)).toBe(before);
    expect(await computed(page)).toEqual(styles);
  });

  test('the magnifier and captions work inside the view too', async ({ page }) => {
    await openPage(page, PAGE);
    await turnOn(page, { textOnly: true, magnifier: true, captions: true }, ['wza-reader', 'wza-magnifier', 'wza-captions']);
    const item = page.locator('wza-reader li').nth(1);
    const box = (await item.boundingBox())!;
    await moveTo(page, box.x + 20, box.y + box.height / 2);
    await expect(page.locator('wza-magnifier .panel')).toHaveText('提供读屏与放大功能');
    await expect(page.locator('wza-captions .text')).toHaveText('提供读屏与放大功能');
  });

  test('on the demo government page: the #zoom article with its title, date and source', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await turnOn(page, { textOnly: true }, ['wza-reader']);
    const view = page.getByRole('region', { name: '纯文本阅读' });
    await expect(view.getByRole('heading', { level: 1 })).toHaveText('赣州蓉江新区党工委(扩大)会议召开 许伟代表区党工委作工作报告和讲话');
    await expect(view.getByText('发布时间：2024-01-23')).toBeVisible();
    await expect(view.getByText('来源：区党政办公室')).toBeVisible();
    expect(await view.locator('article > p:not(.byline)').count()).toBe(11);
    expect(await view.textContent()).not.toContain('打印本页');
    // Reloading with the setting on shows the view again, without taking focus.
    await page.reload();
    await expect(page.locator('wza-reader')).toHaveCount(1);
    await expect(view.getByRole('heading', { level: 1 })).not.toBeFocused();
  });
});

test.describe('all four', () => {
  test('restore the page exactly when turned off (DOM, attributes, inline styles, computed styles)', async ({ page }) => {
    await openPage(page, PAGE);
    const before = await pageSnapshot(page);
    const styles = await computed(page);
    await turnOn(page, { crosshair: true, magnifier: true, captions: true }, ['wza-crosshair', 'wza-magnifier', 'wza-captions']);
    const p1 = await centreOf(page, '#p1');
    await moveTo(page, p1.x, p1.y);
    await page.keyboard.press('Tab');
    await set(page, { textOnly: true });
    await expect(page.locator('wza-reader')).toHaveCount(1);
    await moveTo(page, 400, 300);
    await set(page, { crosshair: false, magnifier: false, captions: false, textOnly: false });
    await expect(page.locator('wza-crosshair, wza-magnifier, wza-captions, wza-reader')).toHaveCount(0);
    expect(await pageSnapshot(page)).toBe(before);
    expect(await computed(page)).toEqual(styles);
  });

  test('work under a strict Content Security Policy', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Trusted Type/i.test(m.text()) && !m.text().includes('inline script'))
        errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/test/pages/aids.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'content-security-policy':
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
        },
      });
    });
    await openPage(page, PAGE);
    await turnOn(page, { crosshair: true, magnifier: true, captions: true }, ['wza-crosshair', 'wza-magnifier', 'wza-captions']);
    const li = await centreOf(page, '#measures li:nth-child(1)');
    await moveTo(page, li.x, li.y);
    await expect(page.locator('wza-magnifier .panel')).toHaveText('推出关怀版页面');
    await expect(page.locator('wza-captions .text')).toHaveText('推出关怀版页面');
    await set(page, { textOnly: true });
    await expect(page.getByRole('region', { name: '纯文本阅读' })).toBeVisible();
    expect(errors.filter((e) => !/script-src/.test(e))).toEqual([]);
  });

  test('axe-core finds no violation with every aid on', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    await turnOn(page, { crosshair: true, magnifier: true, captions: true }, ['wza-crosshair', 'wza-magnifier', 'wza-captions']);
    const p1 = await centreOf(page, '#p1');
    await moveTo(page, p1.x, p1.y);
    expect(await axeWidget(page)).toEqual([]);
  });

  test('on a touch-only device, crosshair and magnifier say they need a mouse', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await openPage(page, PAGE);
    expect(await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
    await page.evaluate(() => (window as unknown as { wza: { open(): void } }).wza.open());
    for (const name of ['十字光标', '放大镜']) {
      await expect(toolbar(page).getByRole('button', { name: new RegExp(`^${name}`) })).toHaveAccessibleDescription('此功能需要鼠标');
    }
    await expect(toolbar(page).getByRole('button', { name: /^大字幕/ })).not.toHaveAccessibleDescription('此功能需要鼠标');
    await context.close();
  });
});

test.describe('screenshots (default and high-contrast scheme)', () => {
  for (const scheme of ['default', 'high-contrast'] as const) {
    test(`each aid, ${scheme}`, async ({ page }) => {
      await openPage(page, PAGE);
      if (scheme === 'high-contrast') await simulateHighContrast(page);
      await turnOn(page, { crosshair: true, magnifier: true, captions: true }, ['wza-crosshair', 'wza-magnifier', 'wza-captions']);
      const p2 = (await page.locator('#p2').boundingBox())!;
      await moveTo(page, p2.x + 120, p2.y + 12);
      await expect(page.locator('wza-magnifier .panel')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}pointer-aids-${scheme}.png` });
      // The widget's own parts follow the scheme tokens.
      const colours = await page.evaluate(() => {
        const panel = document.querySelector('wza-magnifier')!.shadowRoot!.querySelector('.panel')!;
        const bar = document.querySelector('wza-captions')!;
        const text = bar.shadowRoot!.querySelector('.text')!;
        return [
          getComputedStyle(panel).color,
          getComputedStyle(panel).backgroundColor,
          getComputedStyle(text).color,
          getComputedStyle(bar).backgroundColor,
        ];
      });
      expect(colours).toEqual(
        scheme === 'default'
          ? ['rgb(26, 26, 26)', 'rgb(255, 255, 255)', 'rgb(26, 26, 26)', 'rgb(255, 255, 255)']
          : ['rgb(255, 255, 0)', 'rgb(0, 0, 0)', 'rgb(255, 255, 0)', 'rgb(0, 0, 0)'],
      );
      await set(page, { crosshair: false, magnifier: false, captions: false, textOnly: true });
      await expect(page.locator('wza-reader')).toHaveCount(1);
      await page.screenshot({ path: `${SHOTS}text-only-${scheme}.png` });
    });
  }
});
