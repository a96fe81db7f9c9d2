// 拼音: pinyin with tone marks over each Chinese character of 大字幕 and 放大镜 (<ruby>), read in
// context; its toggle (toolbar, Alt+Y), persisted, off with 重置/退出; its part (dist/wza-pinyin.js)
// loads on first use only; the caption bar keeps its height budget with pinyin, in care mode too.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { axeWidget, openPage, openToolbar, pageSnapshot, toolbar } from './helpers.js';

const PAGE = '/test/pages/aids.html';
const REAL_WORLD = '/test/pages/real-world/govcn-pages-content.html';
const SHOTS = new URL('../../test-results/pinyin/', import.meta.url).pathname;
const HAN = /\p{Script=Han}/u;

type Api = { wza: { set(p: object): void; reset(): void; settings: Record<string, unknown> } };

/** Two animation frames: the aids update once per frame. */
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function set(page: Page, patch: Record<string, unknown>) {
  await page.evaluate((p) => (window as unknown as Api).wza.set(p), patch);
  await frames(page);
}

/** Adds a paragraph at the top of the article and points at its first line. */
async function pointAtNew(page: Page, id: string, text: string) {
  await page.evaluate(
    ([id, text]) => {
      const p = document.createElement('p');
      p.id = id!;
      p.textContent = text!;
      document.querySelector('#title')!.after(p);
    },
    [id, text],
  );
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  const at = await page.locator(`#${id}`).evaluate((el) => {
    const r = el.getClientRects()[0]!;
    return { x: r.left + 20, y: r.top + r.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  await frames(page);
}

/** What a ruby box shows: each <ruby>'s character and reading, and the plain text between. */
function rubyContent(box: Locator) {
  return box.evaluate((el) =>
    [...el.childNodes].map((n) =>
      n instanceof HTMLElement && n.localName === 'ruby'
        ? [n.firstChild!.textContent, n.querySelector('rt')!.textContent]
        : [n.textContent, null],
    ),
  );
}

/** The readings over the characters, in order. */
async function readings(box: Locator) {
  return (await rubyContent(box)).filter(([, r]) => r !== null).map(([, r]) => r);
}

test.describe('拼音 pinyin', () => {
  test('the toolbar button and Alt+Y turn it on and off, it persists, and it shows over the captions in context', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^拼音/ });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(button).toHaveAttribute('aria-keyshortcuts', 'Alt+Y');
    await toolbar(page)
      .getByRole('button', { name: /^大字幕/ })
      .click();
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('拼音已打开');
    // Help lists its shortcut.
    await toolbar(page).getByRole('button', { name: /^帮助/ }).click();
    const help = page.getByRole('region', { name: '帮助' });
    await expect(help.locator('dt', { hasText: /^Alt\+Y$/ })).toBeVisible();
    expect(await help.locator('dt:text-is("Alt+Y") + dd').textContent()).toBe('拼音');
    await page.keyboard.press('Alt+Slash');
    await expect(help).toHaveCount(0);

    const text = page.locator('wza-captions .text');
    await pointAtNew(page, 'poly', '我去银行还钱，还是走路。');
    await expect(text.locator('ruby')).toHaveCount(10);
    expect(await readings(text)).toEqual(['wǒ', 'qù', 'yín', 'háng', 'huán', 'qián', 'hái', 'shì', 'zǒu', 'lù']);
    // Each Chinese character has its own reading; the punctuation stays plain text.
    expect(await rubyContent(text)).toEqual([
      ['我', 'wǒ'],
      ['去', 'qù'],
      ['银', 'yín'],
      ['行', 'háng'],
      ['还', 'huán'],
      ['钱', 'qián'],
      ['，', null],
      ['还', 'hái'],
      ['是', 'shì'],
      ['走', 'zǒu'],
      ['路', 'lù'],
      ['。', null],
    ]);

    // Kept across pages (and reloads).
    await page.reload();
    await page.waitForFunction(() => 'wza' in window);
    expect(await page.evaluate(() => (window as unknown as Api).wza.settings.pinyin)).toBe(true);
    await expect(page.locator('wza-captions')).toHaveCount(1);
    await pointAtNew(page, 'poly2', '行走在重庆，长大了。');
    // After a reload the readings come once 拼音's part has loaded again.
    await expect(page.locator('wza-captions .text ruby')).toHaveCount(8);
    expect(await readings(page.locator('wza-captions .text'))).toEqual(['xíng', 'zǒu', 'zài', 'chóng', 'qìng', 'zhǎng', 'dà', 'le']);

    // Alt+Y turns it off: the captions show the plain text again.
    await page.keyboard.press('Alt+KeyY');
    await frames(page);
    await expect(page.locator('wza-captions .text ruby')).toHaveCount(0);
    await expect(page.locator('wza-captions .text')).toHaveText('行走在重庆，长大了。');
    expect(await page.evaluate(() => (window as unknown as Api).wza.settings.pinyin)).toBe(false);
    await page.keyboard.press('Alt+KeyY');
    await expect(page.locator('wza-captions .text ruby')).toHaveCount(8);
  });

  test('the magnifier shows pinyin over each character; other text stays plain; page text only as text', async ({ page }) => {
    await openPage(page, PAGE);
    await set(page, { magnifier: true, pinyin: true });
    await expect(page.locator('wza-magnifier')).toHaveCount(1);
    const panel = page.locator('wza-magnifier .panel');
    await pointAtNew(page, 'mixed', '2026年Wza<b>上线</b>');
    await expect(panel.locator('ruby')).toHaveCount(3);
    expect(await rubyContent(panel)).toEqual([
      ['2026', null],
      ['年', 'nián'],
      ['Wza<b>', null],
      ['上', 'shàng'],
      ['线', 'xiàn'],
      ['</b>', null],
    ]);
    expect(await panel.locator('b').count()).toBe(0);
    // The readings fit in the panel: none is clipped at its top.
    const box = (await panel.boundingBox())!;
    for (const rt of await panel.locator('rt').all()) expect((await rt.boundingBox())!.y).toBeGreaterThanOrEqual(box.y);
    mkdirSync(SHOTS, { recursive: true });
    await pointAtNew(page, 'shot', '我去银行还钱，还是走路。重庆市长大桥行车指南');
    await page.screenshot({ path: `${SHOTS}magnifier-pinyin.png` });
  });

  test('text in traditional characters is read in context too (a 繁體 page)', async ({ page }) => {
    await openPage(page, PAGE);
    await set(page, { captions: true, pinyin: true });
    await expect(page.locator('wza-captions')).toHaveCount(1);
    const text = page.locator('wza-captions .text');
    await pointAtNew(page, 'traditional', '銀行行長還錢，還是走路。');
    await expect(text.locator('ruby')).toHaveCount(10);
    expect(await rubyContent(text)).toEqual([
      ['銀', 'yín'],
      ['行', 'háng'],
      ['行', 'háng'],
      ['長', 'zhǎng'],
      ['還', 'huán'],
      ['錢', 'qián'],
      ['，', null],
      ['還', 'hái'],
      ['是', 'shì'],
      ['走', 'zǒu'],
      ['路', 'lù'],
      ['。', null],
    ]);
  });

  test('turned on with neither 大字幕 nor 放大镜 on, it brings 大字幕 along so the press shows; 重置 turns both off', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    await page.keyboard.press('Alt+KeyY');
    await expect(toolbar(page).getByRole('button', { name: /^拼音/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(toolbar(page).getByRole('button', { name: /^大字幕/ })).toHaveAttribute('aria-pressed', 'true');
    await pointAtNew(page, 'bare', '银行');
    await expect(page.locator('wza-captions .text ruby')).toHaveCount(2);
    // Off again: only 拼音 goes; 大字幕 stays as the user now has it.
    await page.keyboard.press('Alt+KeyY');
    await expect(toolbar(page).getByRole('button', { name: /^拼音/ })).toHaveAttribute('aria-pressed', 'false');
    await expect(toolbar(page).getByRole('button', { name: /^大字幕/ })).toHaveAttribute('aria-pressed', 'true');
    // With 放大镜 on, it does not add 大字幕.
    await page.keyboard.press('Alt+KeyB');
    await set(page, { magnifier: true });
    await page.keyboard.press('Alt+KeyY');
    await expect(toolbar(page).getByRole('button', { name: /^大字幕/ })).toHaveAttribute('aria-pressed', 'false');
    await toolbar(page).getByRole('button', { name: /^重置/ }).click();
    await expect(toolbar(page).getByRole('button', { name: /^拼音/ })).toHaveAttribute('aria-pressed', 'false');
    await expect(toolbar(page).getByRole('button', { name: /^放大镜/ })).toHaveAttribute('aria-pressed', 'false');
  });

  test('its part loads on first use only: not at start, not while neither captions nor magnifier shows text', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await openPage(page, PAGE);
    await set(page, { pinyin: true });
    await page.mouse.move(300, 300);
    await frames(page);
    expect(loaded.filter((p) => p.endsWith('/wza-pinyin.js'))).toEqual([]);
    await set(page, { captions: true });
    await pointAtNew(page, 'first', '银行');
    await expect(page.locator('wza-captions .text ruby')).toHaveCount(2);
    await set(page, { magnifier: true });
    await pointAtNew(page, 'second', '行走');
    await expect(page.locator('wza-magnifier .panel ruby')).toHaveCount(2);
    expect(loaded.filter((p) => p.endsWith('/wza-pinyin.js'))).toHaveLength(1);
  });

  for (const care of [false, true]) {
    test(`captions with pinyin stay within the bar's height budget: two lines of characters with their pinyin${care ? ' (关怀版)' : ''}`, async ({
      page,
    }) => {
      await openPage(page, PAGE);
      await set(page, { captions: true, care });
      await expect(page.locator('wza-captions')).toHaveCount(1);
      const bar = page.locator('wza-captions');
      const text = page.locator('wza-captions .text');
      await pointAtNew(page, 'short', '银行');
      const plainHeight = (await bar.boundingBox())!.height;
      await set(page, { pinyin: true });
      await expect(text.locator('ruby')).toHaveCount(2);
      const short = (await bar.boundingBox())!.height;
      // A sentence far longer than two lines: the bar keeps its height, the text is clamped.
      const long =
        '为进一步优化政务服务提升行政效能，推动高效办成一件事，重庆市人民政府办公厅关于银行网点适老化改造和长者行走便利的实施意见'.repeat(
          2,
        );
      await pointAtNew(page, 'long', long);
      await expect(text.locator('ruby').first()).toBeAttached();
      await expect.poll(() => text.locator('ruby').count()).toBeGreaterThan(60);
      const geometry = await text.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const fontSize = parseFloat(getComputedStyle(el).fontSize);
        // Each <ruby> is a column (its reading over its character); the character's glyph box is a Range's.
        const glyph = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return range.getBoundingClientRect();
        };
        const edges = (r: DOMRect) => ({ top: r.top, bottom: r.bottom });
        const rubies = [...el.querySelectorAll('ruby')].map((r) => ({
          column: edges(r.getBoundingClientRect()),
          base: edges(glyph(r.firstChild!)),
          rt: edges(r.querySelector('rt')!.getBoundingClientRect()),
        }));
        const lines = [...new Set(rubies.map((r) => Math.round(r.column.bottom)))].sort((a, b) => a - b);
        return { box: edges(box), fontSize, rubies, lines };
      });
      const barBox = (await bar.boundingBox())!;
      // The budget: two lines of text of 1.9em each (a character with its reading over it), plus the bar's margins and edge.
      expect(barBox.height).toBeLessThanOrEqual(2 * 1.9 * geometry.fontSize + 10 + 12 + 3 + 1);
      expect(barBox.height).toBeCloseTo(short, 0);
      expect(barBox.height).toBeGreaterThan(plainHeight);
      expect(barBox.y + barBox.height).toBeCloseTo(page.viewportSize()!.height, 0);
      // Exactly two lines show, each character whole with its whole reading; nothing of the third line shows.
      const inside = (r: { top: number; bottom: number }) => r.top >= geometry.box.top - 0.5 && r.bottom <= geometry.box.bottom + 0.5;
      const outside = (r: { top: number; bottom: number }) => r.top >= geometry.box.bottom - 0.5;
      const [first, second] = geometry.lines;
      for (const { column, base, rt } of geometry.rubies) {
        const line = Math.round(column.bottom);
        if (line === first || line === second) {
          expect(inside(column)).toBe(true);
          expect(rt.top).toBeLessThan(base.top); // the reading over its character
          expect(rt.bottom).toBeLessThan((base.top + base.bottom) / 2);
        } else {
          expect(outside(column)).toBe(true);
        }
      }
      expect(geometry.lines.length).toBeGreaterThan(2);
      // The page keeps room for the taller bar: its last lines still scroll up above it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await frames(page);
      const last = (await page.locator('#footer-last').boundingBox())!;
      expect(last.y + last.height).toBeLessThanOrEqual((await bar.boundingBox())!.y + 0.5);
      mkdirSync(SHOTS, { recursive: true });
      await pointAtNew(page, 'shot', '我去银行还钱，还是走路。重庆市长大桥行车指南：行走、还款、长大');
      await page.screenshot({ path: `${SHOTS}captions-pinyin${care ? '-care' : ''}.png` });
    });
  }

  test('重置 and 退出 turn it off and leave a real-world page exactly as it was', async ({ page }) => {
    await openPage(page, REAL_WORLD);
    const closed = await pageSnapshot(page);
    await set(page, { toolbar: true });
    await expect(toolbar(page)).toBeVisible();
    await frames(page);
    const open = await pageSnapshot(page);
    await set(page, { captions: true, magnifier: true, pinyin: true });
    await page.locator('body').hover({ position: { x: 400, y: 300 } });
    await page.mouse.move(420, 310, { steps: 2 });
    await frames(page);
    const text = page.locator('wza-captions .text');
    await expect.poll(async () => HAN.test((await text.textContent()) ?? '')).toBe(true);
    await expect(text.locator('ruby').first()).toBeAttached();
    await toolbar(page).getByRole('button', { name: /^重置/ }).click();
    await frames(page);
    expect(await page.evaluate(() => (window as unknown as Api).wza.settings.pinyin)).toBe(false);
    await expect(page.locator('wza-captions')).toHaveCount(0);
    expect(await pageSnapshot(page)).toBe(open);

    await set(page, { captions: true, pinyin: true, toolbar: true });
    await page.mouse.move(400, 300, { steps: 2 });
    await expect(page.locator('wza-captions .text ruby').first()).toBeAttached();
    await toolbar(page).getByRole('button', { name: /^退出/ }).click();
    await expect(toolbar(page)).toHaveCount(0);
    await frames(page);
    expect(await page.evaluate(() => (window as unknown as Api).wza.settings.pinyin)).toBe(false);
    expect(await pageSnapshot(page)).toBe(closed);
  });

  test('axe-core finds no violation with the toolbar, captions and magnifier showing pinyin', async ({ page }) => {
    await openPage(page, PAGE);
    await openToolbar(page);
    await set(page, { captions: true, magnifier: true, pinyin: true });
    await pointAtNew(page, 'axe', '我去银行还钱，还是走路。');
    await expect(page.locator('wza-captions .text ruby')).toHaveCount(10);
    await expect(page.locator('wza-magnifier .panel ruby')).toHaveCount(10);
    expect(await axeWidget(page)).toEqual([]);
  });

  test('in the English UI the button is named Pinyin', async ({ page }) => {
    await openPage(page, '/test/pages/lang-data-lang.html');
    await openToolbar(page);
    const button = toolbar(page).getByRole('button', { name: /^Pinyin/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('Pinyin on');
  });

  test('a page whose data-features leaves it out has no 拼音 button and shows no pinyin, whatever the settings say', async ({ page }) => {
    await page.route('**/pinyin-features.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body:
          '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>' +
          '<script src="/dist/wza.js" defer data-features="captions,magnifier"></script></head>' +
          '<body><main><h1 id="title">标题</h1><p>正文</p></main></body></html>',
      }),
    );
    await openPage(page, '/pinyin-features.html');
    await openToolbar(page);
    await expect(toolbar(page).getByRole('button', { name: /^大字幕/ })).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: /^拼音/ })).toHaveCount(0);
    await set(page, { captions: true, pinyin: true });
    await expect(page.locator('wza-captions')).toHaveCount(1);
    await pointAtNew(page, 'off', '银行行长');
    await expect(page.locator('wza-captions .text')).toHaveText('银行行长');
    await expect(page.locator('wza-captions .text ruby')).toHaveCount(0);
    await expect(page.locator('wza-captions')).not.toHaveAttribute('pinyin');
  });
});
