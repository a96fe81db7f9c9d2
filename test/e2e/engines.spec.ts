// Smoke test per engine (issue 11): the built dist/wza.js on a test page, as a user
// meets it, in Chromium, Firefox ESR and WebKitGTK. One scenario clicks every
// toolbar control with the real pointer (and a few keys), checks what a user would
// see or hear, that 重置 and 退出 give the page back exactly, and that nothing
// threw or complained on the console.
//
// The browsers are driven through test/engines/drivers.ts (puppeteer-core for
// Chromium and Firefox, WebDriver for WebKit), not Playwright's own (which cannot
// drive Debian's Firefox or WebKit). Classic WebDriver cannot add a script before
// the page's own, so a small server injects one into every HTML page it serves,
// for all three engines alike: an error/console recorder and the recording fake
// speechSynthesis of fake-speech.ts.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
// @ts-expect-error plain ESM module (the demo server), no types
import { handle } from '../../demo/server.mjs';
// @ts-expect-error plain ESM helper shared with the test runner config
import { engines } from '../browsers.mjs';
import { openDriver, type Driver, type EngineName } from '../engines/drivers.js';
import { fakeSpeech, type Spoken } from './fake-speech.js';
import { differences, frames, fullSnapshot } from './page-helpers.js';

// A slow shared machine runs three browsers: give each poll time.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Waits for a condition, checking often: each check is one round trip to the browser. */
const poll = <T>(fn: () => Promise<T>, options: { message?: string } = {}) =>
  expect.poll(fn, { intervals: [10, 20, 50, 100, 250], ...options });

const PAGE = '/test/pages/legacy-table.html';
const ROOT = new URL('../../', import.meta.url);

/** Runs in the page before its own scripts: every uncaught error, failed load, console.error and console.warn. */
function recordProblems() {
  const problems: string[] = [];
  const text = (v: unknown) => {
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    try {
      return typeof v === 'string' ? v : JSON.stringify(v);
    } catch {
      return String(v);
    }
  };
  addEventListener(
    'error',
    (e) => {
      const target = e.target as { localName?: string; src?: string; href?: string } | null;
      if (target && target !== (window as unknown) && target.localName) {
        problems.push(`failed to load <${target.localName}> ${target.src ?? target.href ?? ''}`);
      } else problems.push(`uncaught ${text(e.error ?? e.message)}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection ${text(e.reason)}`));
  for (const level of ['error', 'warn'] as const) {
    const original = console[level];
    console[level] = function (...args: unknown[]) {
      problems.push(`console.${level} ${args.map(text).join(' ')}`);
      return original.apply(this, args);
    };
  }
  Object.defineProperty(window, '__problems', { value: problems });
}

/** The page-side script fakeSpeech() would give Playwright's addInitScript, as source text. */
async function fakeSpeechSource(): Promise<string> {
  let source = '';
  const recorder = {
    addInitScript: async (fn: (arg: unknown) => void, arg: unknown) => {
      source = `(${fn.toString()})(${JSON.stringify(arg)});`;
    },
  };
  // Manual mode: the test ends each utterance, so reading can be seen mid-way.
  await fakeSpeech(recorder as unknown as Page, { auto: false });
  return source;
}

let server: Server;
let origin = '';
/** Requests the server could not answer (a missing chunk would show here). */
const failedRequests: string[] = [];

test.beforeAll(async () => {
  const harness = `(${recordProblems.toString()})();\n${await fakeSpeechSource()}`;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.on('finish', () => {
      if (res.statusCode >= 400) failedRequests.push(`${res.statusCode} ${url.pathname}`);
    });
    // Browsers ask for it by themselves; the test pages have none.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (url.pathname === '/__smoke/harness.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(harness);
    }
    if (url.pathname.endsWith('.html') && !url.pathname.includes('..')) {
      let html: string;
      try {
        html = readFileSync(new URL('.' + url.pathname, ROOT), 'utf8');
      } catch {
        return handle(req, res);
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(html.replace(/<head>/i, '<head><script src="/__smoke/harness.js"></script>'));
    }
    return handle(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

// ---- what the scenario reads in the page (each function runs in the browser) ----

interface Box {
  x: number;
  y: number;
  label: string;
  pressed: string | null;
  expanded: string | null;
  disabled: boolean;
}

/** A button or menu item of the widget, found by the start of its visible label, as a user finds it. */
function findWidgetControl({ host, label }: { host: string; label: string }): Box | null {
  const root = document.querySelector(host)?.shadowRoot;
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>('button, [role="menuitemradio"]')) {
    // What it shows: its label, then any value (页面放大 140%).
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text.startsWith(label)) continue;
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    // Only what a click there would reach: shown, and not covered by anything.
    const hit = root.elementFromPoint(x, y);
    if (!hit || !el.contains(hit)) continue;
    return {
      x,
      y,
      label: text,
      pressed: el.getAttribute('aria-pressed') ?? el.getAttribute('aria-checked'),
      expanded: el.getAttribute('aria-expanded'),
      disabled: el.getAttribute('aria-disabled') === 'true',
    };
  }
  return null;
}

/** Centre of an element's first line box, scrolled into view. */
function centreOf(selector: string) {
  const el = document.querySelector(selector)!;
  el.scrollIntoView({ block: 'center' });
  const r = el.getClientRects()[0]!;
  return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
}

function fontPx(selector: string) {
  return parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
}

function coloursOf(selector: string) {
  const cs = getComputedStyle(document.querySelector(selector)!);
  return { color: cs.color, background: getComputedStyle(document.body).backgroundColor };
}

/** Text (and font size) inside one of the widget's own elements, or null when it is not on the page. */
function widgetPart({ host, part }: { host: string; part: string }) {
  const el = document.querySelector(host);
  if (!el) return null;
  const node = part ? el.shadowRoot!.querySelector<HTMLElement>(part) : (el as HTMLElement);
  if (!node) return { text: '', px: 0, top: 0, bottom: 0, height: 0, width: 0 };
  const r = node.getBoundingClientRect();
  return {
    text: (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
    px: parseFloat(getComputedStyle(node).fontSize),
    top: r.top,
    bottom: r.bottom,
    height: r.height,
    width: r.width,
  };
}

function spokenLog(): Spoken[] {
  return (window as unknown as { __tts: { log: Spoken[] } }).__tts.log.slice();
}

function highlightedText() {
  const h = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.get('wza-reading');
  if (!h) return null;
  const [range] = [...h];
  return range ? range.toString().replace(/\s+/g, ' ').trim() : null;
}

// ---- the scenario ----

const TOOLBAR = 'wza-toolbar';
const LAUNCHER = 'wza-launcher';

async function control(d: Driver, label: string, host = TOOLBAR, enabled = false): Promise<Box> {
  let box: Box | null = null;
  await poll(
    async () => {
      box = await d.evaluate(findWidgetControl, { host, label });
      return box !== null && !(enabled && box.disabled);
    },
    { message: `${label} in ${host}${enabled ? ', enabled' : ''}` },
  ).toBe(true);
  return box!;
}

/** Two animation frames: the page and the aids have caught up with the last input. */
const settle = (d: Driver) => frames(d as unknown as Page);
/** One frame: what a click changes a frame later (the room's size) has landed. */
const nextFrame = (d: Driver) => d.evaluate(() => new Promise((r) => requestAnimationFrame(r)));

async function press(d: Driver, label: string, host = TOOLBAR) {
  const box = await control(d, label, host, true);
  await d.click(box.x, box.y);
  // (What follows polls for its outcome; a frame is enough to keep the next control where it was found.)
  await nextFrame(d);
}

const attr = async (d: Driver, label: string, host = TOOLBAR) => (await control(d, label, host)).pressed;
const spoken = (d: Driver) => d.evaluate(spokenLog).then((log) => log.map((s) => s.text));
const finishUtterance = (d: Driver) => d.evaluate(() => (window as unknown as { __tts: { finish(): void } }).__tts.finish());

async function pointAt(d: Driver, selector: string) {
  const at = await d.evaluate(centreOf, selector);
  await d.move(at.x, at.y);
  return at;
}

/** What moves while the page settles: its running transitions, and the room the widget keeps at the top and bottom. */
function settling() {
  const running = document.getAnimations().filter((a) => a instanceof CSSTransition && a.playState === 'running').length;
  const cs = getComputedStyle(document.documentElement);
  return `${running} ${cs.paddingTop} ${cs.paddingBottom}`;
}

/**
 * Before comparing snapshots: a neutral pointer position (page margin, nothing hovered), and the page
 * at rest: the room's size written (a frame later) and the page's own transitions over (legacy-table
 * eases its floating ad's `top` when the room moves it).
 */
const rest = async (d: Driver) => {
  await d.move(4, 300);
  await poll(async () => {
    const before = await d.evaluate(settling);
    await settle(d);
    return before.startsWith('0 ') && before === (await d.evaluate(settling));
  }).toBe(true);
};

async function scenario(d: Driver) {
  const p = d as unknown as Page; // for the evaluate-only e2e helpers
  await d.goto(`${origin}${PAGE}`);
  await poll(() => d.evaluate(() => 'wza' in window && document.readyState === 'complete')).toBe(true);
  await rest(d);
  const pristine = await fullSnapshot(p);
  const BODY = '#zoom p:nth-of-type(4)';
  const bodyPx = await d.evaluate(fontPx, BODY);
  const original = await d.evaluate(coloursOf, BODY);
  const vp = await d.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));

  // 关怀版 from the launcher: large body text; off again.
  await press(d, '关怀版', LAUNCHER);
  await poll(() => attr(d, '关怀版', LAUNCHER)).toBe('true');
  await poll(() => d.evaluate(fontPx, BODY)).toBeGreaterThanOrEqual(20);
  await press(d, '关怀版', LAUNCHER);
  await poll(() => d.evaluate(fontPx, BODY)).toBe(bodyPx);

  // 无障碍 opens the toolbar.
  await press(d, '无障碍', LAUNCHER);
  // (The toolbar is a chunk loaded on first use.)
  await poll(() =>
    d.evaluate(() => document.querySelector('wza-toolbar')?.shadowRoot?.querySelector('[role="toolbar"]')?.getAttribute('aria-label')),
  ).toBe('无障碍工具栏');
  await rest(d);
  const open = await fullSnapshot(p);

  // 声音 on: every action is announced from now on.
  await press(d, '声音');
  await poll(() => attr(d, '声音')).toBe('true');

  // 文字放大 / 文字缩小
  await press(d, '文字放大');
  await poll(() => d.evaluate(fontPx, BODY)).toBeCloseTo(bodyPx * 1.25, 1);
  await poll(() => spoken(d)).toContain('文字已放大到百分之一百二十五');
  await press(d, '文字缩小');
  await poll(() => d.evaluate(fontPx, BODY)).toBeCloseTo(bodyPx, 1);

  // 页面放大 / 页面缩小: the 960 px page layout grows past the viewport, then fits again.
  // (Measured by the scroll width: WebKit's getBoundingClientRect() ignores CSS zoom.)
  const scrollWidth = () => d.evaluate(() => document.documentElement.scrollWidth);
  expect(await scrollWidth()).toBe(vp.width);
  for (let i = 0; i < 4; i++) await press(d, '页面放大');
  await poll(async () => (await control(d, '页面放大')).label).toContain('140');
  await poll(scrollWidth).toBeGreaterThanOrEqual(Math.floor(960 * 1.4));
  for (let i = 0; i < 4; i++) await press(d, '页面缩小');
  await poll(scrollWidth).toBe(vp.width);

  // 配色: each scheme colours the page's background and text.
  const schemes: [string, string, string][] = [
    ['黑底白字', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
    ['黑底黄字', 'rgb(0, 0, 0)', 'rgb(255, 255, 0)'],
    ['蓝底白字', 'rgb(0, 43, 128)', 'rgb(255, 255, 255)'],
    ['黄底黑字', 'rgb(255, 255, 0)', 'rgb(0, 0, 0)'],
  ];
  for (const [name, background, color] of schemes) {
    await press(d, '配色');
    await poll(async () => (await control(d, '配色')).expanded).toBe('true');
    await press(d, name);
    await poll(() => d.evaluate(coloursOf, BODY), { message: name }).toEqual({ background, color });
  }
  await press(d, '配色');
  await press(d, '默认');
  await poll(() => d.evaluate(coloursOf, BODY)).toEqual(original);

  // 大鼠标: a cursor image over the page.
  await press(d, '大鼠标');
  await poll(() => attr(d, '大鼠标')).toBe('true');
  await poll(() => d.evaluate((s) => getComputedStyle(document.querySelector(s)!).cursor, BODY)).toContain('url(');
  await press(d, '大鼠标');
  await poll(() => d.evaluate((s) => getComputedStyle(document.querySelector(s)!).cursor, BODY)).not.toContain('url(');

  // 十字光标: a line through the pointer; Alt+C toggles it from the keyboard.
  await press(d, '十字光标');
  await poll(() => attr(d, '十字光标')).toBe('true');
  const at = await pointAt(d, BODY);
  await poll(async () => {
    const h = await d.evaluate(widgetPart, { host: 'wza-crosshair', part: '.h' });
    return h ? Math.abs((h.top + h.bottom) / 2 - at.y) <= 1.5 && h.width === vp.width : false;
  }).toBe(true);
  await d.press('c', ['Alt']);
  await poll(() => d.evaluate(() => document.querySelector('wza-crosshair') !== null)).toBe(false);
  await d.press('c', ['Alt']);
  await poll(() => d.evaluate(() => document.querySelector('wza-crosshair') !== null)).toBe(true);
  await press(d, '十字光标');
  await poll(() => d.evaluate(() => document.querySelector('wza-crosshair') !== null)).toBe(false);

  // 放大镜: the text under the pointer, large.
  const bodyText = await d.evaluate((s) => document.querySelector(s)!.textContent!.trim(), BODY);
  await press(d, '放大镜');
  await poll(() => attr(d, '放大镜')).toBe('true');
  await pointAt(d, BODY);
  await poll(async () => {
    const panel = await d.evaluate(widgetPart, { host: 'wza-magnifier', part: '.panel' });
    return !!panel && panel.text.length > 0 && bodyText.includes(panel.text.replace(/…/g, '')) && panel.px >= 24;
  }).toBe(true);
  await press(d, '放大镜');
  await poll(() => d.evaluate(() => document.querySelector('wza-magnifier') !== null)).toBe(false);

  // 大字幕: a bar at the bottom with the pointed text in ≥ 32 px.
  await press(d, '大字幕');
  await poll(() => attr(d, '大字幕')).toBe('true');
  await pointAt(d, BODY);
  await poll(async () => {
    const bar = await d.evaluate(widgetPart, { host: 'wza-captions', part: '.text' });
    return !!bar && bar.text.length > 0 && bodyText.includes(bar.text.replace(/…/g, '')) && bar.px >= 32;
  }).toBe(true);
  await poll(async () =>
    Math.abs((await d.evaluate(widgetPart, { host: 'wza-captions', part: '' }))!.bottom - vp.height),
  ).toBeLessThanOrEqual(1);
  await press(d, '大字幕');
  await poll(() => d.evaluate(() => document.querySelector('wza-captions') !== null)).toBe(false);

  // 纯文本: the article alone, in a reading view; off again.
  await press(d, '纯文本');
  await poll(async () => (await d.evaluate(widgetPart, { host: 'wza-reader', part: 'article' }))?.text ?? '').toContain('春节将至');
  await press(d, '纯文本');
  await poll(() => d.evaluate(() => document.querySelector('wza-reader') !== null)).toBe(false);

  // 指读: the pointed text is spoken.
  await press(d, '指读');
  await poll(() => attr(d, '指读')).toBe('true');
  await pointAt(d, '#zoom p:nth-of-type(2)');
  const second = await d.evaluate((s) => document.querySelector(s)!.textContent!.trim(), '#zoom p:nth-of-type(2)');
  await poll(async () => (await spoken(d)).some((t) => second.includes(t) && t.length > 4)).toBe(true);
  await press(d, '指读');
  await poll(() => attr(d, '指读')).toBe('false');

  // 语速: a menu of rates.
  await press(d, '语速');
  await press(d, '快');
  await poll(() => spoken(d)).toContain('语速已调整为快');

  // 连读 → 暂停 → 继续, 停止: the article from its title, sentence by sentence, highlighted.
  const before = (await spoken(d)).length;
  await press(d, '连读');
  await poll(async () => (await spoken(d)).slice(before)).toContain('关于做好2024年春节期间安全生产工作的通知');
  await poll(async () => (await control(d, '暂停')).label).toBe('暂停');
  await poll(() => d.evaluate(highlightedText)).toBe('关于做好2024年春节期间安全生产工作的通知');
  await finishUtterance(d);
  await poll(async () => (await spoken(d)).slice(before)).toContain('各乡镇人民政府，县直各单位：');
  await press(d, '暂停');
  await control(d, '继续');
  await press(d, '继续');
  await control(d, '暂停');
  await press(d, '停止');
  await control(d, '连读');
  await poll(() => d.evaluate(highlightedText)).toBe(null);

  // 帮助 opens the shortcuts; Escape closes it.
  await press(d, '帮助');
  const helpOpen = () => d.evaluate(() => !!document.querySelector('wza-toolbar')?.shadowRoot?.querySelector('section.help'));
  await poll(helpOpen).toBe(true);
  await d.press('Escape');
  await poll(helpOpen).toBe(false);

  // 繁體 (issue 12): the page's text turns traditional once its part has loaded, and back to the very same text.
  const text = () => d.evaluate(() => document.body.innerText);
  const simplified = await text();
  expect(simplified).toContain('发布日期');
  await press(d, '繁體');
  await poll(text).toContain('發佈日期');
  await press(d, '繁體');
  await poll(text).toBe(simplified);

  // 行距 (issue 12): a press gives the article's text more line height than the page's own.
  const lineHeight = () => d.evaluate(() => document.querySelector('p')!.getBoundingClientRect().height);
  const ownLines = await lineHeight();
  await press(d, '行距');
  await poll(lineHeight).toBeGreaterThan(ownLines);

  // Everything on, then 重置: the page is exactly as it was with the toolbar open.
  for (const label of ['文字放大', '页面放大', '大鼠标', '十字光标', '放大镜', '大字幕', '拼音', '指读']) await press(d, label);
  await press(d, '配色');
  await press(d, '黑底黄字');
  await press(d, '纯文本');
  await press(d, '关怀版', LAUNCHER);
  await d.move(400, 400); // the pointer aids do their work (over the text-only view)
  await settle(d);
  expect(differences(open, await fullSnapshot(p)).length, 'everything on changes the page').toBeGreaterThan(0);
  await press(d, '重置');
  await poll(async () => (await control(d, '大鼠标')).pressed).toBe('false');
  await rest(d);
  expect(differences(open, await fullSnapshot(p)), '重置').toEqual([]);

  // Some on again, then 退出: toolbar gone, the page exactly as it was before anything.
  for (const label of ['文字放大', '十字光标', '大字幕']) await press(d, label);
  await press(d, '配色');
  await press(d, '蓝底白字');
  await press(d, '退出');
  await poll(() => d.evaluate(() => document.querySelector('wza-toolbar') !== null)).toBe(false);
  await rest(d);
  expect(differences(pristine, await fullSnapshot(p)), '退出').toEqual([]);

  // Nothing threw, nothing failed to load, nothing complained on the console.
  expect(failedRequests, 'failed requests').toEqual([]);
  expect(await d.evaluate(() => (window as unknown as { __problems: string[] }).__problems.slice()), 'recorded in the page').toEqual([]);
  expect(d.engineErrors(), 'reported by the engine').toEqual([]);
}

for (const engine of engines() as EngineName[]) {
  test(`smoke in ${engine}: every toolbar control on ${PAGE}, no error`, async () => {
    test.setTimeout(180_000);
    const d = await openDriver(engine);
    try {
      test.info().annotations.push({ type: 'browser', description: `${engine} ${d.version}` });
      await scenario(d);
    } finally {
      await d.close();
    }
  });
}
