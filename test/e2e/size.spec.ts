// The size budget of SPEC §6, checked on every CI run (sizes are deterministic, unlike timings).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gzipKB = (file: string) => gzipSync(readFileSync(new URL(`../../dist/${file}`, import.meta.url)), { level: 9 }).length / 1024;

test('wza.js loaded at start is at most 20 KB gzip, everything at most 40 KB', () => {
  const start = gzipKB('wza.js');
  const all = start + gzipKB('wza-ui.js');
  expect(start).toBeLessThanOrEqual(20);
  expect(all).toBeLessThanOrEqual(40);
});

test('lit stays out of the start-up script', () => {
  const source = readFileSync(new URL('../../dist/wza.js', import.meta.url), 'utf8');
  expect(source).not.toMatch(/lit-html|LitElement|_\$litElement\$/);
});
