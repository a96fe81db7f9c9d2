// @web/test-runner: component and feature tests (test/browser) in real Chromium,
// Firefox ESR and WebKitGTK (WZA_ENGINES limits the list, e.g. while iterating).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { engines, launchOptions } from './browsers.mjs';
import { firefoxLauncher, webkitLauncher } from './engines/launchers.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const launchers = {
  chromium: () => playwrightLauncher({ product: 'chromium', launchOptions }),
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
};

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  port: Number(process.env.WZA_WTR_PORT ?? 8765),
  concurrency: 1,
  // A slow shared machine starts three browsers: give each time to come up.
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  browsers: engines().map((name) => launchers[name]()),
  testFramework: { config: { timeout: 10000 } },
};
