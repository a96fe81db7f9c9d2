// One cancellation path for 连读: 退出, a new reading and leaving the page each end
// the reading like 停止 does: nothing more is spoken, no highlight stays.
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, finishUtterance, highlighted, spoken } from './fake-speech.js';
import { openPage, openToolbar, toolbar } from './helpers.js';

const TITLE = '关于开展2024年度政务公开工作检查的通知';
const button = (page: Page, name: RegExp) => toolbar(page).getByRole('button', { name });
const speaking = (page: Page) => page.evaluate(() => speechSynthesis.speaking);

async function startReading(page: Page) {
  await fakeSpeech(page, { auto: false });
  await openPage(page, '/test/pages/speech.html');
  await openToolbar(page);
  await button(page, /^连读/).click();
  await expect.poll(() => highlighted(page)).not.toBeNull();
}

test('退出 while reading stops speech and leaves no highlight', async ({ page }) => {
  await startReading(page);
  await button(page, /^退出/).click();
  await expect(toolbar(page)).toHaveCount(0);
  expect(await highlighted(page)).toBeNull();
  expect(await speaking(page)).toBe(false);
  const count = (await spoken(page)).length;
  await finishUtterance(page);
  expect((await spoken(page)).length).toBe(count);
});

test('leaving the page (pagehide) stops speech and leaves no highlight', async ({ page }) => {
  await startReading(page);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect(button(page, /^连读/)).toBeVisible();
  expect(await highlighted(page)).toBeNull();
  expect(await speaking(page)).toBe(false);
});

test('a new reading ends the one before: the old one never speaks again', async ({ page }) => {
  await startReading(page);
  await finishUtterance(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  await button(page, /^停止/).click();
  await button(page, /^连读/).click();
  // The new reading starts from the title, and one utterance ending moves one reading one step on.
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(TITLE);
  await expect.poll(() => highlighted(page)).toBe(TITLE);
  const count = (await spoken(page)).length;
  await finishUtterance(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(count + 1);
  expect((await spoken(page)).at(-1)!.text).toBe('各区县人民政府，市政府各部门：');
  // 停止 right after 连读, before the reading could begin: nothing starts.
  await button(page, /^停止/).click();
  expect(await highlighted(page)).toBeNull();
  const before = (await spoken(page)).length;
  await page.keyboard.press('Alt+KeyX');
  await button(page, /^停止/).click();
  await expect(button(page, /^连读/)).toBeVisible();
  expect(await highlighted(page)).toBeNull();
  expect(await speaking(page)).toBe(false);
  expect((await spoken(page)).length).toBeLessThanOrEqual(before + 1);
});
