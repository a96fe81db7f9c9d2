// playwright: end-to-end tests of the built dist/wza.js on the demo and test pages.
import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the test runner config
import { launchOptions } from './browsers.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
// Several checkouts may test at once on one machine: each can pick its own port.
const PORT = Number(process.env.WZA_TEST_PORT ?? 5174);

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    locale: 'zh-CN',
  },
  webServer: {
    command: `node demo/server.mjs ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/demo/index.html`,
    reuseExistingServer: !process.env.CI,
  },
});
