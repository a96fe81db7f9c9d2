// One place that knows how to start Chromium here: Debian's /usr/bin/chromium (or
// CHROME_PATH), never a downloaded browser, with the flags a headless root
// sandbox needs.
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
