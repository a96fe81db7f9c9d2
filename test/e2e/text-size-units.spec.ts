// Issue 9: text size gives the same visible step whatever unit the page sets its fonts in:
// rem, nested em, %, vw, clamp(), calc(), keywords, and on ::before text too.
import { expect, test, type Page } from '@playwright/test';
import { openPage, openToolbar, toolbar } from './helpers.js';
import { frames } from './page-helpers.js';

const IDS = ['t', 'rem', 'em1', 'em2', 'em3', 'pct1', 'pct2', 'vw', 'clamp', 'calc', 'kw', 'kw2', 'before2'];

function sizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate((ids) => {
    const out: Record<string, number> = {};
    for (const id of ids) {
      const el = document.getElementById(id)!;
      out[id] = parseFloat(getComputedStyle(el, id.startsWith('before') ? '::before' : null).fontSize);
    }
    return out;
  }, IDS);
}

test('every unit scales by the chosen step, no doubling on nested em or %, no zero change on vw', async ({ page }) => {
  await openPage(page, '/test/pages/font-units.html');
  const original = await sizes(page);
  await openToolbar(page);
  const larger = toolbar(page).getByRole('button', { name: /^文字放大/ });
  for (const [clicks, factor] of [
    [2, 1.5],
    [2, 2],
  ] as const) {
    for (let i = 0; i < clicks; i++) await larger.click();
    await frames(page);
    const now = await sizes(page);
    for (const id of IDS) expect.soft(now[id], `${id}: ${original[id]}px × ${factor}`).toBeCloseTo(original[id]! * factor, 0);
  }
});
