// The ES build (dist/wza.es.js, its chunks, dist/types) used the way a bundler user uses it: test/es-consumer/main.ts
// imports 'wza' by its package name (resolved through package.json's exports), vite bundles the consumer page with lit
// and floating-ui from node_modules, and the page runs in Chromium. Needs `npm run build` first, as npm test does.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { fakeSpeech, spoken } from './fake-speech.js';
import { openToolbar, toolbar } from './helpers.js';
import { differences, frames, fullSnapshot } from './page-helpers.js';

const CONSUMER = fileURLToPath(new URL('../es-consumer/', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

interface Consumer {
  api: object;
  mount(options?: object): object;
  textSizes: number[];
}

/** The consumer's script chunks the page has requested so far (assets/<name>-<hash>[-<hash>].js), by name without the hashes. */
function chunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const file = /\/es-consumer\/dist\/assets\/([^/]+\.js)$/.exec(r.url())?.[1];
    if (file) seen.push(file.replace(/(-[\w-]{8})+\.js$/, ''));
  });
  return seen;
}

/** The consumer's mount() called again, as a second import site in the same app would: true when it gives the first API back. */
const mountAgain = (page: Page) =>
  page.evaluate(() => {
    const consumer = (window as unknown as { wzaConsumer: Consumer }).wzaConsumer;
    return consumer.mount({ position: 'left-top' }) === consumer.api;
  });
const textSizesSeen = (page: Page) => page.evaluate(() => (window as unknown as { wzaConsumer: Consumer }).wzaConsumer.textSizes);

const fontSize = (page: Page) => page.locator('#first').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
const colours = (page: Page) => page.locator('#first').evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);

test.beforeAll(async () => {
  // A user's production build of their page; it fails when 'wza' or a file its build imports cannot be resolved. Without
  // modulePreload, since vite's preload helper would add a <link rel=modulepreload> to <head> per chunk: the bundler's, not Wza's.
  const options = { outDir: 'dist', emptyOutDir: true, modulePreload: false };
  await build({ configFile: false, root: CONSUMER, base: './', logLevel: 'warn', build: options });
});

test('a page bundled from `import { mount } from "wza"` mounts, loads its chunks on first use, works and exits clean', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(m.text()));
  const loaded = chunks(page);
  await fakeSpeech(page);
  await page.goto('/test/es-consumer/dist/index.html');
  await expect(page.getByRole('button', { name: '无障碍', exact: true })).toBeVisible();
  expect(loaded).toEqual(['index']);
  const before = await fullSnapshot(page);
  const [size, scheme] = [await fontSize(page), await colours(page)];

  expect(await mountAgain(page)).toBe(true);
  await expect(page.locator('wza-launcher')).toHaveCount(1);

  await openToolbar(page);
  // The toolbar's chunk (src/lazy.ts, with the chunks it shares with the parts), and no feature part yet.
  expect(loaded.slice(0, 2)).toEqual(['index', 'lazy']);
  expect(loaded.filter((name) => name.endsWith('.part'))).toEqual([]);

  await toolbar(page)
    .getByRole('button', { name: /^文字放大/ })
    .click();
  await frames(page);
  expect(await fontSize(page)).toBeGreaterThan(size);
  expect(await textSizesSeen(page)).toEqual([125]);

  await toolbar(page).getByRole('button', { name: /^配色/ }).click();
  await page.getByRole('menuitemradio', { name: '黑底黄字' }).click();
  await frames(page);
  expect(await colours(page)).toEqual(['rgb(255, 255, 0)', 'rgb(0, 0, 0)']);

  // 连读's reader is a part of its own: fetched on first use, then it reads the article aloud.
  await toolbar(page).getByRole('button', { name: /^连读/ }).click();
  await expect.poll(async () => (await spoken(page)).map((u) => u.text).join('')).toContain('各区县人民政府');
  expect(loaded.filter((name) => name.endsWith('.part'))).toEqual(['read-aloud.part']);
  await toolbar(page).getByRole('button', { name: /^停止/ }).click();

  await toolbar(page).getByRole('button', { name: /^退出/ }).click();
  await expect(toolbar(page)).toHaveCount(0);
  await frames(page);
  expect(differences(before, await fullSnapshot(page))).toEqual([]);
  expect([await fontSize(page), await colours(page)]).toEqual([size, scheme]);
  expect(errors).toEqual([]);
});

test('the published types (dist/types) type-check a TS consumer of mount, WzaApi and Settings', () => {
  // tsc --noEmit (test/es-consumer/tsconfig.json, no skipLibCheck) on main.ts, whose 'wza' resolves to dist/types through package.json's exports.
  const tsc = spawnSync(process.execPath, [TSC, '-p', CONSUMER], { encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
});
