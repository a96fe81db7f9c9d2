// @web/test-runner launchers for the Debian browsers that Playwright cannot drive:
// Firefox ESR (puppeteer-core over WebDriver BiDi, through @web/test-runner-chrome's
// puppeteer launcher, so the test-runner commands work as for puppeteer) and WebKitGTK
// (WebKitWebDriver; a small launcher of our own, without webdriverio).
import { ChromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { firefoxLaunchOptions } from '../browsers.mjs';
import { startWebKit } from './webkit.mjs';

export function firefoxLauncher() {
  const launcher = new ChromeLauncher(
    firefoxLaunchOptions,
    ({ browser }) => browser.defaultBrowserContext(),
    ({ context }) => context.newPage(),
    puppeteer,
  );
  launcher.name = 'Firefox';
  return launcher;
}

/** One MiniBrowser window, one test file at a time: navigate to the test page, report nothing itself (results come over the runner's websocket). */
class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';
  concurrency = 1;
  #webkit = null;
  #starting = null;
  #active = new Set();
  #queue = Promise.resolve();

  async #session() {
    this.#starting ??= startWebKit().then((w) => (this.#webkit = w));
    return (await this.#starting).session;
  }

  startSession(sessionId, url) {
    // The runner may ask for sessions in parallel; one window serves them in turn.
    const run = this.#queue.then(async () => {
      const session = await this.#session();
      this.#active.add(sessionId);
      await session.navigate(url);
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  isActive(sessionId) {
    return this.#active.has(sessionId);
  }

  async getBrowserUrl() {
    return (await this.#session()).url();
  }

  async stopSession(sessionId) {
    const session = await this.#session();
    this.#active.delete(sessionId);
    // Stop the test page's timers before the next file.
    await session.navigate('about:blank');
    return {};
  }

  startDebugSession() {
    throw new Error('The WebKit launcher has no debug mode; run MiniBrowser by hand.');
  }

  async stop() {
    await this.#webkit?.stop();
    this.#webkit = null;
    this.#starting = null;
  }
}

export function webkitLauncher() {
  return new WebKitLauncher();
}
