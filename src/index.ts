/** The ES module entry for bundler users: the public API and the elements. */
import { mountWith, type WzaApi } from './api.js';
import type { ConfigInput } from './config.js';
import { runningWza } from './events.js';
import { createPage } from './page/page.js';

/** Each feature's own lazy part, a split chunk of its own (see FeatureParts in features/feature.ts). */
const PARTS: Record<string, () => Promise<unknown>> = import.meta.glob('./features/*/*.part.ts');

function loadPart(id: string): Promise<unknown> {
  const load = PARTS[`./features/${id}/${id}.part.ts`];
  return load ? load() : Promise.reject(new Error(`[wza] no part "${id}"`));
}

export { VERSION, type WzaApi } from './api.js';
export {
  parseConfig,
  POSITIONS,
  LAUNCHERS,
  FEATURE_IDS,
  type Config,
  type ConfigInput,
  type FeatureId,
  type Position,
  type Launcher,
} from './config.js';
export { DEFAULT_SETTINGS, COLOUR_SCHEMES, SPEECH_RATES, type Settings, type ColourScheme, type SpeechRate } from './settings.js';
export { WzaChangeEvent, WzaActionEvent, WzaReadyEvent, WzaQueryEvent } from './events.js';
export { WzaLauncher, defineLauncher } from './ui/launcher.js';

/**
 * Mounts Wza on this document with the given options (the same as the script tag's
 * data-* attributes). Where Wza already runs (the script tag, or an earlier call), returns that one.
 */
export function mount(options: ConfigInput = {}): WzaApi {
  return runningWza(document) ?? mountWith(options, createPage(document), { ui: () => import('./lazy.js'), part: loadPart });
}
