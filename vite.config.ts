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
      let out = code;
      for (const [pattern, replacement] of rewrites) out = out.replace(pattern, replacement);
      if (out.includes('wzaLitPropertyMetadata')) out = 'const wzaLitPropertyMetadata = new WeakMap();\n' + out;
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** vitest: unit tests of pure logic (test/unit). Component and page tests run in Chromium instead. */
const test = { include: ['test/unit/**/*.test.ts'], environment: 'node' as const };

export default defineConfig(({ mode }) => {
  if (mode === 'es') {
    // ES module build for bundler users; lit and floating-ui stay as dependencies.
    return {
      test,
      build: {
        emptyOutDir: false,
        sourcemap: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'wza.es.js' },
        rolldownOptions: { external: [/^lit/, /^@lit\//, /^@floating-ui\//] },
      },
    };
  }
  if (mode === 'ui') {
    // dist/wza-ui.js: lit, floating-ui and the toolbar, loaded by wza.js on first use.
    return {
      test,
      plugins: [keepLitOffGlobals()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        sourcemap: true,
        lib: { entry: 'src/ui/chunk.ts', formats: ['iife'], name: 'wzaUi', fileName: () => 'wza-ui.js' },
      },
    };
  }
  // The one file a site needs: a classic script that mounts itself.
  return {
    test,
    plugins: [keepLitOffGlobals()],
    build: {
      target: 'es2022',
      sourcemap: true,
      lib: { entry: 'src/embed.ts', formats: ['iife'], name: 'wzaBundle', fileName: () => 'wza.js' },
    },
  };
});
