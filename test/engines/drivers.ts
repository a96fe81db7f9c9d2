// One small driver interface over the three engines, so that one scenario runs in
// each: Chromium (puppeteer-core over CDP), Firefox ESR (puppeteer-core over
// WebDriver BiDi) and WebKitGTK (plain W3C WebDriver through WebKitWebDriver).
// Input is real (trusted) pointer and key events at viewport coordinates;
// `evaluate(fn, arg)` has Playwright's shape, so the e2e helpers that only
// evaluate in the page (page-helpers.ts fullSnapshot, frames) work with it too.
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';
// @ts-expect-error plain ESM helper shared with the test runner config
import { firefoxLaunchOptions, launchOptions } from '../browsers.mjs';
import { startWebKit, type WebDriverSession } from './webkit.mjs';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Driver {
  readonly engine: EngineName;
  readonly version: string;
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page (it must be self-contained) and returns its JSON result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  move(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Presses a key (a KeyboardEvent.key value: 'Escape', 'c') with modifiers held. */
  press(key: string, modifiers?: ('Alt' | 'Shift' | 'Control')[]): Promise<void>;
  /** Console errors and warnings and uncaught errors the engine itself reported (where its protocol tells). */
  engineErrors(): string[];
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 800 };

class PuppeteerDriver implements Driver {
  readonly #errors: string[] = [];
  constructor(
    readonly engine: EngineName,
    readonly version: string,
    private readonly browser: Browser,
    private readonly page: PuppeteerPage,
  ) {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') this.#errors.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.#errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }
  move(x: number, y: number) {
    return this.page.mouse.move(x, y);
  }
  click(x: number, y: number) {
    return this.page.mouse.click(x, y);
  }
  async press(key: string, modifiers: ('Alt' | 'Shift' | 'Control')[] = []) {
    for (const m of modifiers) await this.page.keyboard.down(m);
    // puppeteer names keys by code for letters ('KeyC'), by key otherwise.
    await this.page.keyboard.press((/^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : key) as never);
    for (const m of [...modifiers].reverse()) await this.page.keyboard.up(m);
  }
  engineErrors() {
    return [...this.#errors];
  }
  close() {
    return this.browser.close();
  }
}

/** WebDriver key values for the keys the scenario uses (W3C WebDriver, "keyboard actions"). */
const WD_KEYS: Record<string, string> = {
  Escape: '\uE00C',
  Alt: '\uE00A',
  Shift: '\uE008',
  Control: '\uE009',
  Tab: '\uE004',
  Enter: '\uE007',
};

class WebDriverDriver implements Driver {
  readonly engine = 'webkit';
  constructor(
    readonly version: string,
    private readonly session: WebDriverSession,
    private readonly stop: () => Promise<void>,
  ) {}
  goto(url: string) {
    return this.session.navigate(url);
  }
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Execute Script awaits a returned promise (W3C WebDriver §13.2).
    return (await this.session.execute(`return (${fn.toString()}).apply(null, arguments)`, [arg ?? null])) as R;
  }
  move(x: number, y: number) {
    return this.session.actions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 }],
      },
    ]);
  }
  click(x: number, y: number) {
    return this.session.actions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
  }
  press(key: string, modifiers: ('Alt' | 'Shift' | 'Control')[] = []) {
    const value = WD_KEYS[key] ?? key;
    const mods = modifiers.map((m) => WD_KEYS[m]!);
    return this.session.actions([
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          ...mods.map((v) => ({ type: 'keyDown' as const, value: v })),
          { type: 'keyDown', value },
          { type: 'keyUp', value },
          ...mods.reverse().map((v) => ({ type: 'keyUp' as const, value: v })),
        ],
      },
    ]);
  }
  engineErrors() {
    // Classic WebDriver has no console or error events: the page-side recorder catches them.
    return [];
  }
  close() {
    return this.stop();
  }
}

export async function openDriver(engine: EngineName): Promise<Driver> {
  if (engine === 'webkit') {
    const webkit = await startWebKit();
    try {
      await webkit.session.setTimeouts({ script: 30_000, pageLoad: 60_000 });
      // The window's outer size: the viewport is a little smaller (MiniBrowser's toolbar).
      await webkit.session.setWindowRect({ width: VIEWPORT.width, height: VIEWPORT.height + 40 });
    } catch (error) {
      await webkit.stop();
      throw error;
    }
    return new WebDriverDriver(webkit.version, webkit.session, () => webkit.stop());
  }
  const browser = await puppeteer.launch(
    engine === 'firefox' ? firefoxLaunchOptions : { ...launchOptions, args: [...launchOptions.args, '--lang=zh-CN'] },
  );
  try {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORT);
    return new PuppeteerDriver(engine, await browser.version(), browser, page);
  } catch (error) {
    await browser.close();
    throw error;
  }
}
