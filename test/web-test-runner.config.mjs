// @web/test-runner: component and feature tests (test/browser) in real Chromium,
// Firefox ESR and WebKitGTK (WZA_ENGINES limits the list, e.g. while iterating).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readFileSync } from 'node:fs';
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
  plugins: [
    // `import css from './x.css?inline'` (vite.config.ts minifies it at build time): the text, as a module.
    {
      name: 'wza-css-inline',
      serve(context) {
        if (!context.path.endsWith('.css') || context.URL.searchParams.get('inline') === null) return undefined;
        const file = fileURLToPath(new URL(`..${context.path}`, import.meta.url));
        return { body: `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`, type: 'js' };
      },
    },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
  ],
  browsers: engines().map((name) => launchers[name]()),
  testFramework: { config: { timeout: 10000 } },
};
