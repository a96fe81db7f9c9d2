// Build checks of what Wza ships (run by `npm run build`, so in CI):
// - every script is pure ASCII, so it runs the same on UTF-8, GB2312/GBK/GB18030 and
//   Big5 pages whatever charset the server sends (a browser decodes a script sent
//   without a charset in the page's encoding); source maps may keep the original text;
// - no module of ours is bundled into both dist/wza.js and dist/wza-ui.js (a second
//   copy has its own state: two lists of our page sheets could not restore the page).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const problems = [];
for (const name of readdirSync(dist)) {
  if (!name.endsWith('.js')) continue;
  const bytes = readFileSync(join(dist, name));
  const at = bytes.findIndex((b) => b > 0x7f);
  if (at >= 0) {
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const context = bytes.subarray(Math.max(0, at - 40), at + 20).toString('utf8');
    problems.push(`dist/${name}: non-ASCII byte at offset ${at} (line ${line}): …${context}…`);
  }
}
const sourcesOf = (name) =>
  new Set(JSON.parse(readFileSync(join(dist, `${name}.map`), 'utf8')).sources.filter((s) => !s.includes('node_modules')));
const start = sourcesOf('wza.js');
for (const source of sourcesOf('wza-ui.js')) {
  if (start.has(source)) problems.push(`${source} is bundled into both dist/wza.js and dist/wza-ui.js (list it in src/shared-modules.ts)`);
}
if (problems.length) {
  console.error('Shipped scripts: must be pure ASCII (escape non-ASCII text in source or move it to src/i18n), one copy of each module:');
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
console.log('dist: every shipped script is ASCII, no module is bundled twice');
