// Issue 12, region jumps (读屏 help): Alt+1 … Alt+6 move focus to the page's header,
// navigation, search, article, sidebar and footer and say where focus is; the skip link
// 跳到正文 is the first page Tab stop after the launcher. On real-world corpus pages
// (landmarks, a legacy table layout, TRS, Hanweb) and on a page naming its own regions.
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, spoken } from './fake-speech.js';
import { axeWidget, openPage, openToolbar, pageSnapshot, toolbar } from './helpers.js';

/** The element focus is on: its tag, id and class, to compare with the page's markup. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`
      : '';
  });

/** Whether the focused element's top is inside the viewport. */
const focusInView = (page: Page) =>
  page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  });

const lastSpoken = async (page: Page) => (await spoken(page)).at(-1)?.text ?? '';

/** Turns 声音 on with its shortcut (announcements are then spoken by the fake engine). */
async function soundOn(page: Page): Promise<void> {
  await page.keyboard.press('Alt+V');
  await expect.poll(() => lastSpoken(page)).toMatch(/声音|Sound/);
}

test.describe('region jumps', () => {
  test('landmark page (English): the skip link comes right after the launcher, Enter moves focus to the article, each region is reached and said', async ({
    page,
  }) => {
    await fakeSpeech(page);
    await openPage(page, '/test/pages/real-world/english-portal-view.html');
    const before = await pageSnapshot(page);
    // Unfocused, the skip link takes no pointer or click meant for the page's top left corner.
    expect(
      await page.evaluate(() => [document.elementFromPoint(4, 4)?.localName, document.elementFromPoint(60, 30)?.localName]),
    ).not.toContain('wza-skip-link');
    await soundOn(page);
    // Tab order: only the launcher's buttons come before the skip link.
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.localName ?? '');
      stops.push(name);
      if (name === 'wza-skip-link') break;
    }
    expect(stops).toEqual(['wza-launcher', 'wza-launcher', 'wza-skip-link']);
    const link = page.getByRole('link', { name: 'Skip to content' });
    await expect(link).toBeFocused();
    // Visible when focused: a real box at the top left, inside the viewport.
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThan(40);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.y).toBeLessThan(100);
    expect(await axeWidget(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('div.view');
    expect(await focusInView(page)).toBe(true);
    await expect.poll(() => lastSpoken(page)).toBe('Main content region');
    // Only a tabindex="-1" while it has focus.
    expect(await page.locator('.view').getAttribute('tabindex')).toBe('-1');

    const jumps: [string, string, string][] = [
      ['Alt+1', 'header.site', 'Header region'],
      ['Alt+2', 'nav', 'Navigation region'],
      ['Alt+5', 'aside.more', 'Sidebar region'],
      ['Alt+6', 'footer.site', 'Footer region'],
      ['Alt+4', 'div.view', 'Main content region'],
    ];
    for (const [keys, target, said] of jumps) {
      await page.keyboard.press(keys);
      await expect.poll(() => focused(page), keys).toBe(target);
      expect(await focusInView(page), keys).toBe(true);
      await expect.poll(() => lastSpoken(page), keys).toBe(said);
    }
    // The page has no search form: focus stays, and that is said.
    await page.keyboard.press('Alt+3');
    await expect.poll(() => lastSpoken(page)).toBe('No search region on this page');
    expect(await focused(page)).toBe('div.view');
    expect(await axeWidget(page)).toEqual([]);

    // Focus leaves: the tabindex goes, the page's DOM is as it was.
    await page.locator('h1').first().click();
    expect(await page.locator('[tabindex]').count()).toBe(0);
    expect(await pageSnapshot(page)).toBe(before);
  });

  test('legacy table page: regions from the template classes, focus moves without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 500 });
    await openPage(page, '/test/pages/legacy-table.html');
    const before = await pageSnapshot(page);
    // The 960 px table is wider than the viewport: the page scrolls sideways, and a jump must not change that.
    await page.evaluate(() => window.scrollTo(120, 0));
    const x = await page.evaluate(() => scrollX);
    expect(x).toBeGreaterThan(0);
    for (const [keys, target] of [
      ['Alt+6', 'td.foot'],
      ['Alt+1', 'td.head'],
      ['Alt+2', 'td.nav'],
      ['Alt+5', 'td.side'],
      ['Alt+4', 'div#zoom.content'],
    ] as const) {
      await page.keyboard.press(keys);
      await expect.poll(() => focused(page), keys).toBe(target);
      expect(await focusInView(page), keys).toBe(true);
      expect(await page.evaluate(() => scrollX), keys).toBe(x);
    }
    await page.keyboard.press('Alt+1');
    await expect.poll(() => focused(page)).toBe('td.head');
    // 退出 from the toolbar: the skip link goes, and with it every trace.
    await page.getByRole('button', { name: /^无障碍$/ }).click();
    await page.getByRole('toolbar').getByRole('button', { name: /^退出/ }).click();
    await expect(page.locator('wza-skip-link')).toHaveCount(0);
    expect(await page.locator('[tabindex]').count()).toBe(0);
    expect(await pageSnapshot(page)).toBe(before);
  });

  test('TRS page: header and footer from the template, the article from the detector; a second press goes to the next header', async ({
    page,
  }) => {
    await fakeSpeech(page);
    await openPage(page, '/test/pages/real-world/trs-wcm-news.html');
    await soundOn(page);
    await page.keyboard.press('Alt+1');
    await expect.poll(() => focused(page)).toMatch(/^div\.top/);
    await expect.poll(() => lastSpoken(page)).toBe('页头区域，第1个，共2个');
    await page.keyboard.press('Alt+1');
    await expect.poll(() => focused(page)).toMatch(/^div\.banner/);
    await expect.poll(() => lastSpoken(page)).toBe('页头区域，第2个，共2个');
    await page.keyboard.press('Alt+4');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('TRS_Editor'))).toBe(true);
    await expect.poll(() => lastSpoken(page)).toBe('正文区域');
    expect(await focusInView(page)).toBe(true);
    await page.keyboard.press('Alt+6');
    await expect.poll(() => focused(page)).toMatch(/^div\.footer/);
    await expect.poll(() => lastSpoken(page)).toBe('页脚区域');
  });

  test('TRS provincial page: the sidebar is the .side block, not the <span class="right"> date in the top bar', async ({ page }) => {
    await openPage(page, '/test/pages/real-world/trs-ueditor-province.html');
    for (const [keys, target] of [
      ['Alt+5', /^div\.side/],
      ['Alt+4', /^div\.trs_editor_view/],
      ['Alt+6', /^div\.foot/],
    ] as const) {
      await page.keyboard.press(keys);
      await expect.poll(() => focused(page), keys).toMatch(target);
    }
  });

  test('Hanweb page (tables, no names): missing regions are said, 跳到正文 reaches #zoom and scrolls it into view', async ({ page }) => {
    await fakeSpeech(page);
    await page.setViewportSize({ width: 1280, height: 400 });
    await openPage(page, '/test/pages/real-world/hanweb-zoom.html');
    const before = await pageSnapshot(page);
    await soundOn(page);
    await page.keyboard.press('Alt+1');
    await expect.poll(() => lastSpoken(page)).toBe('本页没有页头区域');
    await page.keyboard.press('Alt+6');
    await expect.poll(() => lastSpoken(page)).toBe('本页没有页脚区域');
    // Tab to the skip link (after the launcher's two buttons) and press Enter.
    const link = page.getByRole('link', { name: '跳到正文' });
    for (let i = 0; i < 3 && !(await link.evaluate((a) => a.matches(':focus'))); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('div#zoom');
    expect(await focusInView(page)).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await expect.poll(() => lastSpoken(page)).toBe('正文区域');
    await page.keyboard.press('Tab');
    expect(await page.locator('[tabindex]').count()).toBe(0);
    expect(await pageSnapshot(page)).toBe(before);
  });

  test('data-regions: the site names its regions; bad parts warn once; the page keeps its own skip link and Wza adds none', async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await openPage(page, '/test/pages/regions-named.html');
    await expect(page.locator('wza-launcher')).toHaveCount(1);
    expect(await page.locator('wza-skip-link').count()).toBe(0);
    for (const [keys, target] of [
      ['Alt+1', 'div.masthead'],
      ['Alt+2', 'div.menu-bar'],
      ['Alt+3', 'div.tools'],
      ['Alt+4', 'div#wz.wenzhang'],
      ['Alt+5', 'div.pangbian'],
      ['Alt+6', 'div.dibu'],
    ] as const) {
      await page.keyboard.press(keys);
      await expect.poll(() => focused(page), keys).toBe(target);
    }
    const mine = warnings.filter((w) => w.includes('data-regions'));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toContain('aside:.nothing');
    expect(mine[1]).toContain('nav:a[');
    // The page's own skip link is its first Tab stop after the launcher's buttons.
    await page.reload();
    await page.waitForFunction(() => 'wza' in window && document.readyState !== 'loading');
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('wza-launcher');
    }
    await page.keyboard.press('Tab');
    await expect(page.locator('a.skip')).toBeFocused();
  });

  test('never while typing, and the shortcuts are in help', async ({ page }) => {
    await openPage(page, '/test/pages/regions-named.html');
    await page.locator('input[name="s"]').focus();
    await page.keyboard.press('Alt+1');
    expect(await focused(page)).toBe('input');
    await page.getByRole('button', { name: /^无障碍$/ }).click();
    await page.getByRole('toolbar').getByRole('button', { name: /^帮助/ }).click();
    // One line for all six, in shortcut order.
    const help = page.getByRole('region', { name: '帮助' });
    await expect(help.getByText('Alt+1 … Alt+6', { exact: true })).toBeVisible();
    await expect(help.getByText('跳到页头、导航、搜索、正文、侧栏、页脚区域', { exact: true })).toBeVisible();
    expect(await axeWidget(page)).toEqual([]);
  });
});

test('the toolbar has the six jumps as a 区域 menu: each item names its key, and choosing 正文 focuses what Alt+4 does', async ({
  page,
}) => {
  const path = '/test/pages/real-world/trs-wcm-news.html';
  await openPage(page, path);
  await page.keyboard.press('Alt+4');
  await expect.poll(() => focused(page)).not.toBe('body');
  const byKey = await focused(page);

  await openPage(page, path);
  await openToolbar(page);
  const menuButton = toolbar(page).getByRole('button', { name: /^区域/ });
  await menuButton.click();
  const menu = page.getByRole('menu', { name: '区域' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    '页头 (Alt+1)',
    '导航 (Alt+2)',
    '搜索 (Alt+3)',
    '正文 (Alt+4)',
    '侧栏 (Alt+5)',
    '页脚 (Alt+6)',
  ]);
  // Actions, not choices: no menuitemradio, nothing checked.
  await expect(menu.getByRole('menuitemradio')).toHaveCount(0);
  expect(await axeWidget(page)).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe(byKey);
  await expect(menu).toHaveCount(0);
});
