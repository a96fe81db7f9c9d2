// The old-kernel test (issue 11): the Chromium 86–114 kernels of 360 / QQ / Sogou,
// Firefox ESR and Safari 15.4 lack APIs that current Chromium has. An init script
// removes them before the page's scripts run, then every feature is used as a
// person would, and each fallback shows its result:
//
//   constructable stylesheets  → <style> elements (with our script's CSP nonce) in
//                                <wza-styles> and in shadow roots; every page change
//                                applies and is undone exactly
//   Popover API                → body isolation: the launcher and toolbar stay on top
//                                of a z-index:2147483647 page notice and take clicks;
//                                nothing of the page moves
//   checkVisibility            → 连读 skips display:none and visibility:hidden text
//   caretPositionFromPoint     → the magnifier over the 纯文本 view shows the sentence
//                                under the pointer (lookup inside the shadow root)
//   Intl.Segmenter             → reading is split at sentence ends all the same
//   Highlight API              → reading works unhighlighted; help says so, once
//   structuredClone, Array.prototype.at, Object.hasOwn → nothing needs them
//
// The page (test/pages/old-kernel.html) has a CSP that allows inline styles only
// with our nonce, so a <style> without it would fail the test (no violation allowed).
// The CSS that old kernels drop (inset, :is/:where …) is held by test/unit/css-floor.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, spoken } from './fake-speech.js';
import { openPage, openToolbar, toolbar } from './helpers.js';
import { differences, fontSizePx, frames, fullSnapshot } from './page-helpers.js';

const PAGE = '/test/pages/old-kernel.html';

/** Runs in the page before any script: the browser as an old kernel has it. */
function removeNewerApis() {
  const remove = (owner: object | undefined, key: string) => {
    if (!owner) return;
    try {
      delete (owner as Record<string, unknown>)[key];
    } catch {
      /* not configurable: checked below */
    }
  };
  for (const key of ['showPopover', 'hidePopover', 'togglePopover', 'popover']) remove(HTMLElement.prototype, key);
  remove(CSS, 'highlights');
  remove(window, 'Highlight');
  remove(window, 'HighlightRegistry');
  remove(Element.prototype, 'checkVisibility');
  remove(Document.prototype, 'caretPositionFromPoint');
  remove(Intl, 'Segmenter');
  remove(window, 'structuredClone');
  remove(Array.prototype, 'at');
  remove(String.prototype, 'at');
  remove(Object, 'hasOwn');
  // Constructable stylesheets: the interface stays (as in old browsers), `new` throws, no replace/replaceSync,
  // no adoptedStyleSheets on documents and shadow roots.
  const proto = CSSStyleSheet.prototype;
  remove(proto, 'replaceSync');
  remove(proto, 'replace');
  remove(Document.prototype, 'adoptedStyleSheets');
  remove(ShadowRoot.prototype, 'adoptedStyleSheets');
  const Illegal = function CSSStyleSheet() {
    throw new TypeError('Illegal constructor');
  } as unknown as typeof CSSStyleSheet;
  Illegal.prototype = proto;
  Object.defineProperty(window, 'CSSStyleSheet', { value: Illegal, configurable: true, writable: true });
}

/** What the page offers after the init script: every entry must be false for the test to mean anything. */
function newerApisPresent(page: Page) {
  return page.evaluate(() => ({
    popover: 'showPopover' in HTMLElement.prototype,
    highlights: 'highlights' in CSS || 'Highlight' in window,
    checkVisibility: 'checkVisibility' in Element.prototype,
    caretPositionFromPoint: 'caretPositionFromPoint' in Document.prototype,
    segmenter: 'Segmenter' in Intl,
    structuredClone: 'structuredClone' in window,
    at: 'at' in Array.prototype || 'at' in String.prototype,
    hasOwn: 'hasOwn' in Object,
    adoptedStyleSheets: 'adoptedStyleSheets' in document || 'adoptedStyleSheets' in ShadowRoot.prototype,
    replaceSync: 'replaceSync' in CSSStyleSheet.prototype,
    constructable: (() => {
      try {
        new CSSStyleSheet();
        return true;
      } catch {
        return false;
      }
    })(),
  }));
}

/** Console errors, uncaught errors and CSP violations: there must be none. */
function trackProblems(page: Page): () => Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return async () => [...problems, ...(await page.evaluate(() => window.cspViolations ?? []))];
}

const button = (page: Page, name: RegExp) => toolbar(page).getByRole('button', { name });

async function centreOf(page: Page, selector: string) {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What is on top at a point, through open shadow roots: the wza-* host, or the page element's id. */
function topAt(page: Page, p: { x: number; y: number }) {
  return page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return el ? el.id || el.localName : null;
  }, p);
}

/** The launcher sits 16 px from the bottom-right corner (data-position's default), popover or not. */
async function expectLauncherInCorner(page: Page) {
  const box = (await page.locator('wza-launcher').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect([Math.round(viewport.width - box.x - box.width), Math.round(viewport.height - box.y - box.height)]).toEqual([16, 16]);
}

let problems: () => Promise<string[]>;

test.describe('old kernel: APIs newer than the floor removed before the page loads', () => {
  test.beforeEach(async ({ page }) => {
    problems = trackProblems(page);
    await page.addInitScript(removeNewerApis);
  });

  test.afterEach(async () => {
    expect(await problems()).toEqual([]);
  });

  test('the launcher shows, styled by a <style> with our nonce, on top of a z-index:2147483647 notice; first Tab stop; the page does not move', async ({
    page,
  }) => {
    // The page without Wza (an empty script), for the layout comparison.
    await page.route('**/dist/wza.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    await page.goto(PAGE);
    const layout = () =>
      page.evaluate(() =>
        [...document.body.querySelectorAll('*')].map((e) => {
          const r = e.getBoundingClientRect();
          return `${e.id || e.localName} ${r.x},${r.y},${r.width},${r.height}`;
        }),
      );
    const bare = await layout();
    await page.unrouteAll();

    await openPage(page, PAGE);
    expect(Object.entries(await newerApisPresent(page)).filter(([, present]) => present)).toEqual([]);

    const launcher = page.getByRole('button', { name: /^无障碍$/ });
    await expect(launcher).toBeVisible();
    // Styled: the launcher's own sheet is a <style> in its shadow root, carrying the page's nonce.
    const look = await launcher.evaluate((b) => {
      const cs = getComputedStyle(b);
      const style = b.getRootNode() instanceof ShadowRoot ? (b.getRootNode() as ShadowRoot).querySelector('style') : null;
      return { minHeight: cs.minHeight, background: cs.backgroundColor, radius: cs.borderRadius, nonce: style?.nonce ?? null };
    });
    expect(look).toEqual({ minHeight: '48px', background: 'rgb(11, 87, 208)', radius: '24px', nonce: 'oldkernel' });
    await expectLauncherInCorner(page);
    // On top of the page's notice, which covers the whole corner; a click reaches it.
    const centre = await centreOf(page, 'wza-launcher >> role=button[name="无障碍"]');
    expect(await topAt(page, await centreOf(page, '#cover'))).toBe('cover');
    expect(await topAt(page, centre)).toBe('wza-launcher');
    expect(await layout(), 'mounting moves nothing on the page').toEqual(bare);

    // The launcher comes first in Tab order (it sits before <body>).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('wza-launcher');

    await page.mouse.click(centre.x, centre.y);
    await expect(toolbar(page)).toBeVisible();
    // The toolbar (lit, without adoptedStyleSheets: <style> elements with the nonce) is styled and on top too.
    const bar = await page.locator('wza-toolbar').evaluate((el) => ({
      position: getComputedStyle(el).position,
      top: el.getBoundingClientRect().top,
      nonces: [...el.shadowRoot!.querySelectorAll('style')].map((s) => s.nonce),
    }));
    expect(bar.position).toBe('fixed');
    expect(bar.top).toBe(0);
    expect(bar.nonces.length).toBeGreaterThan(0);
    expect(new Set(bar.nonces)).toEqual(new Set(['oldkernel']));
    expect(await topAt(page, await centreOf(page, 'wza-toolbar'))).toBe('wza-toolbar');
    // The page's own notice still works where the launcher is not.
    await page.locator('#cover-link').click();
  });

  test('text size, zoom, colour schemes, big cursor and care mode change the page through <style> elements; 重置 and 退出 restore it exactly', async ({
    page,
  }) => {
    await openPage(page, PAGE);
    const closed = await fullSnapshot(page);
    const p1 = page.locator('#p1');
    expect(await fontSizePx(p1)).toBe(15);

    await openToolbar(page);
    // The room at the top follows the toolbar's rendered height (ResizeObserver, then a <style> on this kernel): on a
    // cold, loaded machine that settles a few frames after the toolbar shows, so take the page once it stands still.
    await page.evaluate(() => document.fonts.ready);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const room = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--wza-room-top'));
          return Math.abs(room - document.querySelector('wza-toolbar')!.getBoundingClientRect().height) < 1;
        }),
      )
      .toBe(true);
    let before = await fullSnapshot(page);
    await expect
      .poll(async () => {
        const again = await fullSnapshot(page);
        const still = differences(before, again).length === 0;
        before = again;
        return still;
      })
      .toBe(true);
    await button(page, /^文字放大/).click();
    await button(page, /^文字放大/).click();
    await frames(page);
    expect(await fontSizePx(p1)).toBe(22.5); // 150 %
    // Text added later is read at its own size with our sheets switched off (sheet.disabled on <style>s), then scaled once.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = '后来加入的段落。';
      document.querySelector('#zoom')!.append(p);
    });
    await expect.poll(() => fontSizePx(page.locator('#late'))).toBe(22.5);
    await page.locator('#late').evaluate((p) => p.remove());
    await button(page, /^页面放大/).click();
    await frames(page);
    expect(await page.evaluate(() => getComputedStyle(document.body).zoom)).toBe('1.1');
    await button(page, /^配色/).click();
    await page.getByRole('menuitemradio', { name: '黑底黄字' }).click();
    await frames(page);
    expect(await p1.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor])).toEqual([
      'rgb(255, 255, 0)',
      'rgb(0, 0, 0)',
    ]);
    await button(page, /^大鼠标/).click();
    await frames(page);
    expect(await p1.evaluate((e) => getComputedStyle(e).cursor)).toMatch(/^url\(/);
    expect(await page.locator('#link1').evaluate((e) => getComputedStyle(e).cursor)).toMatch(/^url\(.*pointer/);
    await page.getByRole('button', { name: /^关怀版/ }).click();
    await frames(page);
    expect(await fontSizePx(page.locator('#h-tasks'))).toBeGreaterThanOrEqual(28);
    expect(await page.locator('#piaochuang').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.locator('#link1').evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('underline');
    // All of it lives in <wza-styles>, after <body>, each <style> with the page's nonce.
    const sheets = await page.evaluate(() => {
      const host = document.querySelector('html > wza-styles');
      return {
        last: document.documentElement.lastElementChild === host,
        nonces: [...(host?.children ?? [])].map((s) => (s as HTMLStyleElement).nonce),
      };
    });
    expect(sheets.last).toBe(true);
    expect(sheets.nonces.length).toBeGreaterThan(4);
    expect(new Set(sheets.nonces)).toEqual(new Set(['oldkernel']));

    await button(page, /^重置/).click();
    // The toolbar shrinks back from care mode's size and the room at the top follows it (ResizeObserver): under load that can take a frame more.
    await expect.poll(async () => differences(before, await fullSnapshot(page)), { message: '重置' }).toEqual([]);

    await page.evaluate(() => window.wza.set({ textSize: 200, zoom: 150, colours: 'blue-white', bigCursor: true, care: true }));
    await frames(page);
    expect(differences(before, await fullSnapshot(page)).length).toBeGreaterThan(0);
    await button(page, /^退出/).click();
    await expect(toolbar(page)).toHaveCount(0);
    await frames(page);
    expect(differences(closed, await fullSnapshot(page)), '退出').toEqual([]);
  });

  test('crosshair, magnifier and captions follow the pointer; over the 纯文本 view the magnifier shows the sentence under the pointer', async ({
    page,
  }) => {
    await openPage(page, PAGE);
    const before = await fullSnapshot(page);
    await page.evaluate(() => window.wza.set({ crosshair: true, magnifier: true, captions: true }));
    await expect(page.locator('wza-crosshair, wza-magnifier, wza-captions')).toHaveCount(3);
    const link = await centreOf(page, '#link1');
    await page.mouse.move(link.x, link.y);
    await frames(page);
    const viewport = page.viewportSize()!;
    const h = (await page.locator('wza-crosshair .h').boundingBox())!;
    const v = (await page.locator('wza-crosshair .v').boundingBox())!;
    expect([h.x, h.width, v.y, v.height]).toEqual([0, viewport.width, 0, viewport.height]);
    expect(Math.abs(h.y + h.height / 2 - link.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(v.x + v.width / 2 - link.x)).toBeLessThanOrEqual(1);
    await expect(page.locator('wza-captions .text')).toHaveText('查看改造标准');
    await expect(page.locator('wza-magnifier .panel')).toHaveText('查看改造标准');
    // The second sentence of the page's first paragraph (light DOM: caretRangeFromPoint finds it).
    const inPage = await page.evaluate(() => {
      const t = document.querySelector('#p1')!.firstChild!;
      const range = document.createRange();
      range.setStart(t, t.textContent!.indexOf('第二句') + 1);
      range.setEnd(t, t.textContent!.indexOf('第二句') + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(inPage.x, inPage.y);
    await frames(page);
    await expect(page.locator('wza-magnifier .panel')).toHaveText('第二句说明改造的范围包括网站和移动应用。');

    await page.evaluate(() => window.wza.set({ textOnly: true }));
    await expect(page.getByRole('region', { name: '纯文本阅读' })).toBeVisible();
    // The second sentence of the first paragraph, inside the reader's shadow root.
    const second = await page.evaluate(() => {
      const root = document.querySelector('wza-reader')!.shadowRoot!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const i = t.textContent!.indexOf('第二句');
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(t, i + 1);
        range.setEnd(t, i + 2);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    expect(second).not.toBeNull();
    await page.mouse.move(second!.x, second!.y);
    await frames(page);
    await expect(page.locator('wza-magnifier .panel')).toHaveText('第二句说明改造的范围包括网站和移动应用。');
    await expect(page.locator('wza-captions .text')).toContainText('第二句说明改造的范围包括网站和移动应用。');

    await page.evaluate(() => window.wza.reset());
    await expect(page.locator('wza-crosshair, wza-magnifier, wza-captions, wza-reader')).toHaveCount(0);
    await frames(page);
    expect(differences(before, await fullSnapshot(page))).toEqual([]);
  });

  test('连读 reads the article in sentences without Intl.Segmenter, skips hidden text, unhighlighted; help says highlighting is unavailable', async ({
    page,
  }) => {
    await fakeSpeech(page);
    await openPage(page, PAGE);
    await openToolbar(page);
    await button(page, /^连读/).click();
    // The fake engine speaks each utterance in a few ms: wait for the last one, then 连读 is back.
    await expect.poll(async () => (await spoken(page)).length).toBe(8);
    await expect(button(page, /^连读/)).toBeVisible();
    const texts = (await spoken(page)).map((u) => u.text);
    expect(texts).toEqual([
      '示例市推进政务服务适老化改造',
      '第一句写明改造的目标。',
      '第二句说明改造的范围包括网站和移动应用。',
      '第三句要求各部门按时完成，并在年底前报送改造情况。',
      '第四句提出，改造完成后要组织老年用户试用，听取意见并持续改进。',
      '工作要求',
      '各单位要高度重视，查看改造标准，认真组织实施。',
      '咨询电话为一二三四五。',
    ]);
    expect(await page.evaluate(() => 'highlights' in CSS)).toBe(false);

    await button(page, /^帮助/).click();
    const help = page.getByRole('region', { name: '帮助' });
    await expect(help).toBeVisible();
    await expect(help.getByText('当前浏览器不能高亮朗读的句子。')).toHaveCount(1);
  });
});

test.describe('current Chromium, for comparison', () => {
  test('help has no line about highlighting, and the page gets no <wza-styles>', async ({ page }) => {
    problems = trackProblems(page);
    await openPage(page, PAGE);
    await expectLauncherInCorner(page);
    await openToolbar(page);
    await page.evaluate(() => window.wza.set({ textSize: 150 }));
    await button(page, /^帮助/).click();
    const help = page.getByRole('region', { name: '帮助' });
    await expect(help).toBeVisible();
    await expect(help.getByText('当前浏览器不能高亮')).toHaveCount(0);
    expect(await page.locator('wza-styles').count()).toBe(0);
    expect(await problems()).toEqual([]);
  });
});

declare global {
  interface Window {
    cspViolations?: string[];
  }
}
