// Issue 12: a toolbar of about 20 controls still fits one row on a 1280 px screen, in both UI
// languages and in care mode's larger size, and nothing of Wza covers Wza (the launcher keeps clear
// of the caption bar and of the toolbar).
import { expect, test, type Page } from '@playwright/test';
import { axeWidget, openPage, toolbar } from './helpers.js';
import { frames } from './page-helpers.js';

type Api = { wza: { set(patch: object): void } };

const PAGES = { 'zh-CN': '/demo/index.html', en: '/demo/english.html' } as const;

/**
 * The toolbar is to keep room for the controls being added (繁體, 拼音, 行距): until they are there,
 * stand-ins with their labels are added, so the check is of the toolbar it will be.
 */
const COMING: Record<keyof typeof PAGES, string[]> = {
  'zh-CN': ['繁體', '拼音', '行距'],
  en: ['Traditional Chinese', 'Pinyin', 'Line spacing'],
};
const AT_LEAST = 21;

async function openWith(page: Page, lang: keyof typeof PAGES, settings: object) {
  await openPage(page, PAGES[lang]);
  await page.evaluate((s) => (window as unknown as Api).wza.set({ toolbar: true, ...s }), settings);
  await expect(toolbar(page)).toBeVisible();
}

/** Adds stand-in toggles before 重置 until the toolbar has AT_LEAST controls; returns how many it has. */
async function padControls(page: Page, labels: string[]): Promise<number> {
  return page.evaluate(
    async ({ labels, atLeast }) => {
      type El = HTMLElement & { controls: { key: string; label: string }[]; updateComplete: Promise<unknown> };
      const el = document.querySelector('wza-toolbar') as El;
      const controls = [...el.controls];
      const missing = labels.filter((l) => !controls.some((c) => c.label === l));
      const reset = controls.findIndex((c) => c.key === 'reset');
      for (const [i, label] of missing.slice(0, Math.max(0, atLeast - controls.length)).entries())
        controls.splice(reset, 0, { type: 'button', key: `coming-${i}`, label, icon: 'textOnly', pressed: false, activate() {} } as never);
      el.controls = controls;
      await el.updateComplete;
      return controls.length;
    },
    { labels, atLeast: AT_LEAST },
  );
}

/** How the toolbar's controls lie: the distinct tops of its items (one row = one top) and the right edge of the last. */
function layoutOf(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('wza-toolbar')!.shadowRoot!;
    const items = [...root.querySelector('[role="toolbar"]')!.children].map((e) => e.getBoundingClientRect());
    const buttons = [...root.querySelectorAll('button.control')].map((b) => b.getBoundingClientRect());
    return {
      tops: [...new Set(items.map((r) => Math.round(r.top)))],
      right: Math.max(...buttons.map((r) => r.right)),
      smallest: Math.min(...buttons.flatMap((r) => [r.width, r.height])),
      height: document.querySelector('wza-toolbar')!.getBoundingClientRect().height,
    };
  });
}

test.describe('one row at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const lang of ['zh-CN', 'en'] as const) {
    for (const care of [false, true]) {
      test(`${lang}${care ? ', care mode' : ''}: every control in one row, with room for the controls being added`, async ({ page }) => {
        await openWith(page, lang, { care });
        expect(await padControls(page, COMING[lang])).toBeGreaterThanOrEqual(AT_LEAST);
        const layout = await layoutOf(page);
        expect(layout.tops, JSON.stringify(layout)).toHaveLength(1);
        expect(layout.right).toBeLessThanOrEqual(1280);
        expect(layout.smallest).toBeGreaterThanOrEqual(44);
        // one row takes far less of the page than the two rows (135 px) it took before
        expect(layout.height).toBeLessThan(care ? 120 : 100);
      });
    }
  }

  test('text size and zoom: − and + side by side under one caption with the level; each keeps its own name, and the arrows go through them in order', async ({
    page,
  }) => {
    await openWith(page, 'zh-CN', { textSize: 125 });
    const bar = toolbar(page);
    const textSize = bar.getByRole('group', { name: '文字' });
    await expect(textSize).toContainText('文字 125%');
    const smaller = textSize.getByRole('button', { name: /^文字缩小/ });
    const larger = textSize.getByRole('button', { name: /^文字放大/ });
    // the level is part of its name, for screen readers
    await expect(larger).toHaveAccessibleName(/^文字放大\s?125%/);
    const [s, l] = [(await smaller.boundingBox())!, (await larger.boundingBox())!];
    expect(s.x + s.width).toBeLessThanOrEqual(l.x + 1);
    expect(Math.abs(s.y - l.y)).toBeLessThan(1);
    await expect(bar.getByRole('group', { name: '页面' }).getByRole('button', { name: /^页面放大\s?100%/ })).toBeVisible();
    await expect(bar.getByRole('group', { name: '语音' }).getByRole('button', { name: /^声音/ })).toBeVisible();

    await bar.getByRole('button', { name: /^配色/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(smaller).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(larger).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(textSize).toContainText('文字 150%');
    await expect(larger).toHaveAccessibleName(/^文字放大\s?150%/);
    await expect(larger).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(smaller).toBeFocused();
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    test(`${lang}: axe finds nothing in the grouped toolbar, in care mode too`, async ({ page }) => {
      await openWith(page, lang, {});
      expect(await axeWidget(page)).toEqual([]);
      await page.evaluate(() => (window as unknown as Api).wza.set({ care: true }));
      expect(await axeWidget(page)).toEqual([]);
    });
  }
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function launcherBoxes(page: Page): Promise<Box[]> {
  const buttons = page.locator('wza-launcher').getByRole('button');
  await expect(buttons.first()).toBeVisible();
  return Promise.all((await buttons.all()).map(async (b) => (await b.boundingBox())!));
}

test.describe('nothing of Wza covers Wza', () => {
  for (const care of [false, true]) {
    for (const open of [false, true]) {
      test(`with 大字幕 on${care ? ' in care mode' : ''}${open ? ' and the toolbar open' : ''}, the launcher sits above the caption bar`, async ({
        page,
      }) => {
        await openPage(page, '/demo/english.html');
        await page.evaluate((s) => (window as unknown as Api).wza.set(s), { captions: true, care, toolbar: open });
        const captions = page.locator('wza-captions');
        await expect(captions).toBeVisible();
        await frames(page);
        const bar = (await captions.boundingBox())!;
        for (const box of await launcherBoxes(page)) {
          expect(overlaps(box, bar), JSON.stringify({ box, bar })).toBe(false);
          expect(box.y).toBeGreaterThanOrEqual(0);
        }
        // and it comes back down when the caption bar goes
        await page.evaluate(() => (window as unknown as Api).wza.set({ captions: false }));
        await expect(captions).toHaveCount(0);
        await frames(page);
        const [, last] = await launcherBoxes(page);
        expect(last!.y + last!.height).toBeGreaterThan(page.viewportSize()!.height - 40);
      });
    }
  }

  test('a launcher in a top corner sits below the open toolbar, and the status note keeps clear of it', async ({ page }) => {
    await page.route('**/launcher-top.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><h1>Title</h1><p>Text.</p>
          <script src="/dist/wza.js" defer data-position="right-top"></script></body></html>`,
      }),
    );
    await openPage(page, '/launcher-top.html');
    await page.getByRole('button', { name: 'Accessibility' }).click();
    await expect(toolbar(page)).toBeVisible();
    await toolbar(page)
      .getByRole('button', { name: /^Big cursor/ })
      .click();
    const status = page.locator('wza-toolbar').getByRole('status');
    await expect(status).toHaveText('Big cursor on');
    await frames(page);
    const bar = (await page.locator('wza-toolbar').boundingBox())!;
    const note = (await status.boundingBox())!;
    for (const box of await launcherBoxes(page)) {
      expect(overlaps(box, bar), JSON.stringify({ box, bar })).toBe(false);
      expect(overlaps(box, note), JSON.stringify({ box, note })).toBe(false);
    }
  });
});
