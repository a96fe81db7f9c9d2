// 放大镜 and 大字幕 on an English page with very long sentences: moved by the real pointer over word after
// word, they show whole words only (never "…d its fifth … and h…"), with the word under the pointer inside.
import { expect, test, type Page } from '@playwright/test';
import { openPage } from './helpers.js';

const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Every word of a paragraph with the centre of its box, in viewport px. */
function wordsOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((p) => {
    const node = p.firstChild as Text;
    const out: { word: string; x: number; y: number }[] = [];
    for (const m of node.data.matchAll(/[A-Za-z]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getClientRects()[0]!;
      out.push({ word: m[0], x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }
    return out;
  });
}

/** The excerpt without its … marks is a stretch of the source that starts and ends on word boundaries. */
function expectWholeWords(source: string, excerpt: string) {
  const core = excerpt.replace(/^…|…$/g, '');
  const at = source.indexOf(core);
  expect(at, `"${excerpt}" is a stretch of the paragraph`).toBeGreaterThanOrEqual(0);
  expect(/[A-Za-z]/.test(source[at - 1] ?? ' ') && /^[A-Za-z]/.test(core), `"${excerpt}" starts inside a word`).toBe(false);
  expect(/[A-Za-z]/.test(source[at + core.length] ?? ' ') && /[A-Za-z]$/.test(core), `"${excerpt}" ends inside a word`).toBe(false);
  // Cut sides are marked.
  expect(excerpt.startsWith('…')).toBe(at > 0);
  expect(excerpt.endsWith('…')).toBe(at + core.length < source.length);
}

test('the magnifier and captions never cut a word of a long English sentence, and show the word under the pointer', async ({ page }) => {
  await openPage(page, '/test/pages/excerpt-en.html');
  await page.evaluate(() => (window as unknown as { wza: { set(p: object): void } }).wza.set({ magnifier: true, captions: true }));
  await expect(page.locator('wza-magnifier')).toHaveCount(1);
  await expect(page.locator('wza-captions')).toHaveCount(1);
  const panel = page.locator('wza-magnifier .panel');
  const caption = page.locator('wza-captions .text');
  for (const selector of ['#long', '#long2']) {
    const source = await page.locator(selector).evaluate((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    const words = await wordsOf(page, selector);
    expect(words.length).toBeGreaterThan(30);
    let cutBothSides = 0;
    for (let i = 0; i < words.length; i += 4) {
      const { word, x, y } = words[i]!;
      await page.mouse.move(x, y);
      await frames(page);
      await expect(panel).toContainText(word);
      for (const shown of [await panel.textContent(), await caption.textContent()]) {
        const text = shown!.trim();
        expect(text.replace(/…/g, '').length).toBeLessThanOrEqual(80);
        expect(new RegExp(`(^|[^A-Za-z])${word}([^A-Za-z]|$)`).test(text), `"${word}" is a whole word of "${text}"`).toBe(true);
        expectWholeWords(source, text);
        if (text.startsWith('…') && text.endsWith('…')) cutBothSides++;
      }
    }
    // The sentences are long enough that the middle words are shown with both sides cut.
    expect(cutBothSides).toBeGreaterThan(0);
  }
});
