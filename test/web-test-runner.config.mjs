// @web/test-runner: component and feature tests in a real Chromium (test/browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { launchOptions } from './browsers.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  port: Number(process.env.WZA_WTR_PORT ?? 8765),
  concurrency: 1,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions })],
  testFramework: { config: { timeout: 10000 } },
};
