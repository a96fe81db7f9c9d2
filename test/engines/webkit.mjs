// WebKitGTK through WebKitWebDriver: a private Xvfb display, the driver on a free
// port, and a small W3C WebDriver client (plain HTTP, no webdriverio) with just the
// calls the test runner launcher and the smoke test need.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { miniBrowserPath, webkitCapabilities, webkitDriverPath, xvfbPath } from '../browsers.mjs';

/** The key WebDriver uses for element references in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecc';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecc';

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill();
});

function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A display of our own (no windows on a developer's screen, works without DISPLAY). */
async function startXvfb() {
  if (!existsSync(xvfbPath)) {
    if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop() {} };
    throw new Error(`WebKitGTK needs an X display: install xvfb (apt-get install -y xvfb), set XVFB_PATH, or run with DISPLAY set.`);
  }
  // -displayfd: Xvfb picks a free display number and writes it to fd 3 when ready.
  const xvfb = track(
    spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  return { display, stop: () => xvfb.kill() };
}

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok || json.value?.error) {
    const { error, message } = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${error ?? response.status} ${message ?? text}`);
  }
  return json.value;
}

/** One WebDriver session (one MiniBrowser window). */
export class WebDriverSession {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }
  call(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }
  /** Navigates and waits for the load event (page load strategy "normal"). */
  navigate(url) {
    return this.call('POST', '/url', { url });
  }
  url() {
    return this.call('GET', '/url');
  }
  /** Runs a function body in the page; `arguments` are JSON (or element references). */
  execute(script, args = []) {
    return this.call('POST', '/execute/sync', { script, args });
  }
  /** Runs a function body whose last argument is a callback to call with the result. */
  executeAsync(script, args = []) {
    return this.call('POST', '/execute/async', { script, args });
  }
  setTimeouts(timeouts) {
    return this.call('POST', '/timeouts', timeouts);
  }
  setWindowRect(rect) {
    return this.call('POST', '/window/rect', rect);
  }
  /** Input actions (pointer, key): real, trusted events. */
  async actions(actions) {
    // (Each sequence ends with its keys and buttons up, so no Release Actions call is needed.)
    await this.call('POST', '/actions', { actions });
  }
  async findElement(css) {
    return (await this.call('POST', '/element', { using: 'css selector', value: css }))[ELEMENT];
  }
  /** The open shadow root of an element, through the WebDriver shadow-root endpoints. */
  async shadowRoot(element) {
    return (await this.call('GET', `/element/${element}/shadow`))[SHADOW];
  }
  async findInShadow(shadow, css) {
    return (await this.call('POST', `/shadow/${shadow}/element`, { using: 'css selector', value: css }))[ELEMENT];
  }
  click(element) {
    return this.call('POST', `/element/${element}/click`, {});
  }
  close() {
    return this.call('DELETE', '');
  }
}

/**
 * Starts Xvfb, WebKitWebDriver and one MiniBrowser session.
 * Returns { session, stop() }; stop() ends all three.
 */
export async function startWebKit() {
  for (const [what, path] of [
    ['WebKitWebDriver', webkitDriverPath],
    ['MiniBrowser', miniBrowserPath],
  ]) {
    if (!existsSync(path))
      throw new Error(
        `${what} not found at ${path}: apt-get install -y webkit2gtk-driver (or set WEBKIT_DRIVER_PATH / WEBKIT_BROWSER_PATH).`,
      );
  }
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = track(
    spawn(webkitDriverPath, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: ['ignore', 'ignore', 'pipe'] }),
  );
  let driverLog = '';
  driver.stderr.on('data', (d) => (driverLog += d));
  const base = `http://127.0.0.1:${port}`;
  // The driver listens within a few hundred ms; poll its status endpoint.
  for (let i = 0; ; i++) {
    try {
      if ((await request(base, 'GET', '/status')).ready) break;
    } catch (error) {
      if (i > 100 || driver.exitCode !== null) {
        xvfb.stop();
        throw new Error(`WebKitWebDriver did not start: ${error.message}\n${driverLog}`);
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stopAll = () => {
    driver.kill();
    xvfb.stop();
  };
  let created;
  try {
    created = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: webkitCapabilities } });
  } catch (error) {
    stopAll();
    throw error;
  }
  const session = new WebDriverSession(base, created.sessionId);
  return {
    session,
    version: created.capabilities.browserVersion,
    async stop() {
      await session.close().catch(() => {});
      stopAll();
    },
  };
}
