// What a bundler user writes: Wza imported by its package name (package.json's exports: dist/wza.es.js, dist/types).
// test/e2e/es-build.spec.ts bundles this page with vite, runs it in Chromium, and type-checks this file against dist/types.
import { mount, type Settings, type WzaApi } from 'wza';

const api: WzaApi = mount({ article: '#article' });
const textSizes: Settings['textSize'][] = [];
api.subscribe((settings: Readonly<Settings>, changed) => {
  if (changed.includes('textSize')) textSizes.push(settings.textSize);
});

// For the test: the first API, mount itself (a second call must return the same API), the text sizes seen.
Object.assign(window, { wzaConsumer: { api, mount, textSizes } });
