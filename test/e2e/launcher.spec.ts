// data-launcher="none" (issue 12): no floating launcher; the site's own triggers, Alt+A and the JS API only.
import { expect, test, type Page } from '@playwright/test';
import { axeWidget, toolbar } from './helpers.js';

type Api = { wza: { open(): void; close(): void; settings: { toolbar: boolean } } };

async function openHtml(page: Page, script: string, body = '<h1>标题</h1><div id="zoom"><p>第一段文字。</p></div>') {
  await page.route('**/launcher-test.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>${body}${script}</body></html>`,
    }),
  );
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/launcher-test.html');
  await page.waitForFunction(() => 'wza' in window && document.readyState === 'complete');
  return { warnings, errors };
}

test('data-launcher="none" shows no launcher; Alt+A and the JS API open and close the toolbar, focus goes back', async ({ page }) => {
  const { warnings, errors } = await openHtml(
    page,
    '<button id="before">页面按钮</button><script src="/dist/wza.js" defer data-launcher="none"></script>',
  );
  await expect(page.locator('wza-launcher')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(无障碍|关怀版)$/ })).toHaveCount(0);

  await page.locator('#before').focus();
  await page.keyboard.press('Alt+KeyA');
  await expect(toolbar(page)).toBeVisible();
  await expect(toolbar(page).getByRole('button').first()).toBeFocused();
  expect(await axeWidget(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(toolbar(page)).toHaveCount(0);
  await expect(page.locator('#before')).toBeFocused();

  await page.evaluate(() => (window as unknown as Api).wza.open());
  await expect(toolbar(page)).toBeVisible();
  await page.evaluate(() => (window as unknown as Api).wza.close());
  await expect(toolbar(page)).toHaveCount(0);
  await expect(page.locator('wza-launcher')).toHaveCount(0);
  expect(warnings).toEqual([]);
  expect(errors).toEqual([]);
});

test('data-launcher="none" with only a 无障碍 trigger of the site\'s: no 关怀版 launcher button either, the trigger works', async ({
  page,
}) => {
  // Without data-launcher="none" the launcher would show its 关怀版 button here: the page has no trigger for it.
  await openHtml(
    page,
    '<script src="/dist/wza.js" defer data-launcher="none"></script>',
    '<a href="#" data-wza-trigger="toolbar">无障碍</a><div id="zoom"><p>第一段文字。</p></div>',
  );
  await expect(page.locator('wza-launcher')).toHaveCount(0);
  await page.getByRole('link', { name: '无障碍' }).click();
  await expect(toolbar(page)).toBeVisible();
  await page.getByRole('link', { name: '无障碍' }).click();
  await expect(toolbar(page)).toHaveCount(0);
});

test('a bad data-launcher value warns once, naming the accepted values, and the launcher shows as usual', async ({ page }) => {
  const { warnings } = await openHtml(page, '<script src="/dist/wza.js" defer data-launcher="hidden"></script>');
  await expect(page.getByRole('button', { name: /^无障碍$/ })).toBeVisible();
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/data-launcher="hidden".*"auto", "none"/);
});
