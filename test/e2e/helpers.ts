// Shared steps for end-to-end tests: open a page with Wza, find the widget, run axe on it.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens a page and waits until Wza has mounted (window.wza exists and the DOM is ready). */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => 'wza' in window && document.readyState !== 'loading');
}

/** The toolbar, once open (in traditional characters while 繁體 is on with the zh-CN UI). */
export function toolbar(page: Page) {
  return page.getByRole('toolbar', { name: /^(无障碍工具栏|無障礙工具欄|Accessibility toolbar)/ });
}

/** Opens the toolbar through the site's trigger or the launcher, whichever the page has. */
export async function openToolbar(page: Page): Promise<void> {
  const trigger = page.locator('[data-wza-trigger="toolbar"]');
  if (await trigger.count()) await trigger.first().click();
  else await page.getByRole('button', { name: /^(无障碍|Accessibility)$/ }).click();
  await expect(toolbar(page)).toBeVisible();
}

/** axe-core on the widget's own elements only (WCAG 2.2 A/AA); [] when none is on the page. */
export async function axeWidget(page: Page) {
  const tags: string[] = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('wza-'))),
  ]);
  if (tags.length === 0) return [];
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const tag of tags) builder.include(tag);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The page's own DOM, attributes and inline styles, without the widget: for exact-restore checks. */
export async function pageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('*').forEach((el) => {
      if (el.tagName.toLowerCase().startsWith('wza-')) el.remove();
    });
    return clone.outerHTML;
  });
}
