// One place that knows how to start the browsers here: Debian's own Chromium,
// Firefox ESR and WebKitGTK (never a downloaded browser), each path overridable
// by env, with the flags a headless root sandbox needs.
import { existsSync } from 'node:fs';

export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(`Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

export const launchOptions = { executablePath, args: chromiumArgs, headless: true };

/** Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const firefoxLaunchOptions = {
  browser: 'firefox',
  executablePath: firefoxPath,
  headless: true,
  extraPrefsFirefox: {
    // Media may play without a click, as Chromium's --autoplay-policy above.
    'media.autoplay.default': 0,
    'media.autoplay.blocking_policy': 0,
  },
};

/**
 * WebKitGTK: WebKitWebDriver starts MiniBrowser in automation mode. MiniBrowser
 * needs an X display: engines/webkit.mjs starts a private Xvfb (or uses DISPLAY
 * when Xvfb is missing), so `npm test` needs no wrapper.
 */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = process.env.XVFB_PATH || '/usr/bin/Xvfb';
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation', '--autoplay-policy=allow'] },
};

/** What to install when an engine is missing (also what .ci/run installs). */
export const ENGINES = {
  chromium: { path: executablePath, install: 'apt-get install -y chromium (or set CHROME_PATH)' },
  firefox: { path: firefoxPath, install: 'apt-get install -y firefox-esr (or set FIREFOX_PATH)' },
  webkit: { path: webkitDriverPath, install: 'apt-get install -y webkit2gtk-driver xvfb (or set WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH)' },
};

/**
 * The engines the tests run in: all three, or the comma list in WZA_ENGINES
 * (e.g. WZA_ENGINES=chromium while iterating). A selected engine that is not
 * installed is an error, never a silent skip.
 */
export function engines() {
  const wanted = (process.env.WZA_ENGINES || 'chromium,firefox,webkit')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of wanted) {
    const engine = ENGINES[name];
    if (!engine) throw new Error(`WZA_ENGINES: unknown engine "${name}"; expected some of ${Object.keys(ENGINES).join(', ')}`);
    if (!existsSync(engine.path))
      throw new Error(`${name} not found at ${engine.path}: ${engine.install}, or leave it out of WZA_ENGINES.`);
  }
  if (wanted.includes('webkit') && !existsSync(miniBrowserPath)) {
    throw new Error(`MiniBrowser not found at ${miniBrowserPath}: install webkit2gtk-driver's libwebkit2gtk or set WEBKIT_BROWSER_PATH.`);
  }
  return wanted;
}
