// Build checks of what Wza ships (run by `npm run build`, so in CI):
// - every script is pure ASCII, so it runs the same on UTF-8, GB2312/GBK/GB18030 and
//   Big5 pages whatever charset the server sends (a browser decodes a script sent
//   without a charset in the page's encoding); source maps may keep the original text;
// - no module of ours is bundled into two of the shipped scripts (dist/wza.js, wza-ui.js,
//   the features' wza-<feature>.js): a second copy has its own state (two lists of our
//   page sheets could not restore the page) and its own bytes;
// - no script grows past its gzip -9 budget below (lower a budget as code shrinks;
//   `node scripts/dist-sizes.mjs` shows which modules the bytes come from);
// - the version the scripts report is package.json's (vite.config.ts defines it at build time).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * gzip -9 bytes each shipped script may reach: today's size plus a little room, so
 * nothing grows unnoticed. Issue 10's targets (start <= 15 KB, all <= 36 KB) are not met yet.
 * wza.es.js and its chunks are for bundler users, who minify and compress themselves.
 */
const BUDGETS = {
  // issue 10: the start-up file every page view downloads at most 15 KB
  'wza.js': 15_360,
  'wza-ui.js': 34_600,
  'wza-read-aloud.js': 2_900,
  'wza-point-reading.js': 1_100,
  'wza-regions.js': 2_400,
  'wza-care.js': 2_000,
  'wza-traditional.js': 193_500,
  // 拼音: pinyin-pro's dictionaries (its tree-shaken ES entry, 149.2 KB) and a traditional-to-simplified table (9.4 KB),
  // loaded only when captions or the magnifier show pinyin.
  'wza-pinyin.js': 163_000,
};
/** The scripts a page loads: wza.js, then wza-ui.js, then each feature's own part. Each needs a budget. */
const SHIPPED = /^wza(-[\w-]+)?\.js$/;

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
const shipped = readdirSync(dist).filter((n) => SHIPPED.test(n));
const where = new Map();
for (const name of shipped) {
  if (!(name in BUDGETS)) problems.push(`dist/${name} has no gzip budget in scripts/check-dist.mjs`);
  for (const source of sourcesOf(name)) {
    const first = where.get(source);
    if (first)
      problems.push(
        `${source} is bundled into both dist/${first} and dist/${name} ` +
          '(list it in src/shared-modules.ts when wza.js has it, in src/ui-shared-modules.ts when wza-ui.js has it)',
      );
    else where.set(source, name);
  }
}
for (const [name, budget] of Object.entries(BUDGETS)) {
  const size = gzipSync(readFileSync(join(dist, name)), { level: 9 }).length;
  if (size > budget) problems.push(`dist/${name} is ${size} bytes gzip -9, over its budget of ${budget} (scripts/check-dist.mjs)`);
}
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
for (const name of ['wza.js', 'wza.es.js']) {
  // The minifier may quote it with ", ' or `.
  if (!new RegExp(`["'\`]${version.replace(/\./g, '\\.')}["'\`]`).test(readFileSync(join(dist, name), 'utf8')))
    problems.push(`dist/${name} does not carry package.json's version ${version}`);
}
if (problems.length) {
  console.error(
    'Shipped scripts: pure ASCII (escape non-ASCII text in source or move it to src/i18n), one copy of each module, within budget:',
  );
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
console.log('dist: every shipped script is ASCII, no module is bundled twice, every script is within its budget');
