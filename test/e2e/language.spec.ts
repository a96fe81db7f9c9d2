// The page's language, decided from the page: its `lang` when the text agrees, else the text's own;
// `data-lang` always wins. The UI names, 连读's utterances (recorded by the fake speechSynthesis, whose
// voices are en-US and cmn) and the 纯文本 view all follow it; each utterance carries its text's language.
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, spoken, type Spoken } from './fake-speech.js';
import { openPage } from './helpers.js';

const CHINESE_UI = { care: /^关怀版/, toolbar: /^无障碍$/ };
const ENGLISH_UI = { care: /^Care mode/, toolbar: /^Accessibility$/ };
const MANDARIN = 'Chinese (Mandarin)';
const ENGLISH = 'English (America)';

type Api = { wza: { set(p: object): void; config: { lang: string; pageLang: string } } };

async function expectUi(page: Page, ui: typeof CHINESE_UI) {
  await expect(page.getByRole('button', { name: ui.care })).toBeVisible();
  await expect(page.getByRole('button', { name: ui.toolbar })).toBeVisible();
}

/** Reads the article aloud (through the toolbar's 连读) until `last` has been spoken; returns every utterance. */
async function readAll(page: Page, last: string): Promise<Spoken[]> {
  await page.evaluate(() => (window as unknown as Api).wza.set({ toolbar: true }));
  const toolbar = page.getByRole('toolbar');
  await toolbar.getByRole('button', { name: /^(连读|Read aloud)/ }).click();
  await expect.poll(async () => (await spoken(page)).some((u) => u.text.includes(last)), { timeout: 15_000 }).toBe(true);
  return spoken(page);
}

const utterance = (log: Spoken[], text: string) => {
  const u = log.find((x) => x.text.includes(text));
  expect(u, `an utterance with "${text}"`).toBeTruthy();
  return u!;
};

for (const [path, what] of [
  ['/test/pages/lang-en-on-chinese.html', 'lang="en" on a Chinese page'],
  ['/test/pages/lang-zh_CN.html', 'lang="zh_CN"'],
  ['/test/pages/lang-none.html', 'no lang, loaded by a plain script in <head>'],
] as const) {
  test(`${what}: Chinese UI, the article read with the Chinese voice, 纯文本 in zh-CN`, async ({ page }) => {
    await fakeSpeech(page);
    await openPage(page, path);
    await expectUi(page, CHINESE_UI);
    expect(await page.evaluate(() => (window as unknown as Api).wza.config.pageLang)).toBe('zh-CN');
    const log = await readAll(page, '确保各项改革举措落地见效');
    expect(log[0]!.text).toBe('市政府召开全市优化营商环境工作推进会');
    expect(log.length).toBeGreaterThan(4);
    for (const u of log) expect([u.text, u.voice, u.lang]).toEqual([u.text, MANDARIN, 'cmn']);
    // "2024" alone cannot tell its language: it is read in the page's.
    expect(utterance(log, '2024').voice).toBe(MANDARIN);
    await page.evaluate(() => (window as unknown as Api).wza.set({ textOnly: true }));
    await expect(page.locator('wza-reader')).toHaveAttribute('lang', 'zh-CN');
  });
}

test('lang="zh-CN" on an English page: English UI, the article read with the English voice', async ({ page }) => {
  await fakeSpeech(page);
  await openPage(page, '/test/pages/lang-zh-on-english.html');
  await expectUi(page, ENGLISH_UI);
  const log = await readAll(page, 'closer coordination');
  expect(log[0]!.text).toBe('City Holds Meeting on the Business Environment');
  for (const u of log) expect([u.text, u.voice]).toEqual([u.text, ENGLISH]);
  // English rules cut the utterances (at sentence ends, up to 160 characters), not the Chinese 40.
  expect(utterance(log, 'Officials were asked').text).toBe(
    'Officials were asked to put the needs of companies and residents first, and to make all government services available online.',
  );
  await page.evaluate(() => (window as unknown as Api).wza.set({ textOnly: true }));
  await expect(page.locator('wza-reader')).toHaveAttribute('lang', 'en');
});

test('data-lang="en" wins over the page: English UI and English announcements; the Chinese article is still read in Chinese', async ({
  page,
}) => {
  await fakeSpeech(page);
  await openPage(page, '/test/pages/lang-data-lang.html');
  await expectUi(page, ENGLISH_UI);
  expect(await page.evaluate(() => (window as unknown as Api).wza.config)).toMatchObject({ lang: 'en', pageLang: 'en' });
  await page.evaluate(() => (window as unknown as Api).wza.set({ toolbar: true, sound: true }));
  await page
    .getByRole('toolbar')
    .getByRole('button', { name: /^Larger text/ })
    .click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  expect((await spoken(page))[0]!.voice).toBe(ENGLISH);
  const log = (await readAll(page, '确保各项改革举措落地见效')).filter((u) => /[\u4e00-\u9fff]/.test(u.text));
  expect(log.length).toBeGreaterThan(3);
  for (const u of log) expect([u.text, u.voice]).toEqual([u.text, MANDARIN]);
});

test('each utterance carries the language of its text; an element’s own lang counts only when its text agrees', async ({ page }) => {
  await fakeSpeech(page);
  await openPage(page, '/test/pages/lang-mixed.html');
  await expectUi(page, CHINESE_UI);
  const log = await readAll(page, '活动在热烈友好');
  expect(utterance(log, '我市举办国际友好城市交流活动').voice).toBe(MANDARIN);
  expect(utterance(log, '6月5日').voice).toBe(MANDARIN);
  // An English paragraph without a lang of its own, in a Chinese article: English.
  expect(utterance(log, 'The delegates visited').voice).toBe(ENGLISH);
  // lang="en" on a Chinese paragraph: its text wins.
  expect(utterance(log, '代表们还参观了').voice).toBe(MANDARIN);
  // lang="en-GB" on an English paragraph: agreed, English.
  expect(utterance(log, 'The mayor thanked').voice).toBe(ENGLISH);
  expect(utterance(log, '活动在热烈友好').voice).toBe(MANDARIN);
});

test('指读 says an English link on a Chinese page in English, and a Chinese one on an English page in Chinese', async ({ page }) => {
  await fakeSpeech(page);
  await openPage(page, '/test/pages/lang-zh-on-english.html');
  await page.evaluate(() => (window as unknown as Api).wza.set({ sound: true, pointReading: true }));
  // 指读 needs the lazily loaded UI code; wait until it answers a pointing.
  const link = page.locator('.nav a', { hasText: 'Services' });
  await expect(async () => {
    await page.mouse.move(0, 0);
    await link.hover();
    expect((await spoken(page)).some((u) => u.text.includes('Services'))).toBe(true);
  }).toPass({ timeout: 10_000 });
  expect(utterance(await spoken(page), 'Services').voice).toBe(ENGLISH);
  await page.locator('.nav a', { hasText: '中文' }).hover();
  await expect.poll(async () => (await spoken(page)).some((u) => u.text.includes('中文'))).toBe(true);
  expect(utterance(await spoken(page), '中文').voice).toBe(MANDARIN);
});
