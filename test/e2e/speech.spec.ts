// 声音, 指读, 连读, 停止, 语速 end to end, with a recording fake of speechSynthesis
// installed before the page's scripts run.
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, finishUtterance, highlighted, spoken } from './fake-speech.js';
import { openPage, openToolbar, toolbar } from './helpers.js';

const TITLE = '赣州蓉江新区党工委(扩大)会议召开 许伟代表区党工委作工作报告和讲话';
const LAST_SENTENCE = '大会在雄壮的《国际歌》声中圆满结束。';
const NEVER_READ = ['首页', '新区概况', '您当前所在位置', '发布时间', '打印本页', '主办', '网站标识码', '学习贯彻党的二十大精神专题'];

const button = (page: Page, name: RegExp) => toolbar(page).getByRole('button', { name });

async function waitForSpokenCount(page: Page, n: number) {
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(n);
}

/** Collects page errors: speech must never throw into the page. */
function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('连读 (continuous reading) with a fake speechSynthesis', () => {
  test('reads the demo article from its title to its last sentence, in short utterances, never nav or footer', async ({ page }) => {
    const errors = trackErrors(page);
    await fakeSpeech(page);
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    await expect(button(page, /^声音/)).toHaveAttribute('aria-pressed', 'false');
    await button(page, /^连读/).click();
    // 连读 turns 声音 on.
    await expect(button(page, /^声音/)).toHaveAttribute('aria-pressed', 'true');
    // The reader loads on the first 连读 (its own part): wait for the last sentence, then 连读 is back.
    await expect.poll(async () => (await spoken(page)).at(-1)?.text, { timeout: 15_000 }).toBe(LAST_SENTENCE);
    await expect(button(page, /^连读/)).toBeVisible();
    const log = await spoken(page);
    expect(log[0]!.text).toBe(TITLE);
    expect(log.at(-1)!.text).toBe(LAST_SENTENCE);
    for (const u of log) {
      expect(u.text.length).toBeLessThanOrEqual(40);
      expect(u.voice).toBe('Chinese (Mandarin)'); // the `cmn` voice serves a zh-CN page
      for (const bad of NEVER_READ) expect(u.text).not.toContain(bad);
    }
    // The spoken pieces cover the whole body, in document order.
    const body = await page.locator('#zoom').evaluate((el) => el.textContent!.replace(/\s+/g, ''));
    expect(
      log
        .slice(1)
        .map((u) => u.text.replace(/\s+/g, ''))
        .join(''),
    ).toBe(body);
    expect(await highlighted(page)).toBeNull(); // highlight gone when reading ends
    expect(errors).toEqual([]);
  });

  test('highlights the sentence being read (whole sentence, across inline elements) without touching the DOM', async ({ page }) => {
    await fakeSpeech(page, { auto: false });
    await openPage(page, '/test/pages/speech.html');
    const before = await page.locator('body').innerHTML();
    await page.evaluate(() => (window as unknown as { wza: { open(): void } }).wza.open());
    await button(page, /^连读/).click();
    await expect.poll(() => highlighted(page)).toBe('关于开展2024年度政务公开工作检查的通知');
    expect((await spoken(page))[0]!.text).toBe('关于开展2024年度政务公开工作检查的通知');
    await finishUtterance(page);
    await expect.poll(() => highlighted(page)).toBe('各区县人民政府，市政府各部门：');
    await finishUtterance(page);
    // A sentence with a link inside: the highlight spans the <a>; utterances are ≤ 40 characters.
    const sentence =
      '为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步提升全市政务公开工作水平，经市政府同意，决定开展2024年度政务公开工作检查。';
    await expect.poll(() => highlighted(page)).toBe(sentence);
    const pieces: string[] = [];
    for (let i = 0; i < 4 && pieces.join('') !== sentence; i++) {
      await waitForSpokenCount(page, 3 + i);
      pieces.push((await spoken(page))[2 + i]!.text);
      expect(await highlighted(page)).toBe(sentence);
      await finishUtterance(page);
    }
    expect(pieces.join('')).toBe(sentence);
    expect(pieces.length).toBeGreaterThan(1);
    // Across <font>: the next sentence's highlight covers text inside and after it.
    await expect
      .poll(() => highlighted(page))
      .toBe('检查内容包括主动公开、依申请公开、政策解读和政务新媒体管理等方面，请各单位高度重视，认真做好自查工作。');
    expect(await page.locator('body').innerHTML()).toBe(before);
  });

  test('keeps the sentence being read in view, below the toolbar', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await fakeSpeech(page, { auto: false });
    await openPage(page, '/demo/index.html');
    await openToolbar(page);
    await button(page, /^连读/).click();
    await waitForSpokenCount(page, 1);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // Read on until the sentence near the end of the article.
    for (let i = 0; i < 80 && !(await highlighted(page))?.startsWith('会议号召'); i++) {
      const n = (await spoken(page)).length;
      await finishUtterance(page);
      await waitForSpokenCount(page, n + 1);
    }
    expect(await highlighted(page)).toMatch(/^会议号召/);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const range = [...(CSS.highlights.get('wza-reading') as unknown as Iterable<Range>)][0]!;
          const r = range.getBoundingClientRect();
          const bar = document.querySelector('wza-toolbar')!.getBoundingClientRect();
          return r.top >= bar.bottom && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test('暂停 / 继续 / 停止, and 语速 applies from the next utterance', async ({ page }) => {
    await fakeSpeech(page, { auto: false });
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await button(page, /^连读/).click();
    await waitForSpokenCount(page, 1);
    expect((await spoken(page))[0]!.rate).toBe(1);
    // 语速 → 快 while the title is being read: the next utterance is faster.
    await toolbar(page).getByRole('button', { name: /^语速/ }).click();
    await page.getByRole('menuitemradio', { name: '快' }).click();
    await finishUtterance(page);
    await waitForSpokenCount(page, 2);
    expect((await spoken(page))[1]!.rate).toBeGreaterThan(1);
    // 暂停: speech is cancelled, the button says 继续, nothing more is spoken.
    await button(page, /^暂停/).click();
    await expect(button(page, /^继续/)).toBeVisible();
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
    const count = (await spoken(page)).length;
    // 继续 says the interrupted utterance again.
    await button(page, /^继续/).click();
    await expect(button(page, /^暂停/)).toBeVisible();
    await waitForSpokenCount(page, count + 1);
    expect((await spoken(page)).at(-1)!.text).toBe('各区县人民政府，市政府各部门：');
    // Alt+S cycles the rate: 快 → 慢.
    await page.keyboard.press('Alt+KeyS');
    await expect(toolbar(page).getByRole('button', { name: /^语速/ })).toContainText('慢');
    await finishUtterance(page);
    await waitForSpokenCount(page, count + 2);
    expect((await spoken(page)).at(-1)!.rate).toBeLessThan(1);
    // 停止: everything stops, the highlight goes, 连读 is back.
    await button(page, /^停止/).click();
    await expect(button(page, /^连读/)).toBeVisible();
    expect(await highlighted(page)).toBeNull();
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  });

  test('clicking a sentence while reading jumps there, and the click still does what it does', async ({ page }) => {
    await fakeSpeech(page, { auto: false });
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await button(page, /^连读/).click();
    await waitForSpokenCount(page, 1);
    const prevented = page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          document.addEventListener('click', (e) => setTimeout(() => resolve(e.defaultPrevented)), { once: true }),
        ),
    );
    await page.getByText('各单位请于6月30日前').click();
    expect(await prevented).toBe(false);
    await expect.poll(async () => (await spoken(page)).at(-1)!.text).toBe('各单位请于6月30日前将自查报告报送市政府办公室。');
    await expect.poll(() => highlighted(page)).toBe('各单位请于6月30日前将自查报告报送市政府办公室。');
    // A link in the article still works while reading.
    await page.getByRole('link', { name: '《中华人民共和国政府信息公开条例》' }).click();
    await expect(page).toHaveURL(/#law$/);
  });

  test('重置 and 声音 off stop reading completely', async ({ page }) => {
    await fakeSpeech(page, { auto: false });
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await button(page, /^连读/).click();
    await expect.poll(() => highlighted(page)).not.toBeNull();
    await button(page, /^重置/).click();
    await expect(button(page, /^连读/)).toBeVisible();
    await expect(button(page, /^声音/)).toHaveAttribute('aria-pressed', 'false');
    expect(await highlighted(page)).toBeNull();
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
    expect(
      await page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('highlight')))),
    ).toBe(false);

    await button(page, /^连读/).click();
    await expect.poll(() => highlighted(page)).not.toBeNull();
    await button(page, /^声音/).click();
    await expect(button(page, /^连读/)).toBeVisible();
    expect(await highlighted(page)).toBeNull();
    expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  });

  test('reads the new article after single-page navigation replaced it', async ({ page }) => {
    await fakeSpeech(page);
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await button(page, /^连读/).click();
    // Reading has started (the reader's part has loaded) and ended: 连读 is back.
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
    await expect(button(page, /^连读/)).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => {
      const title = document.getElementById('title')!;
      title.textContent = '第二篇文章';
      const old = document.querySelector('.TRS_Editor')!;
      const fresh = document.createElement('div');
      fresh.className = 'TRS_Editor';
      const p = document.createElement('p');
      p.textContent = '这是新文章的正文。';
      fresh.append(p);
      old.replaceWith(fresh);
    });
    const before = (await spoken(page)).length;
    await button(page, /^连读/).click();
    await expect(button(page, /^连读/)).toBeVisible({ timeout: 15_000 });
    await expect.poll(async () => (await spoken(page)).slice(before).map((u) => u.text)).toEqual(['第二篇文章', '这是新文章的正文。']);
  });

  test('reads an English page with an English voice', async ({ page }) => {
    await fakeSpeech(page);
    await openPage(page, '/demo/english.html');
    await openToolbar(page);
    await button(page, /^Read aloud/).click();
    await expect
      .poll(async () => (await spoken(page)).at(-1)?.text)
      .toBe('Residents can comment on the timetable until the end of the month, online or at any library.');
    const log = await spoken(page);
    expect(log[0]!.text).toBe('Council approves new bus routes for the eastern districts');
    expect(log.every((u) => u.voice === 'English (America)')).toBe(true);
    expect(log.filter((u) => /Home|Accessibility statement|City of Example/.test(u.text))).toEqual([]);
  });
});

test.describe('声音 and shortcuts', () => {
  test('Alt+X reads with the toolbar closed (the reading code loads on first use), under a strict CSP', async ({ page }) => {
    const errors = trackErrors(page);
    await fakeSpeech(page, { auto: false });
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.defineProperty(window, '__violations', { value: violations });
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await openPage(page, '/test/pages/speech-csp.html');
    await page.keyboard.press('Alt+KeyX');
    await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toEqual(['天气预报']);
    await expect.poll(() => highlighted(page)).toBe('天气预报');
    await finishUtterance(page);
    await expect.poll(() => highlighted(page)).toBe('今天晴。');
    await page.keyboard.press('Alt+KeyX'); // pause
    await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('Alt+V turns 声音 on and announcements are spoken; Alt+P turns on 指读; Alt+X starts reading', async ({ page }) => {
    await fakeSpeech(page);
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await page.keyboard.press('Alt+KeyV');
    await expect(button(page, /^声音/)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toContain('声音已打开');
    await page.keyboard.press('Alt+KeyP');
    await expect(button(page, /^指读/)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toContain('指读已打开');
    await page.keyboard.press('Alt+KeyX');
    await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toContain('各单位请于6月30日前将自查报告报送市政府办公室。');
    // Alt+V off: 声音 and 指读 off.
    await page.keyboard.press('Alt+KeyV');
    await expect(button(page, /^声音/)).toHaveAttribute('aria-pressed', 'false');
    await expect(button(page, /^指读/)).toHaveAttribute('aria-pressed', 'false');
  });

  test('without a voice for the language and without a service URL, speech controls are disabled and say why', async ({ page }) => {
    const errors = trackErrors(page);
    await fakeSpeech(page, { voices: [{ name: 'English', lang: 'en-US' }] });
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    for (const name of [/^声音/, /^指读/, /^连读/, /^停止/, /^语速/]) {
      const b = button(page, name);
      await expect(b).toHaveAttribute('aria-disabled', 'true');
      await expect(b).toHaveAccessibleDescription('当前浏览器不支持朗读');
    }
    await page.keyboard.press('Alt+KeyX');
    await expect(toolbar(page).locator('..').getByRole('status')).toHaveText('当前浏览器不支持朗读');
    expect(await spoken(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('voices that arrive late (voiceschanged) enable the controls', async ({ page }) => {
    await fakeSpeech(page, { voicesLater: true });
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await expect(button(page, /^连读/)).toHaveAttribute('aria-disabled', 'true');
    await page.evaluate(() => (window as unknown as { __tts: { loadVoices(): void } }).__tts.loadVoices());
    await expect(button(page, /^连读/)).not.toHaveAttribute('aria-disabled', 'true');
    await button(page, /^连读/).click();
    await expect.poll(async () => (await spoken(page))[0]?.text).toBe('关于开展2024年度政务公开工作检查的通知');
  });

  test('a failing engine shows (and tries to say) a message; the toolbar stays usable; nothing throws', async ({ page }) => {
    const errors = trackErrors(page);
    await fakeSpeech(page, { failWith: 'synthesis-failed' });
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await button(page, /^连读/).click();
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('朗读出错，请稍后再试');
    await expect(button(page, /^连读/)).toBeVisible();
    await button(page, /^语速/).click();
    await expect(page.getByRole('menuitemradio', { name: '慢' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('sound persisted from an earlier page: before the user interacts, nothing is spoken and one prompt says to click', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await fakeSpeech(page, { requireActivation: true });
    await page.addInitScript(() =>
      localStorage.setItem('wza:settings:v1', JSON.stringify({ sound: true, pointReading: true, toolbar: false })),
    );
    await openPage(page, '/test/pages/speech.html');
    const blocked = () => page.evaluate(() => (window as unknown as { __tts: { blocked(): number } }).__tts.blocked());
    await page.getByRole('link', { name: '首页' }).first().hover();
    await expect.poll(blocked).toBeGreaterThan(0);
    await page.locator('#go').hover();
    await expect.poll(blocked).toBeGreaterThan(1);
    expect(await spoken(page)).toEqual([]);
    await page.evaluate(() => (window as unknown as { wza: { open(): void } }).wza.open());
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('请点击页面任意位置开始朗读');
    // After a click, 指读 speaks.
    await page.locator('h2').click();
    await page.getByRole('link', { name: '新闻中心' }).hover();
    await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toContain('链接 新闻中心');
    expect(errors).toEqual([]);
  });
});

test.describe('指读 (point reading)', () => {
  test('speaks links, images, buttons, inputs and headings with their kind; clicks keep working', async ({ page }) => {
    await fakeSpeech(page);
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await button(page, /^指读/).click();
    await expect(button(page, /^声音/)).toHaveAttribute('aria-pressed', 'true');
    const last = async () => (await spoken(page)).at(-1)?.text;
    await page.getByRole('link', { name: '新闻中心' }).hover();
    await expect.poll(last).toBe('链接 新闻中心');
    await page.getByRole('img', { name: '检查工作部署会现场' }).hover();
    await expect.poll(last).toBe('图片 检查工作部署会现场');
    await page.locator('#go').hover();
    await expect.poll(last).toBe('按钮 搜索');
    await page.locator('h2').hover();
    await expect.poll(last).toBe('二级标题 关于开展2024年度政务公开工作检查的通知');
    await page.locator('#q').focus();
    await expect.poll(last).toBe('输入框 站内搜索');
    // Keyboard focus: Tab from the heading reaches the link in the article.
    await page.locator('h2').click();
    await page.keyboard.press('Tab');
    await expect.poll(last).toBe('链接 《中华人民共和国政府信息公开条例》');
    // The link still navigates: 指读 never prevents a click.
    await page.getByRole('link', { name: '新闻中心' }).click();
    await expect(page).toHaveURL(/#news$/);
  });

  test('moving on cancels what the previous element was saying', async ({ page }) => {
    await fakeSpeech(page, { auto: false });
    await openPage(page, '/test/pages/speech.html');
    await openToolbar(page);
    await button(page, /^指读/).click();
    await page.getByRole('link', { name: '新闻中心' }).hover();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __tts: { current(): string | null } }).__tts.current()))
      .toBe('链接 新闻中心');
    const cancels = await page.evaluate(() => (window as unknown as { __tts: { cancels(): number } }).__tts.cancels());
    await page.mouse.move(5, 700);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __tts: { cancels(): number } }).__tts.cancels()))
      .toBeGreaterThan(cancels);
  });
});

test.describe('remote speech service (data-tts-url)', () => {
  test('without a voice, reading goes through the service: one audio request per utterance, template filled in', async ({ page }) => {
    await fakeSpeech(page, { voices: [] });
    const requests: URL[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/tts') requests.push(url);
    });
    await openPage(page, '/test/pages/speech-remote.html');
    await openToolbar(page);
    await expect(button(page, /^连读/)).not.toHaveAttribute('aria-disabled', 'true');
    await button(page, /^连读/).click();
    await expect
      .poll(() => requests.map((u) => u.searchParams.get('text')), { timeout: 15_000 })
      .toEqual(['天气预报', '今天晴。', '明天多云。']);
    expect(requests[0]!.searchParams.get('lang')).toBe('zh-CN');
    expect(requests[0]!.searchParams.get('rate')).toBe('1');
    await expect(button(page, /^连读/)).toBeVisible();
  });

  test('a network error gives a visible message and a usable toolbar', async ({ page }) => {
    const errors = trackErrors(page);
    await fakeSpeech(page, { voices: [] });
    await page.route('**/tts?**', (route) => route.abort('failed'));
    await openPage(page, '/test/pages/speech-remote.html');
    await openToolbar(page);
    await button(page, /^连读/).click();
    await expect(page.locator('wza-toolbar').getByRole('status')).toHaveText('朗读出错，请稍后再试');
    await expect(button(page, /^连读/)).toBeVisible();
    expect(errors).toEqual([]);
  });
});
