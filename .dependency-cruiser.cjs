// The layers of src/ (docs/architecture.md draws them), checked by `npm run lint:layers`:
//   core/      pure logic (maths, text, steps): imports nothing outside core/, so anything may import it
//   page/      the one door to the host document and window: imports no feature, no ui/, no app wiring
//   features/  one folder per feature: its own files, the shared definitions in features/*.ts and core/, page/
//              types; never another feature's folder, never ui/
//   ui/        lit elements: never the host page (page/) nor features/
// The second half of the check, scripts/check-host-globals.mjs, catches `document` / `window` globals, which are
// not imports.
//
// TypeScript 7 has no JavaScript compiler API, so dependency-cruiser reads the sources with swc (a devDependency).
// swc sees `import` and `import type` statements but not a type written as `typeof import('./x.js')` (as in
// src/ui-module.ts): write such a type as `import type * as X from './x.js'` so that the check sees it.
/** The app wiring: runtime, API, entry points, settings store and script-tag config. */
const APP = '^src/(app|api|index|embed|lazy|lazy-entry|ui-module|shared-modules|settings|config)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle makes load order matter and lazy chunks drag each other in.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core/ is pure logic that both the door and the features import: it imports only core.',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/' },
    },
    {
      name: 'door-imports-no-feature',
      severity: 'error',
      comment: 'src/page/ is the door: features use it, it never uses them (move shared logic to src/core/).',
      from: { path: '^src/page/' },
      to: { path: ['^src/features/', '^src/ui/', APP] },
    },
    {
      name: 'door-keys-stay-inside',
      severity: 'error',
      comment:
        'page/door-keys.ts hands out the document and window behind a Host: only the door itself (and the list of ' +
        "modules shared between the bundles) may import it; features get the Host's capabilities instead.",
      from: { pathNot: '^src/(page/|shared-modules\\.ts$)' },
      to: { path: '^src/page/door-keys\\.ts$' },
    },
    {
      name: 'feature-imports-no-other-feature',
      severity: 'error',
      comment: 'A feature folder imports its own files and the shared features/*.ts definitions, not another feature.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/[^/]+/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'feature-imports-no-ui',
      severity: 'error',
      comment: 'Features reach their elements through the lazy part (ui-module), never by importing ui/ directly.',
      from: { path: '^src/features/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'ui-imports-no-page-or-feature',
      severity: 'error',
      comment: 'UI elements never touch the host page nor run features: the runtime passes in what they need.',
      from: { path: '^src/ui/' },
      to: { path: ['^src/page/', '^src/features/'] },
    },
  ],
  options: {
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a type import across layers is still a layer knowing about the other.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
