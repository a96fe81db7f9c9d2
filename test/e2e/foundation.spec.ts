import { expect, test } from '@playwright/test';
import { fakeSpeech } from './fake-speech.js';
import { axeWidget, openPage, openToolbar, pageSnapshot, toolbar } from './helpers.js';

test.describe('demo article page (site-owned triggers)', () => {
  test('the header link 无障碍 opens the toolbar, and the widget adds no launcher of its own for it', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await expect(page.getByRole('button', { name: /^无障碍$/ })).toHaveCount(0);
    await page.getByRole('link', { name: '无障碍' }).click();
    await expect(toolbar(page)).toBeVisible();
    expect(page.url()).not.toContain('#'); // the trigger's href="#" was not followed
  });

  test('the toolbar sits at the top and pushes the page down, and gives the space back on close', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    const topbarBefore = await page.locator('.topbar').boundingBox();
    await openToolbar(page);
    const bar = await page.locator('wza-toolbar').boundingBox();
    const topbarOpen = await page.locator('.topbar').boundingBox();
    expect(bar!.y).toBe(0);
    expect(topbarOpen!.y).toBeGreaterThanOrEqual(bar!.height - 1);
    await page.keyboard.press('Escape');
    await expect(page.locator('wza-toolbar')).toHaveCount(0);
    expect((await page.locator('.topbar').boundingBox())!.y).toBe(topbarBefore!.y);
  });

  test('keyboard: focus moves into the toolbar, arrows move between controls, Escape closes and returns focus', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    const trigger = page.getByRole('link', { name: '无障碍' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const buttons = toolbar(page).getByRole('button');
    await expect(buttons.first()).toBeFocused();
    // one Tab stop: only one control is tabbable
    const tabbable = await buttons.evaluateAll((els) => els.filter((e) => e.getAttribute('tabindex') === '0').length);
    expect(tabbable).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect(buttons.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(buttons.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(buttons.last()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toolbar(page)).toHaveCount(0);
    await expect(trigger).toBeFocused();
  });

  test('帮助 lists every shortcut, Alt+/ toggles it', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    await toolbar(page).getByRole('button', { name: /^帮助/ }).click();
    const help = page.getByRole('region', { name: '帮助' });
    await expect(help).toBeVisible();
    for (const keys of ['Alt+A', 'Alt+R', 'Alt+/', 'Esc']) await expect(help.getByText(keys, { exact: true })).toBeVisible();
    await page.keyboard.press('Alt+Slash');
    await expect(help).toHaveCount(0);
    // Escape inside help closes help first (not the toolbar) and returns focus to 帮助
    await page.keyboard.press('Alt+Slash');
    await help.getByRole('button', { name: '关闭帮助' }).focus();
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(toolbar(page)).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: /^帮助/ })).toBeFocused();
  });

  test('Alt+A opens the toolbar from anywhere, but not while typing in a form field', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'q';
      document.body.prepend(input);
    });
    await page.locator('#q').focus();
    await page.keyboard.press('Alt+KeyA');
    await expect(toolbar(page)).toHaveCount(0);
    await page.locator('.title').click();
    await page.keyboard.press('Alt+KeyA');
    await expect(toolbar(page)).toBeVisible();
  });

  test('the open toolbar is remembered on the next page', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    await page.reload();
    await expect(toolbar(page)).toBeVisible();
  });

  test('退出 closes the toolbar and leaves the page exactly as it was', async ({ page }) => {
    await openPage(page, '/demo/index.html');
    const before = await pageSnapshot(page);
    await openToolbar(page);
    await toolbar(page).getByRole('button', { name: /^退出/ }).click();
    await expect(toolbar(page)).toHaveCount(0);
    expect(await pageSnapshot(page)).toBe(before);
  });

  test('axe-core finds no WCAG 2.2 A/AA violation in the widget, closed, open, with each menu open and with help open', async ({
    page,
  }) => {
    await fakeSpeech(page); // a voice, so the speech controls (语速) are enabled
    await openPage(page, '/demo/index.html');
    expect(await axeWidget(page)).toEqual([]);
    await openToolbar(page);
    expect(await axeWidget(page)).toEqual([]);
    for (const name of [/^配色/, /^语速/]) {
      const button = toolbar(page).getByRole('button', { name });
      await button.click();
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      expect(await menu.getByRole('menuitemradio').count()).toBeGreaterThanOrEqual(3);
      expect(await axeWidget(page), String(name)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(menu).toHaveCount(0);
      await expect(button).toBeFocused();
    }
    await toolbar(page).getByRole('button', { name: /^帮助/ }).click();
    expect(await axeWidget(page)).toEqual([]);
  });
});

test.describe('default launcher (English page)', () => {
  test('the launcher is the first Tab stop, and the open toolbar comes right after it', async ({ page }) => {
    await openPage(page, '/demo/english.html');
    // The launcher: Care mode (care is registered and the page has no trigger of its own), then Accessibility.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Care mode' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Accessibility' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('toolbar').getByRole('button').first()).toBeFocused();
    // On the next page the toolbar is open already: it is the next Tab stop after the launcher's two buttons.
    await page.reload();
    await expect(page.getByRole('toolbar')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('toolbar').getByRole('button').first()).toBeFocused();
  });

  test('shows the Accessibility launcher in English, in the right-bottom corner', async ({ page }) => {
    await openPage(page, '/demo/english.html');
    const launcher = page.getByRole('button', { name: 'Accessibility' });
    await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    const box = (await launcher.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x + box.width).toBeGreaterThan(viewport.width - 40);
    expect(box.y + box.height).toBeGreaterThan(viewport.height - 40);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await launcher.click();
    await expect(launcher).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('toolbar', { name: 'Accessibility toolbar' })).toBeVisible();
    await expect(page.getByRole('toolbar').getByRole('button', { name: /^Help/ })).toBeVisible();
    expect(await axeWidget(page)).toEqual([]);
  });
});

test.describe('phones (360 px wide)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const care of [false, true]) {
    test(`every control is at least 44 × 44 px and shows its whole label${care ? ', in care mode' : ''}`, async ({ page }) => {
      await openPage(page, '/demo/english.html');
      await page.evaluate((on) => (window as unknown as { wza: { set(p: object): void } }).wza.set({ toolbar: true, care: on }), care);
      const buttons = page.getByRole('toolbar').getByRole('button');
      await expect(buttons.first()).toBeVisible();
      const sizes = await buttons.evaluateAll((els) =>
        els.map((b) => ({
          name: b.textContent?.trim(),
          w: b.getBoundingClientRect().width,
          h: b.getBoundingClientRect().height,
          overflow: b.scrollWidth > b.clientWidth + 1,
        })),
      );
      expect(sizes.length).toBeGreaterThan(10);
      for (const s of sizes) {
        expect(s.w, s.name).toBeGreaterThanOrEqual(44);
        expect(s.h, s.name).toBeGreaterThanOrEqual(44);
        expect(s.overflow, s.name).toBe(false);
      }
      // the bar takes at most a fifth of the screen: the page stays usable
      expect((await page.locator('wza-toolbar').boundingBox())!.height).toBeLessThan(740 / 5);
      // the last control can be reached (the row scrolls)
      await buttons.last().scrollIntoViewIfNeeded();
      await expect(buttons.last()).toBeInViewport();
    });
  }
});
