// Builds each feature's own lazy part, dist/wza-<feature>.js, from every
// src/features/<feature>/<feature>.part.ts (vite.config.ts, mode `part-<feature>`).
// A part is found by its file name, so adding one needs no list to keep.
import { existsSync, readdirSync } from 'node:fs';
import { build } from 'vite';

const features = new URL('../src/features/', import.meta.url);
const parts = readdirSync(features, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/${d.name}.part.ts`, features)))
  .map((d) => d.name);
for (const name of parts) await build({ mode: `part-${name}`, logLevel: 'warn' });
console.log(`feature parts: ${parts.map((p) => `wza-${p}.js`).join(', ') || 'none'}`);
