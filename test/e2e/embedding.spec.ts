// SPEC §1: wza.js works however the page includes it, and bad input never breaks the page.
import { expect, test, type Page } from '@playwright/test';
import { openToolbar, toolbar } from './helpers.js';
import { fontSize } from './page-helpers.js';

const ARTICLE = '<h1>标题</h1><div id="zoom"><p>第一段文字。</p></div>';

/** Serves `html` at /embed-test.html (next to the real /dist/wza.js) and opens it. */
async function openHtml(page: Page, head: string, body = ARTICLE) {
  await page.route('**/embed-test.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`,
    }),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/embed-test.html');
  return errors;
}

const launcher = (page: Page) => page.getByRole('button', { name: /^无障碍$/ });

const VARIANTS: Record<string, string> = {
  defer: '<script src="/dist/wza.js" defer></script>',
  async: '<script src="/dist/wza.js" async></script>',
  'plain in <head>, before <body> exists': '<script src="/dist/wza.js"></script>',
  'type="module" (no document.currentScript)': '<script type="module" src="/dist/wza.js"></script>',
  'inserted by another script': `<script src="data:text/javascript,${encodeURIComponent("const s=document.createElement('script');s.src='/dist/wza.js';document.head.append(s);")}"></script>`,
};

for (const [name, head] of Object.entries(VARIANTS)) {
  test(`mounts when loaded ${name}`, async ({ page }) => {
    const errors = await openHtml(page, head);
    await expect(launcher(page)).toBeVisible();
    await openToolbar(page);
    expect(errors).toEqual([]);
  });
}

test('included twice, the second copy does nothing', async ({ page }) => {
  const errors = await openHtml(page, '<script src="/dist/wza.js" defer></script><script src="/dist/wza.js?again" defer></script>');
  await expect(launcher(page)).toHaveCount(1);
  await expect(page.locator('wza-launcher')).toHaveCount(1);
  await openToolbar(page);
  await expect(page.locator('wza-toolbar')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('type="module" still reads its data attributes', async ({ page }) => {
  await openHtml(page, '<script type="module" src="/dist/wza.js" data-position="left-top" data-lang="en"></script>');
  // The launcher's first button (Care mode, since care is registered) sits in the top-left corner.
  const box = (await page.getByRole('button', { name: 'Care mode' }).boundingBox())!;
  expect(box.x).toBeLessThan(40);
  expect(box.y).toBeLessThan(40);
  expect((await page.getByRole('button', { name: 'Accessibility' }).boundingBox())!.x).toBeLessThan(40);
});

test('ignores an AMD loader and adds no global but window.wza, changes no built-in', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const calls: unknown[] = [];
    const define = (...args: unknown[]) => calls.push(args);
    (define as unknown as { amd: object }).amd = {};
    w.define = define;
    w.__defineCalls = calls;
    w.__globalsBefore = [...Object.getOwnPropertyNames(window), '__globalsBefore', '__protosBefore', '__protos'];
    const protos = {
      Array: Array.prototype,
      Object: Object.prototype,
      Element: Element.prototype,
      HTMLElement: HTMLElement.prototype,
      Node: Node.prototype,
      EventTarget: EventTarget.prototype,
      String: String.prototype,
      Function: Function.prototype,
      Promise: Promise.prototype,
      Symbol,
      Object_: Object,
      Array_: Array,
    };
    w.__protosBefore = Object.fromEntries(Object.entries(protos).map(([k, p]) => [k, Reflect.ownKeys(p).map(String).sort().join(',')]));
    w.__protos = protos;
  });
  const errors = await openHtml(page, '<script src="/dist/wza.js" defer></script>');
  await expect(launcher(page)).toBeVisible();
  await openToolbar(page); // the lazily loaded chunk must not add globals either
  const result = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const before = new Set(w.__globalsBefore as string[]);
    const added = Object.getOwnPropertyNames(window).filter((k) => !before.has(k));
    const protos = w.__protos as Record<string, object>;
    const protosBefore = w.__protosBefore as Record<string, string>;
    const changed = Object.entries(protos)
      .filter(([k, p]) => Reflect.ownKeys(p).map(String).sort().join(',') !== protosBefore[k])
      .map(([k]) => k);
    return { added, changed, defineCalls: (w.__defineCalls as unknown[]).length };
  });
  expect(result.added).toEqual(['wza']);
  expect(result.changed).toEqual([]);
  expect(result.defineCalls).toBe(0);
  expect(errors).toEqual([]);
});

test('a bad attribute gives one warning naming it, the value and the accepted values; unknown attributes are ignored', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openHtml(page, '<script src="/dist/wza.js" defer data-position="middle" data-lang="klingon" data-colour="red"></script>');
  await expect(launcher(page)).toBeVisible();
  expect(warnings).toHaveLength(2);
  expect(warnings.find((w) => w.includes('data-position'))).toMatch(/"middle".*right-bottom/);
  expect(warnings.find((w) => w.includes('data-lang'))).toMatch(/"klingon".*zh-CN/);
  const box = (await launcher(page).boundingBox())!;
  expect(box.x).toBeGreaterThan(page.viewportSize()!.width / 2); // default corner: right-bottom
});

test('the JS API validates through the settings schema: bad keys and values warn once each, the good part applies, nothing throws', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const errors = await openHtml(page, '<script src="/dist/wza.js" defer></script>');
  await expect(launcher(page)).toBeVisible();
  const settings = await page.evaluate(() => {
    const wza = (window as unknown as { wza: import('../../src/api.js').WzaApi }).wza;
    const loose = wza as unknown as { set(p: unknown): void; care(on: unknown): void };
    loose.set({ textSize: 'abc', zoom: 150 });
    loose.set({ textSize: 'abc' }); // the same mistake again: no second warning
    loose.set({ colours: 'evil', speechRate: 'fast', telepathy: true, textSize: 250 });
    loose.care('yes');
    loose.set('big');
    return wza.settings;
  });
  expect(errors).toEqual([]);
  expect(settings).toMatchObject({ zoom: 150, speechRate: 'fast', textSize: 100, colours: 'default', care: false });
  const about = (s: string) => warnings.filter((w) => w.startsWith('[wza]') && w.includes(s));
  expect(about('{ textSize }')).toHaveLength(2); // "abc" once, 250 once
  expect(about('"abc"')[0]).toContain('a number from 100 to 200');
  expect(about('"evil"')[0]).toMatch(/colours.*"default", "black-white"/);
  expect(about('telepathy')).toHaveLength(1);
  expect(about('wza.care()')[0]).toContain('"yes"');
  expect(about('"big"')).toHaveLength(1);
  expect(warnings.filter((w) => w.startsWith('[wza]'))).toHaveLength(6);
});

test('works from memory for the page when localStorage throws', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors = await openHtml(page, '<script src="/dist/wza.js" defer></script>');
  await openToolbar(page);
  await expect(toolbar(page)).toBeVisible();
  expect(errors).toEqual([]);
  await page.reload();
  await expect(toolbar(page)).toHaveCount(0); // nothing was stored
});

test('the JS API opens, closes, changes settings and reports changes', async ({ page }) => {
  await openHtml(page, '<script src="/dist/wza.js" defer></script>');
  await expect(launcher(page)).toBeVisible();
  const events = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('wza-change', (e) => seen.push(`event:${e.changed.join(',')}`));
    const api = (
      window as unknown as {
        wza: { subscribe(f: (s: unknown, c: string[]) => void): () => void; open(): void; close(): void; settings: { toolbar: boolean } };
      }
    ).wza;
    const off = api.subscribe((_s, changed) => seen.push(`api:${changed.join(',')}`));
    api.open();
    await new Promise((r) => setTimeout(r, 300));
    const open = api.settings.toolbar;
    api.close();
    off();
    return { seen, open, closed: api.settings.toolbar };
  });
  expect(events.open).toBe(true);
  expect(events.closed).toBe(false);
  expect(events.seen).toEqual(['event:toolbar', 'api:toolbar', 'event:toolbar', 'api:toolbar']);
});

test('a missing UI chunk leaves a working page and a clear warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.route('**/dist/wza-ui.js', (route) => route.fulfill({ status: 404, body: '' }));
  const errors = await openHtml(page, '<script src="/dist/wza.js" defer></script>');
  await launcher(page).click();
  await expect.poll(() => warnings.some((w) => w.includes('toolbar could not be loaded'))).toBe(true);
  await expect(launcher(page)).toHaveAttribute('aria-expanded', 'false');
  expect(errors).toEqual([]);
});

test('hostile page CSS cannot hide or shrink the widget, and a max-z-index fixed header stays reachable below the toolbar', async ({
  page,
}) => {
  const css = `<style>*{font-size:14px!important} button{display:none!important} [role=toolbar]{display:none!important}
    .hdr{position:fixed;top:0;left:0;right:0;height:60px;background:#036;color:#fff;z-index:2147483647}</style>`;
  await openHtml(
    page,
    `${css}<script src="/dist/wza.js" defer></script>`,
    `<div class="hdr">站点页眉</div><div style="height:2000px">${ARTICLE}</div>`,
  );
  await expect(launcher(page)).toBeVisible();
  await openToolbar(page);
  const bar = (await page.locator('wza-toolbar').boundingBox())!;
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [bar.x + 20, bar.y + bar.height / 2]);
  expect(hit).toBe('wza-toolbar');
  // The page says 14px for everything; the widget keeps its own 16px base.
  expect(await page.locator('wza-toolbar').evaluate((e) => getComputedStyle(e).fontSize)).toBe('16px');
  const header = (await page.locator('.hdr').boundingBox())!;
  expect(header.y).toBeGreaterThanOrEqual(bar.height - 1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.hdr')).not.toHaveAttribute('data-wza-below-bar');
  expect((await page.locator('.hdr').boundingBox())!.y).toBe(0);
});

test('data-features limits the toolbar to the named features; reset, help and exit always show', async ({ page }) => {
  await openHtml(page, '<script src="/dist/wza.js" defer data-features="care"></script>');
  await openToolbar(page);
  const names = await toolbar(page).getByRole('button').allTextContents();
  expect(names.map((n) => n.trim())).toEqual(['重置', '帮助', '退出']);
});

// Real government pages have their own 无障碍 entry with id="wza" (named access puts it on window).
const NAMED_ELEMENTS: Record<string, string> = {
  'a <div class="hide" id="wza">': '<div class="top-link hide" id="wza"><a href="#">无障碍</a></div>',
  'a <span id="wza">': '<span id="wza">无障碍阅读</span>',
  'two elements with id="wza"': '<span id="wza">无障碍</span><div id="wza">无障碍</div>',
  'a <form name="wza"> and an <img name="wza">': '<form name="wza"><input name="q"></form><img name="wza" alt="">',
};

for (const [name, markup] of Object.entries(NAMED_ELEMENTS)) {
  test(`starts beside ${name}: window.wza is Wza's, the element is left as it was`, async ({ page }) => {
    const errors = await openHtml(page, '<script src="/dist/wza.js" defer></script>', `${markup}${ARTICLE}`);
    await expect(launcher(page)).toBeVisible();
    const seen = await page.evaluate(() => {
      const w = window as unknown as { wza: { version?: unknown } };
      return { version: typeof w.wza.version, element: document.querySelector('[id="wza"], [name="wza"]')?.outerHTML.length };
    });
    expect(seen.version).toBe('string');
    expect(seen.element).toBeGreaterThan(0);
    await openToolbar(page);
    expect(errors).toEqual([]);
  });
}

const PAGE_GLOBALS: Record<string, string> = {
  'an object': 'window.wza = { mine: true };',
  'a function': 'function wza() { return "mine"; }',
  'a variable': 'var wza = "mine";',
};

for (const [name, code] of Object.entries(PAGE_GLOBALS)) {
  test(`a page script owning window.wza (${name}): Wza starts anyway, leaves it, warns once, and its API is reachable`, async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.route('**/page-global.js', (route) => route.fulfill({ contentType: 'text/javascript', body: code }));
    await page.addInitScript(() => {
      const w = window as unknown as { readyApi?: unknown };
      document.addEventListener('wza-ready', (e) => (w.readyApi = (e as Event & { api: unknown }).api));
    });
    const errors = await openHtml(page, '<script src="/page-global.js"></script><script src="/dist/wza.js" defer></script>');
    await expect(launcher(page)).toBeVisible();
    const seen = await page.evaluate(() => {
      const w = window as unknown as { wza: unknown; readyApi?: { version: string } };
      const query = new Event('wza-query') as Event & { api?: { version: string; open(): void } };
      document.dispatchEvent(query);
      query.api?.open();
      return {
        own: typeof w.wza === 'function' ? (w.wza as () => string)() : JSON.stringify(w.wza),
        queried: query.api?.version,
        ready: w.readyApi?.version,
        same: query.api === w.readyApi,
      };
    });
    expect(seen.own).toMatch(/mine/);
    expect(seen.queried).toMatch(/^\d+\.\d+/);
    expect(seen.ready).toBe(seen.queried);
    expect(seen.same).toBe(true);
    await expect(toolbar(page)).toBeVisible(); // opened through the queried API
    expect(warnings.filter((w) => w.includes('window.wza'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });
}

test('included twice while the page owns window.wza, the second copy still does nothing', async ({ page }) => {
  await page.route('**/page-global.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.wza = 1;' }));
  await openHtml(
    page,
    '<script src="/page-global.js"></script><script src="/dist/wza.js" defer></script><script src="/dist/wza.js?again" defer></script>',
  );
  await expect(launcher(page)).toHaveCount(1);
  await expect(page.locator('wza-launcher')).toHaveCount(1);
});

test('a GB2312 page with the scripts sent without a charset: Wza starts, speaks Chinese in its UI and its features work', async ({
  page,
}) => {
  const root = new URL('../..', import.meta.url).pathname;
  const { readFileSync } = await import('node:fs');
  // A standard web server: the page says gb2312, the scripts come as application/javascript without a charset.
  await page.route('**/test/pages/encoding.gb2312.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=gb2312', body: readFileSync(`${root}test/pages/encoding.gb2312.html`) }),
  );
  await page.route(/\/dist\/[\w.-]+\.js(\?.*)?$/, (route) =>
    route.fulfill({
      contentType: 'application/javascript',
      body: readFileSync(`${root}dist/${new URL(route.request().url()).pathname.split('/').pop()}`),
    }),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/test/pages/encoding.gb2312.html');
  expect(await page.evaluate(() => document.characterSet)).toBe('GBK'); // the page really is decoded as GB2312/GBK
  await expect(page.getByRole('button', { name: /^关怀版/ })).toBeVisible();
  await openToolbar(page); // the lazily loaded chunk parses too
  await toolbar(page)
    .getByRole('button', { name: /^文字放大/ })
    .click();
  const firstParagraph = page.locator('#zoom p').first();
  expect(await fontSize(firstParagraph)).toBe('17.5px');
  await toolbar(page).getByRole('button', { name: /^配色/ }).click();
  await page.getByRole('menuitemradio', { name: '黑底黄字' }).click();
  expect(await firstParagraph.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(255, 255, 0)');
  expect(errors).toEqual([]);
});
