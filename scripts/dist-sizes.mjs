// Where the shipped bytes are: for each dist script, its gzip -9 size and the share
// of its minified bytes that each source contributes (read from its source map).
// Shares are of the minified text; the gzip column scales them by the file's ratio,
// an estimate good enough to see which module to cut. Usage: node scripts/dist-sizes.mjs [top]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const top = Number(process.argv[2] ?? 12);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one mappings segment (base64 VLQ) into its numbers. */
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Minified bytes per source: each mapped span runs to the next segment of its line. */
function bytesPerSource(code, map) {
  const lines = code.split('\n');
  const bytes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, i) => {
    let column = 0;
    const spans = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [dc, ds] = vlq(segment);
      column += dc;
      if (ds !== undefined) source += ds;
      spans.push([column, ds === undefined ? -1 : source]);
      // the source line/column fields are relative too, but only the source index matters here
    }
    const text = lines[i] ?? '';
    spans.forEach(([from, s], k) => {
      const to = k + 1 < spans.length ? spans[k + 1][0] : text.length;
      const name = s < 0 ? '(unmapped)' : map.sources[s];
      bytes.set(name, (bytes.get(name) ?? 0) + Math.max(0, to - from));
    });
  });
  return bytes;
}

/** Groups a source path: lit, floating-ui, or our folder under src/. */
function group(path) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  const ours = /src\/(.*)$/.exec(path);
  return ours ? ours[1] : path;
}

for (const name of readdirSync(dist).filter((n) => n.endsWith('.js') && !n.startsWith('wza.es'))) {
  const code = readFileSync(join(dist, name), 'utf8');
  const gz = gzipSync(code, { level: 9 }).length;
  let map;
  try {
    map = JSON.parse(readFileSync(join(dist, `${name}.map`), 'utf8'));
  } catch {
    continue;
  }
  const groups = new Map();
  for (const [source, n] of bytesPerSource(code, map)) groups.set(group(source), (groups.get(group(source)) ?? 0) + n);
  console.log(`dist/${name}: ${(gz / 1024).toFixed(1)} KB gzip, ${(code.length / 1024).toFixed(1)} KB minified`);
  const rows = [...groups].sort((a, b) => b[1] - a[1]);
  for (const [g, n] of rows.slice(0, top)) {
    console.log(`  ${((n / code.length) * 100).toFixed(1).padStart(5)}%  ~${(((n / code.length) * gz) / 1024).toFixed(2)} KB gz  ${g}`);
  }
  const rest = rows.slice(top).reduce((s, [, n]) => s + n, 0);
  if (rest)
    console.log(
      `  ${((rest / code.length) * 100).toFixed(1).padStart(5)}%  ~${(((rest / code.length) * gz) / 1024).toFixed(2)} KB gz  (${rows.length - top} more)`,
    );
}
